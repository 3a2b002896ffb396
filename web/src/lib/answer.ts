import type { CalculationResult, SweepResult } from '#core/result.ts';
import type { ResultMessages } from '../i18n/results/types.ts';
import type { CaseForm } from './form.ts';
import { type Formatters, isDecimal, toDecimal } from './numbers.ts';
import { PAYABLE_DROP, type RowKey, rowKeyOf, SMALLER, toCents } from './results.ts';

export { afterTaxSentence } from './net-words.ts';

/**
 * The short answer: how many hours a week before anything changes, what changes then, and all of it in
 * words. Loaded with the results (the calculator page imports it on demand), not in the initial code.
 */

/** What changes just above the hours of the answer, and the total income either side (the chart's points). */
export interface Change {
  /** Paid without work, left to rest or not paid just above. */
  resting: RowKey[];
  /** May become partial, or smaller, just above. */
  partial: RowKey[];
  before: { hours: string; grossIncome: string };
  after: { hours: string; grossIncome: string };
}

export interface Answer {
  variant: 'noChange' | 'fullTime' | 'noHours' | 'sicknessOnly' | 'none';
  wage: string;
  /** Hours a week up to which no benefit with an earnings limit changes. */
  hours: string | null;
  /** The sickness allowance changes with any work. */
  sickness: boolean;
  /** What happens to the pensions first just above `hours` (the sickness allowance is told apart). */
  next: Change | null;
}

type Point = SweepResult['points'][number];

/** The pensions that rest or may become partial at `point`, compared with no work. */
function changeAt(point: Point, zero: Point): Pick<Change, 'resting' | 'partial'> {
  const resting: RowKey[] = [];
  const partial: RowKey[] = [];
  for (const b of point.benefits) {
    const key = rowKeyOf(b.benefit);
    const before = zero.benefits.find((z) => rowKeyOf(z.benefit) === key);
    if (key === 'sicknessAllowance' || !before || before.status === b.status || toCents(before.monthlyAmount) === 0) continue;
    if (PAYABLE_DROP.includes(b.status)) resting.push(key);
    else if (SMALLER.includes(b.status)) partial.push(key);
  }
  return { resting, partial };
}

/**
 * "At 13.20 €/h you can work up to 14.5 h a week without any change to your benefits": the lowest max-hours
 * of the limits of benefits that are paid without work, and what changes first above it, with the total
 * income at the chart's points just within and just above.
 */
export function maxHoursAnswer(sweep: SweepResult): Answer {
  const zero = sweep.points[0];
  const sickness = (zero?.benefits ?? []).some((b) => rowKeyOf(b.benefit) === 'sicknessAllowance' && toCents(b.monthlyAmount) !== 0);
  const paid = new Set((zero?.benefits ?? []).filter((b) => toCents(b.monthlyAmount) !== 0).map((b) => b.benefit));
  const relevant = sweep.limits.filter((l) => l.kind === 'earningsLimit' && paid.has(l.benefit) && isDecimal(l.maxHoursPerWeek));
  const base = { wage: sweep.hourlyWage, sickness };
  if (relevant.length === 0) return { ...base, variant: sickness ? 'sicknessOnly' : 'none', hours: null, next: null };
  const hours = Math.min(...relevant.map((l) => Number(l.maxHoursPerWeek)));
  const top = Number(sweep.points.at(-1)?.hoursPerWeek ?? '40');
  let next: Change | null = null;
  const above = sweep.points.find((p) => Number(p.hoursPerWeek) > hours);
  const within = sweep.points.findLast((p) => Number(p.hoursPerWeek) <= hours);
  if (above && within && zero) {
    const change = changeAt(above, zero);
    if (change.resting.length + change.partial.length > 0) {
      next = {
        ...change,
        before: { hours: within.hoursPerWeek, grossIncome: within.grossIncome },
        after: { hours: above.hoursPerWeek, grossIncome: above.grossIncome },
      };
    }
  }
  if (hours >= top) return { ...base, variant: 'fullTime', hours: String(top), next: null };
  if (hours <= 0) return { ...base, variant: 'noHours', hours: '0', next };
  return { ...base, variant: 'noChange', hours: String(hours), next };
}

