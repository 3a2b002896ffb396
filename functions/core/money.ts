import Decimal from 'decimal.js';
import { bounded } from './memo.ts';

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

/**
 * Rounds to cents, half up. An amount already in cents is returned as it is (decimals are immutable): most
 * amounts are, and rounding them anyway made a new decimal each time, the engine's most frequent operation.
 */
export function cents(value: Dec): Dec {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** Drops fractions of a cent: Kela's tables show the computed national pension so (535.355 → 535.35 in 2019). */
export function centsDown(value: Dec): Dec {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, D.ROUND_DOWN);
}

/**
 * A money amount for output: always two decimals, half up, as `toFixed(2)` writes them. Most amounts are already
 * in cents, and their plain text needs only padding: a fraction of toFixed's cost (it builds a new decimal every
 * time), and cheaper than remembering the text per decimal (a WeakMap entry for every fresh amount of a chart or
 * a tax breakdown cost more than it saved).
 */
export function money(value: Dec): string {
  const text = value.toString();
  const point = text.indexOf('.');
  if (text.includes('e')) return value.toFixed(2, D.ROUND_HALF_UP);
  if (point < 0) return `${text}.00`;
  const decimals = text.length - point - 1;
  if (decimals === 2) return text;
  if (decimals === 1) return `${text}0`;
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
