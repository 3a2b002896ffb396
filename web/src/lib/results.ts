import type { Benefit, BenefitOutcome, CalculationResult, ScenarioResult, Status, SweepResult } from '#core/result.ts';
import { isDecimal } from './numbers.ts';

/**
 * What the results table and the answer show, derived from the API's answers. Pure functions: the
 * components only lay them out.
 */

/** A row key: one per benefit, except that the sickness allowance and the partial one share a row. */
export type RowKey = Exclude<Benefit, 'partialSicknessAllowance'>;

export function rowKeyOf(benefit: Benefit): RowKey {
  return benefit === 'partialSicknessAllowance' ? 'sicknessAllowance' : benefit;
}

const ROW_ORDER: RowKey[] = ['earningsRelatedPension', 'kelaPension', 'guaranteePension', 'disabilityAllowance', 'sicknessAllowance'];

export interface BenefitRow {
  key: RowKey;
  /** One outcome per scenario (null if the benefit is missing from that scenario). */
  cells: (BenefitOutcome | null)[];
}

/** A benefit paid in none of the options, nor without work (a guarantee pension not in play): noise, left out. */
const neverPaid = (cells: (BenefitOutcome | null)[]) =>
  cells.every((c) => c === null || (toCents(c.monthlyAmount) === 0 && toCents(c.monthlyAmountWithoutWork) === 0));

export function benefitRows(result: CalculationResult): BenefitRow[] {
  const present = new Set(result.scenarios.flatMap((s) => s.benefits.map((b) => rowKeyOf(b.benefit))));
  return ROW_ORDER.filter((key) => present.has(key))
    .map((key) => ({
      key,
      cells: result.scenarios.map((s) => s.benefits.find((b) => rowKeyOf(b.benefit) === key) ?? null),
    }))
    .filter((row) => !neverPaid(row.cells));
}

// ——— the options' columns while one is being corrected ———

// ——— cents, exactly ———

export function toCents(value: string): number | null {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number(`${m[3] ?? ''}00`.slice(0, 2));
  return m[1] ? -cents : cents;
}

function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** a − b for two-decimal strings, exactly. */
export function minus(a: string, b: string): string | null {
  const x = toCents(a);
  const y = toCents(b);
  return x === null || y === null ? null : fromCents(x - y);
}

// ——— headroom ———

export interface LimitRow {
  kind: 'earningsLimit' | 'suspensionLimit';
  limit: string;
  benefits: Benefit[];
  cells: ({ euros: string; hours: string | null } | null)[];
}

/** True when the benefit is paid at all without work (a limit of a benefit not paid anyway changes nothing). */
const paidWithoutWork = (b: BenefitOutcome) => toCents(b.monthlyAmountWithoutWork) !== 0;

/** Hours left before a limit at this scenario's wage: max hours − hours, never negative, or null. */
function hoursLeft(maxHours: number | null, s: ScenarioResult): string | null {
  if (maxHours === null || s.hoursPerWeek === null || !isDecimal(s.hoursPerWeek)) return null;
  const left = Math.round(maxHours * 100) - Math.round(Number(s.hoursPerWeek) * 100);
  return left > 0 ? String(left / 100) : '0';
}

/**
 * One row per distinct limit (the Kela pension and the guarantee pension share theirs): how many euros
 * and hours a week each scenario has left before it, or how far over it is.
 */
export function limitRows(result: CalculationResult): LimitRow[] {
  const rows: LimitRow[] = [];
  const find = (kind: LimitRow['kind'], limit: string) => rows.find((r) => r.kind === kind && r.limit === limit);
  const first = result.scenarios[0];
  if (!first) return rows;
  for (const b of first.benefits) {
    if (!paidWithoutWork(b)) continue;
    for (const [kind, limit] of [
      ['earningsLimit', b.earningsLimit],
      ['suspensionLimit', b.suspensionLimit !== b.earningsLimit ? b.suspensionLimit : null],
    ] as const) {
      if (limit === null) continue;
      const row = find(kind, limit);
      if (row) row.benefits.push(b.benefit);
      else rows.push({ kind, limit, benefits: [b.benefit], cells: [] });
    }
  }
  for (const row of rows) {
    row.cells = result.scenarios.map((s) => {
      const euros = minus(row.limit, s.monthlyEarnings);
      if (euros === null) return null;
      let maxHours: number | null = null;
      if (s.hourlyWage !== null) {
        if (row.kind === 'earningsLimit') {
          const outcome = s.benefits.find((b) => b.benefit === row.benefits[0]);
          maxHours = outcome?.maxHoursPerWeek != null && isDecimal(outcome.maxHoursPerWeek) ? Number(outcome.maxHoursPerWeek) : null;
        } else {
          maxHours = maxHoursWithin(row.limit, s.hourlyWage);
        }
      }
      return { euros, hours: hoursLeft(maxHours, s) };
    });
  }
  return rows;
}

