import * as z from 'zod/mini';

/**
 * The request's building blocks, shared by every request schema (request.ts, timeline-request.ts): decimals
 * given as strings or numbers and checked against their limits, dates, yes/no answers. zod/mini, for the web.
 */

type Limit = { min: string; max: string; decimals: number };

const DECIMAL = /^\d{1,9}(\.\d+)?$/;

/**
 * Compares two plain non-negative decimals. Both have at most 9 integer digits and (once the decimals are
 * checked) few decimals, so at most 15 significant digits: doubles keep them distinct and ordered, exactly.
 */
function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function normalise(input: string | number): string | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return null;
    const text = String(input);
    return DECIMAL.test(text) ? text : null;
  }
  const text = input.trim();
  return DECIMAL.test(text) ? text : null;
}

/** A non-negative decimal given as a string or a number, checked against its limits, out as a string. */
export function decimalInput(limit: Limit) {
  const schema = z.pipe(
    z.union([z.string(), z.number()], { error: 'must be a number' }),
    z.transform((input, ctx) => {
      const value = normalise(input);
      // A plain number that is only too long ("10000000000") is too large, not "not a number".
      if (value === null && (typeof input === 'number' ? Number.isFinite(input) && input >= 1e9 : /^\d{10,}(\.\d+)?$/.test(input.trim()))) {
        ctx.issues.push({
          code: 'custom',
          message: `must be at most ${limit.max}`,
          input,
          params: { reason: 'tooLarge', max: limit.max },
        });
        return z.NEVER;
      }
      if (value === null) {
        ctx.issues.push({
          code: 'custom',
          message: 'must be a non-negative number such as 12.50',
          input,
          params: { reason: 'notANumber' },
        });
        return z.NEVER;
      }
      const decimals = value.split('.')[1]?.length ?? 0;
      if (decimals > limit.decimals) {
        ctx.issues.push({
          code: 'custom',
          message: `must have at most ${limit.decimals} decimals`,
          input,
          params: { reason: 'tooManyDecimals', max: limit.decimals },
        });
        return z.NEVER;
      }
      if (compare(value, limit.min) < 0) {
        ctx.issues.push({
          code: 'custom',
          message: `must be at least ${limit.min}`,
          input,
          params: { reason: 'tooSmall', min: limit.min },
        });
        return z.NEVER;
      }
      if (compare(value, limit.max) > 0) {
        ctx.issues.push({ code: 'custom', message: `must be at most ${limit.max}`, input, params: { reason: 'tooLarge', max: limit.max } });
        return z.NEVER;
      }
      return value;
    }),
  );
  decimalLimits.set(schema, limit);
  return schema;
}

/** Which limits each decimal input has, for the OpenAPI document (a WeakMap keeps zod's metadata code out of the web bundle). */
const decimalLimits = new WeakMap<object, Limit>();

export function decimalLimitOf(schema: object): Limit | undefined {
  return decimalLimits.get(schema);
}

export const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const IsoDateInput = z.string({ error: 'must be a date written YYYY-MM-DD' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
  // Only a well-formed date is checked against the calendar, so a malformed one gets one issue, not two.
  z.refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || realDate(s), {
    error: 'is not a real calendar date',
    params: { reason: 'invalidDate' },
  }),
);

export const bool = (what: string) => z.boolean({ error: `must be true or false (${what})` });
