import { inForceBefore, inForceOn } from '../functions/core/dated.ts';
import { D, type Dec, dec } from '../functions/core/money.ts';
import type { Bracket } from '../functions/core/ruleset.ts';
import type { RuleEntry, RuleParameter } from './load.ts';
import type { Rounding } from './schema.ts';

/**
 * Index arithmetic for the maintainer commands: a value = the law's base amount × index / the index it is written
 * at (or, without a base amount, previous value × new index / previous index), rounded as the parameter says.
 * Exact decimals throughout (decimal.js), never floats.
 */

export const ROUNDING_TEXT: Record<Rounding, string> = {
  cents: 'rounded to cents',
  euroDown: 'whole euros, rounded down',
};

function round(value: Dec, rounding: Rounding): string {
  return rounding === 'cents' ? value.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2) : value.toDecimalPlaces(0, D.ROUND_DOWN).toFixed(0);
}

function scale(amount: string, from: string, to: string, rounding: Rounding): string {
  return round(dec(amount).mul(dec(to)).div(dec(from)), rounding);
}

interface Indexed {
  value: string | Bracket[];
  /** e.g. "990.90 × 1950/1939 = 996.52" */
  arithmetic: string;
}

/** A euro amount, or the euro thresholds of a bracket list (the percentages stay), moved by an index. */
function applyIndex(value: unknown, previousIndex: string, newIndex: string, rounding: Rounding): Indexed {
  if (typeof value === 'string') {
    const next = scale(value, previousIndex, newIndex, rounding);
    return { value: next, arithmetic: `${value} × ${newIndex}/${previousIndex} = ${next}` };
  }
  if (Array.isArray(value) && value.every((b) => b && typeof b === 'object' && 'over' in b && 'percent' in b)) {
    const brackets = value as Bracket[];
    const next = brackets.map((b) => ({
      over: b.over === '0' ? '0' : scale(b.over, previousIndex, newIndex, rounding),
      percent: b.percent,
    }));
    const moved = brackets.filter((b) => b.over !== '0');
    const arithmetic = moved
      .map((b) => `${b.over} × ${newIndex}/${previousIndex} = ${scale(b.over, previousIndex, newIndex, rounding)}`)
      .join('; ');
    return { value: next, arithmetic: arithmetic || 'no euro threshold to move' };
  }
  throw new Error('only a euro amount or a bracket list can follow an index');
}

/** Where a derived value starts from: the law's base amount, or the value in force the day before. */
type DerivedFrom = { kind: 'base'; index: string; source: string } | { kind: 'previous'; index: RuleEntry };

export type Derivation =
  | { ok: true; indexed: Indexed; previous: RuleEntry; from: DerivedFrom; newIndex: RuleEntry }
  | { ok: false; reason: string; previous?: RuleEntry };

/**
 * The value `parameter` should take on `date` by its index. With a base amount in the law (`indexBase`), from
 * that amount, as Kela computes (456/2001 3 §: in proportion to the index the law's amounts are written at), so
 * that no cent drifts from year to year; otherwise from the entry in force the day before. Needs an index value
 * dated exactly `date`: without one the result would be last period's figure again.
 */
export function derive(parameter: RuleParameter, index: RuleParameter, date: string): Derivation {
  const rounding = parameter.indexation!.rounding;
  const previous = inForceBefore(parameter.entries, date);
  if (!previous) return { ok: false, reason: `no earlier value to start from` };
  if (previous.status === 'placeholder' && !parameter.indexBase)
    return { ok: false, reason: `the previous value (${previous.from}) is itself still to be filled in`, previous };
  const newIndex = index.entries.find((e) => e.from === date);
  if (!newIndex)
    return {
      ok: false,
      reason: `${index.name} for ${date} is not in ${index.file} yet: enter it, then run new-period ${date} again`,
      previous,
    };
  if (newIndex.status === 'placeholder')
    return {
      ok: false,
      reason: `${index.name} for ${date} is still to be filled in (${index.file}): fill it in, then run new-period ${date} again`,
      previous,
    };
  const base = parameter.indexBase;
  if (base) {
    const indexed = applyIndex(base.value, base.index, String(newIndex.value), rounding);
    return { ok: true, indexed, previous, from: { kind: 'base', index: base.index, source: base.source }, newIndex };
  }
  const previousIndex = inForceOn(index.entries, previous.from);
  if (!previousIndex || previousIndex.status === 'placeholder')
    return { ok: false, reason: `${index.name} has no value in force on ${previous.from}`, previous };
  return {
    ok: true,
    indexed: applyIndex(previous.value, String(previousIndex.value), String(newIndex.value), rounding),
    previous,
    from: { kind: 'previous', index: previousIndex },
    newIndex,
  };
}