/** The partial sickness allowance's hours, in words' figures: for the job's full time, or in percentages of it. */
export type PartialWindow =
  | { kind: 'hours'; fullTime: string; from: string; to: string; share: string }
  | { kind: 'percent'; minimum: string; from: string; to: string; share: string }
  | { kind: 'notFullTime'; fullTime: string; minimum: string };

/**
 * When a partial sickness allowance can be paid (SVL 8:11): work cut to a share of a full-time job's hours.
 * The percentages and the full-time minimum are the rules' (the result's sources); the job's hours and whether
 * they are the sector's full time come from the form. Null without a sickness allowance or those rules.
 */
export function partialWindow(
  result: CalculationResult,
  job: { fullTimeHoursPerWeek: string; fullTimeInSector: boolean } | null,
): PartialWindow | null {
  const value = (name: keyof CalculationResult['sources']) => {
    const v = result.sources[name]?.value;
    return typeof v === 'string' && isDecimal(v) ? v : null;
  };
  const low = value('partialSicknessAllowanceMinimumHoursPercent');
  const high = value('partialSicknessAllowanceMaximumHoursPercent');
  const share = value('partialSicknessAllowanceSharePercent');
  const minimum = value('fullTimeWorkMinimumHours');
  if (!job || !low || !high || !share || !minimum) return null;
  const fullTime = isDecimal(job.fullTimeHoursPerWeek) ? job.fullTimeHoursPerWeek : null;
  if (fullTime === null) return { kind: 'percent', minimum, from: low, to: high, share };
  if (Number(fullTime) < Number(minimum) && !job.fullTimeInSector) return { kind: 'notFullTime', fullTime, minimum };
  // Hours to the hundredth, as the engine's band (fullTime × percent / 100) is shown.
  const part = (percent: string) => String(Math.round(Number(fullTime) * Number(percent)) / 100);
  return { kind: 'hours', fullTime, from: part(low), to: part(high), share };
}

/** What the answer's words need besides the answer: facts of the case and of the rules used. */
export interface AnswerContext {
  /** The benefits that are fixed term (a rehabilitation subsidy), by row. */
  fixedTerm: Partial<Record<RowKey, boolean>>;
  /** The longest rest in months (the rules'), or null when no pension can rest. */
  restMonths: string | null;
  /** When a partial sickness allowance can be paid, or null without a sickness allowance. */
  partialSickness: PartialWindow | null;
  /** A sickness allowance and a pension it is not usually paid with are added up. */
  sicknessWithPension: boolean;
  /** A sickness allowance and a partial pension that Kela may deduct from it are added up. */
  sicknessWithPartialPension: boolean;
}

/** The answer's context from the case as typed and the latest result (its rules and warnings). */
export function answerContext(c: CaseForm, result: CalculationResult | null): AnswerContext {
  const months = result?.sources.restMaximumMonths?.value;
  const kelaFixed = c.kela.on && c.kela.fixedTerm === true;
  return {
    fixedTerm: {
      earningsRelatedPension: c.erp.on && c.erp.fixedTerm === true,
      kelaPension: kelaFixed,
      guaranteePension: kelaFixed,
    },
    restMonths: typeof months === 'string' ? months : null,
    partialSickness:
      c.sickness.on && result
        ? partialWindow(result, {
            fullTimeHoursPerWeek: toDecimal(c.sickness.fullTimeHoursPerWeek),
            fullTimeInSector: c.sickness.fullTimeInSector,
          })
        : null,
    sicknessWithPension: result?.ruleSet.warnings.some((w) => w.code === 'sicknessAllowanceWithDisabilityPension') ?? false,
    sicknessWithPartialPension: result?.ruleSet.warnings.some((w) => w.code === 'sicknessAllowanceWithPartialPension') ?? false,
  };
}

