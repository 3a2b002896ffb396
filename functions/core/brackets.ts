import { type Dec, dec, percentOf, ZERO } from './money.ts';
import type { Bracket } from './ruleset.ts';

const ONE = dec('1');

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

/** A bracket list prepared once for many amounts: see `scale`. */
export type Scale = (amount: Dec) => Dec;

/**
 * The same reading as `marginal`, prepared once: each bracket's lower limit, its rate as a fraction and the
 * amount due at its lower limit (the tax at the lower limits that the yearly scale acts print). One lookup and
 * two operations per amount instead of one per bracket; exact, so the result is marginal()'s to the digit.
 * The lookup starts at the bracket of the previous amount: a chart's amounts rise point by point, so most
 * lookups take two comparisons (a hint only: any amount finds its bracket).
 */
export function scale(brackets: readonly Bracket[]): Scale {
  const steps: { over: Dec; rate: Dec; base: Dec }[] = [];
  for (const bracket of brackets) {
    const over = dec(bracket.over);
    const previous = steps.at(-1);
    const base = previous ? previous.base.plus(over.minus(previous.over).mul(previous.rate)) : ZERO;
    steps.push({ over, rate: percentOf(dec(bracket.percent), ONE), base });
  }
  const last = steps.length - 1;
  let hint = 0;
  /** Whether `amount` lies in bracket `i` (above its lower limit, not above the next one's). */
  const within = (amount: Dec, i: number) => amount.gt(steps[i]!.over) && (i === last || amount.lte(steps[i + 1]!.over));
  return (amount) => {
    let i = hint <= last && within(amount, hint) ? hint : -1;
    if (i < 0) {
      for (i = last; i >= 0 && !amount.gt(steps[i]!.over); i -= 1);
      if (i < 0) return ZERO;
      hint = i;
    }
    const { over, rate, base } = steps[i]!;
    const above = (over.isZero() ? amount : amount.minus(over)).mul(rate);
    return base.isZero() ? above : base.plus(above);
  };
}
