import Decimal from 'decimal.js';
import { bounded, perObject } from './memo.ts';

/**
 * The one place that touches decimal.js. Values enter as strings, stay exact through a calculation,
 * and are rounded only where a rule says so: to cents, half up, at the end of a monthly or daily amount.
 */
// 34 significant digits, as IEEE 754 decimal128: far beyond any euro amount here.
export const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const ZERO = new D(0);
const HUNDRED = new D(100);

export function dec(value: string | number | Dec): Dec {
  if (typeof value !== 'string') return new D(value);
  // Rule values and common inputs are parsed again and again; decimals are immutable, so share them.
  return parsed(value, () => new D(value));
}

const parsed = bounded<Dec>(4096);

/** Rounds to cents, half up. */
export function cents(value: Dec): Dec {
  return value.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** Drops fractions of a cent: Kela's tables show the computed national pension so (535.355 → 535.35 in 2019). */
export function centsDown(value: Dec): Dec {
  return value.toDecimalPlaces(2, D.ROUND_DOWN);
}

/** A money amount for output: always two decimals. Decimals are immutable, so each is formatted once. */
export const money: (value: Dec) => string = perObject((value: Dec) => value.toFixed(2, D.ROUND_HALF_UP));

/**
 * The same text for an amount computed for one output only (a tax breakdown, a chart point's net): remembering
 * it would cost more than formatting it, since no one asks for it again.
 */
export function moneyOnce(value: Dec): string {
  return value.toFixed(2, D.ROUND_HALF_UP);
}

/** `percent` of `value`, where percent is written as in the law ("40" for 40 %). */
export function percentOf(value: Dec, percent: Dec): Dec {
  return value.mul(percent).div(HUNDRED);
}

export function max(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

export function min(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}