// ——— the max-hours answer and the chart's bands ———

export type Band = 'noChange' | 'partial' | 'suspended';

export const PAYABLE_DROP: Status[] = ['suspended', 'notPayable'];
export const SMALLER: Status[] = ['mayBecomePartial', 'reduced'];

/** How a point compares with no work: no change, something smaller, or something resting / not paid. */
export function bandOf(point: SweepResult['points'][number], atZero: SweepResult['points'][number]): Band {
  let band: Band = 'noChange';
  for (const b of point.benefits) {
    const before = atZero.benefits.find((z) => rowKeyOf(z.benefit) === rowKeyOf(b.benefit));
    if (!before || before.status === b.status) continue;
    if (PAYABLE_DROP.includes(b.status) && toCents(before.monthlyAmount) !== 0) return 'suspended';
    if (SMALLER.includes(b.status)) band = 'partial';
  }
  return band;
}

export interface BandRun {
  band: Band;
  from: number;
  to: number;
}

/** Contiguous runs of the same band across the sweep, for colouring the hours axis. */
export function bandRuns(sweep: SweepResult): BandRun[] {
  const zero = sweep.points[0];
  if (!zero) return [];
  const runs: BandRun[] = [];
  for (const p of sweep.points) {
    const band = bandOf(p, zero);
    const hours = Number(p.hoursPerWeek);
    const last = runs.at(-1);
    if (last && last.band === band) last.to = hours;
    else runs.push({ band, from: hours, to: hours });
  }
  return runs;
}

/** The sum of the monthly amounts of a sweep point by row (earnings first), for the chart's stacks. */
export function stackOf(point: SweepResult['points'][number]): { key: 'earnings' | RowKey; amount: number }[] {
  const parts: { key: 'earnings' | RowKey; amount: number }[] = [{ key: 'earnings', amount: Number(point.monthlyEarnings) }];
  for (const key of ROW_ORDER) {
    const amount = point.benefits.filter((b) => rowKeyOf(b.benefit) === key).reduce((sum, b) => sum + Number(b.monthlyAmount), 0);
    if (point.benefits.some((b) => rowKeyOf(b.benefit) === key)) parts.push({ key, amount });
  }
  return parts.map((p) => ({ ...p, amount: Number.isFinite(p.amount) ? p.amount : 0 }));
}

/**
 * The most hours a week, in steps of 0.1 h rounded down, whose monthly earnings (hours × wage × 52 / 12,
 * rounded half up to cents, as the engine does) stay within `limit`. Exact integer arithmetic in cents.
 * Here, not in numbers.ts: only the results use it, and they load with them. Used for the headroom to limits the engine gives no hours for (the suspension limit).
 */
export function maxHoursWithin(limit: string, hourlyWage: string, capHours = 80): number | null {
  if (!isDecimal(limit) || !isDecimal(hourlyWage)) return null;
  const cents = (d: string) => {
    const [whole = '0', frac = ''] = d.split('.');
    return Number(whole) * 100 + Number(`${frac}00`.slice(0, 2)) + (Number(frac.slice(2, 3) || '0') >= 5 ? 1 : 0);
  };
  const limitCents = cents(limit);
  const wageCents = cents(hourlyWage);
  if (wageCents <= 0) return capHours;
  // Earnings in cents for t tenths of an hour: round(t × wage × 52 / 120), half up, all in integers.
  const earnings = (tenths: number) => Math.floor((2 * tenths * wageCents * 52 + 120) / 240);
  let tenths = Math.min(Math.floor((limitCents * 120) / (wageCents * 52)), capHours * 10);
  while (tenths < capHours * 10 && earnings(tenths + 1) <= limitCents) tenths += 1;
  while (tenths > 0 && earnings(tenths) > limitCents) tenths -= 1;
  return tenths / 10;
}

/** A text with its long words' hyphenation points (the results' `breaks`: soft hyphens, which a screen reader and a copy ignore). */
export function withBreaks(text: string, breaks: readonly string[]): string {
  return breaks.reduce((out, word) => out.replaceAll(word.replaceAll('\u00ad', ''), word), text);
}