/** The main sentence for the answer's variant. */
function mainSentence(a: Answer, t: ResultMessages['answer'], f: Formatters): string {
  const wage = f.money(a.wage);
  const hours = a.hours !== null ? f.hours(a.hours) : '';
  switch (a.variant) {
    case 'noChange':
      return a.sickness ? t.noChangePensions({ wage, hours }) : t.noChange({ wage, hours });
    case 'fullTime':
      return t.fullTime({ wage, hours });
    case 'noHours':
      return t.noHours({ wage });
    case 'sicknessOnly':
      return t.sicknessOnly;
    case 'none':
      return t.noLimits;
  }
}

function partialSicknessSentence(w: PartialWindow, t: ResultMessages['answer'], f: Formatters): string {
  switch (w.kind) {
    case 'hours':
      return t.partialSickness({
        fullTime: f.hoursInput(w.fullTime),
        from: f.hoursInput(w.from),
        to: f.hoursInput(w.to),
        share: f.percent(w.share),
      });
    case 'percent':
      return t.partialSicknessIfFullTime({
        minimum: f.count(w.minimum),
        from: f.percent(w.from),
        to: f.percent(w.to),
        share: f.percent(w.share),
      });
    case 'notFullTime':
      return t.partialSicknessNotFullTime({ fullTime: f.hoursInput(w.fullTime), minimum: f.count(w.minimum) });
  }
}

/**
 * The max-hours answer in words: the main sentence ("At 13,20 € an hour you can work up to 14,5 hours a week
 * without any change to your benefits."), then which benefit changes above it and what that does to the
 * total income, what a rest means (and that it does not last), the partial sickness allowance's hours, and
 * the warning that a sickness allowance and a full pension are not usually paid together.
 */
export function answerSentences(a: Answer, t: ResultMessages, f: Formatters, c: AnswerContext): string[] {
  const out = [mainSentence(a, t.answer, f)];
  if (a.sickness && a.variant !== 'sicknessOnly') out.push(t.answer.sicknessAlso);
  const next = a.next;
  if (next && a.hours !== null && a.variant !== 'fullTime') {
    const names = (keys: RowKey[]) => t.list(keys.map((k) => t.names[k]));
    out.push(
      t.answer.next({
        hours: f.hours(a.hours),
        resting: names(next.resting),
        restingMany: next.resting.length > 1,
        partial: names(next.partial),
        partialMany: next.partial.length > 1,
      }),
    );
    const before = toCents(next.before.grossIncome);
    const after = toCents(next.after.grossIncome);
    if (before !== null && after !== null) {
      out.push(
        t.answer.incomeAt({
          beforeHours: f.hoursInput(next.before.hours),
          before: f.money(next.before.grossIncome),
          afterHours: f.hoursInput(next.after.hours),
          after: f.money(next.after.grossIncome),
          falls: after < before,
        }),
      );
    }
    if (next.resting.length > 0 && c.restMonths) out.push(t.answer.rest({ months: f.count(c.restMonths) }));
    if (next.resting.some((k) => c.fixedTerm[k])) out.push(t.answer.subsidyEnds);
    if (next.partial.includes('earningsRelatedPension')) out.push(t.answer.partialDecision);
  }
  // The hours put the month's pay at the limit to the cent: no room left for a holiday bonus (Keva: it counts).
  if (a.variant === 'noChange' || a.variant === 'fullTime') out.push(t.answer.holidayBonus);
  if (c.partialSickness) out.push(partialSicknessSentence(c.partialSickness, t.answer, f));
  if (c.sicknessWithPension) out.push(t.answer.sicknessWithPension);
  if (c.sicknessWithPartialPension) out.push(t.answer.sicknessWithPartialPension);
  return out;
}
