import { type Dec, dec, percentOf, ZERO } from './money.ts';
import type { Bracket } from './ruleset.ts';

/**
 * A bracket list read as the law writes such scales: each `percent` applies to the part of `amount` above its
 * `over`, up to the next bracket's `over`. The sickness allowance formula (SVL 11:1), the state income tax
 * scale, the work income credit's reduction and the earned income allowance are all of this shape. Exact: the
 * caller rounds where the rule says.
 */
export function marginal(amount: Dec, brackets: readonly Bracket[]): Dec {
  let total = ZERO;
  for (let i = 0; i < brackets.length; i += 1) {
    const bracket = brackets[i]!;
    const lower = dec(bracket.over);
    if (amount.lte(lower)) break;
    const percent = dec(bracket.percent);
    if (percent.isZero()) continue;
    const next = brackets[i + 1];
    const upper = next && amount.gt(dec(next.over)) ? dec(next.over) : amount;
    total = total.plus(percentOf(upper.minus(lower), percent));
  }
  return total;
}

/** max(0, x). */
export function positive(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}
