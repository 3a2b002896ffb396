import { addMonths, MAX_TIMELINE_MONTHS, type TimelineRequestInput } from '#core/timeline-request.ts';
import { type FormState, formatTyped } from './form.ts';
import { caseRequest } from './form-request.ts';
import { type Formatters, toDecimal } from './numbers.ts';
import type { OneOff, PlanForm, PlanStep, StepMode } from './plan-form.ts';

/**
 * A plan over time as a coach describes it: a first month, a length, and a few steps ("from month 5: 20 h a
 * week at 13,50 €"), each lasting until the next, plus one-off items (a holiday bonus, a once-a-year bonus).
 * `planMonths` spreads it over the months the API takes (POST /v1/timelines); figures stay as typed in the
 * form and leave here in the engine's form.
 */

export type { OneOff, PlanForm } from './plan-form.ts';

export const MAX_STEPS = 8;
export const MAX_ONE_OFFS = 6;

export function step(from: number, mode: StepMode, hoursPerWeek = '', hourlyWage = '', monthlyEarnings = ''): PlanStep {
  return { from, mode, hoursPerWeek, hourlyWage, monthlyEarnings };
}

/** A first plan from the options compared: the first option for three months, then the second one. */
export function initialPlan(form: FormState): PlanForm {
  const steps = form.scenarios.slice(0, 2).map((s, i) => {
    const from = i === 0 ? 0 : 3;
    if (s.mode === 'monthly') return step(from, toDecimal(s.monthlyEarnings) === '0' ? 'none' : 'monthly', '', '', s.monthlyEarnings);
    return step(from, toDecimal(s.hoursPerWeek) === '0' ? 'none' : 'hours', s.hoursPerWeek, s.hourlyWage);
  });
  return { open: true, start: form.case.month, length: 12, steps, oneOffs: [] };
}

/** The steps in the order of their months, each clipped to the plan (a step after its end has no months). */
export function orderedSteps(plan: PlanForm): PlanStep[] {
  return [...plan.steps].sort((a, b) => a.from - b.from);
}

/** Which step (its index in plan.steps) gives month `offset` its work; -1 before the first step (no work). */
export function stepIndexAt(plan: PlanForm, offset: number): number {
  let found = -1;
  let from = -1;
  plan.steps.forEach((s, i) => {
    if (s.from <= offset && s.from >= from) {
      found = i;
      from = s.from;
    }
  });
  return found;
}

type MonthInput = TimelineRequestInput['months'][number];

/** One step's work as a month of the request: hours and wage, monthly pay, or no work (0 €). */
function workOf(s: PlanStep | undefined): MonthInput {
  if (!s || s.mode === 'none') return { monthlyEarnings: '0' };
  if (s.mode === 'monthly') return { monthlyEarnings: toDecimal(s.monthlyEarnings) };
  return { hoursPerWeek: toDecimal(s.hoursPerWeek), hourlyWage: toDecimal(s.hourlyWage) };
}

export const planLength = (plan: PlanForm) => Math.min(Math.max(1, Math.trunc(plan.length) || 1), MAX_TIMELINE_MONTHS);

/** The plan's months as the API takes them: each month the work of the step in force, and its one-off items. */
export function planMonths(plan: PlanForm): MonthInput[] {
  const months: MonthInput[] = [];
  for (let i = 0; i < planLength(plan); i += 1) {
    const month: MonthInput = { ...workOf(plan.steps[stepIndexAt(plan, i)]) };
    for (const item of plan.oneOffs) {
      if (item.month !== i) continue;
      const key = item.kind === 'holiday' ? 'holidayBonus' : 'annualBonus';
      month[key] = toDecimal(item.amount);
    }
    months.push(month);
  }
  return months;
}

/** The timeline request: the case as in "Your situation" (without its month) and the plan. */
export function toTimelineRequest(form: FormState, plan: PlanForm): TimelineRequestInput {
  const { date: _date, ...c } = caseRequest(form.case, 'asTyped');
  return { ...c, start: plan.start, months: planMonths(plan) };
}

/** The months a step or item can be set to: offset and YYYY-MM. */
export function planMonthList(plan: PlanForm): { offset: number; month: string }[] {
  return Array.from({ length: planLength(plan) }, (_, offset) => ({ offset, month: addMonths(plan.start, offset) }));
}

/** A step after the last one: a month after it (or the plan's end), with its work. */
export function addStep(plan: PlanForm): PlanStep[] {
  if (plan.steps.length >= MAX_STEPS) return plan.steps;
  const last = orderedSteps(plan).at(-1);
  const from = Math.min((last?.from ?? -1) + 3, planLength(plan) - 1);
  return [...plan.steps, last ? { ...last, from } : step(0, 'none')];
}

/** What a saved case keeps of a plan: its start and months, as POST /v1/timelines takes them. */
export interface SavedPlan {
  start: string;
  months: MonthInput[];
}

export function savedPlanOf(plan: PlanForm): SavedPlan {
  return { start: plan.start, months: planMonths(plan) };
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * A saved plan back in steps: a step wherever a month's work differs from the month before, the bonuses as
 * one-off items. Null when it is not a plan (then the case opens without one).
 */
export function planFromSaved(saved: unknown): PlanForm | null {
  if (!saved || typeof saved !== 'object') return null;
  const { start, months } = saved as { start?: unknown; months?: unknown };
  if (typeof start !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(start) || !Array.isArray(months)) return null;
  if (months.length < 1 || months.length > MAX_TIMELINE_MONTHS) return null;
  const steps: PlanStep[] = [];
  const oneOffs: OneOff[] = [];
  let previous = '';
  months.forEach((raw: Record<string, unknown>, i) => {
    const hours = text(raw?.hoursPerWeek);
    const wage = text(raw?.hourlyWage);
    const monthly = text(raw?.monthlyEarnings);
    const s =
      hours !== '' || wage !== ''
        ? step(i, 'hours', hours, wage)
        : monthly === '' || Number(monthly) === 0
          ? step(i, 'none')
          : step(i, 'monthly', '', '', monthly);
    const key = JSON.stringify({ ...s, from: 0 });
    if (key !== previous) steps.push(s);
    previous = key;
    if (raw?.holidayBonus !== undefined) oneOffs.push({ kind: 'holiday', month: i, amount: text(raw.holidayBonus) });
    if (raw?.annualBonus !== undefined) oneOffs.push({ kind: 'annual', month: i, amount: text(raw.annualBonus) });
  });
  return { open: false, start, length: months.length, steps, oneOffs };
}

/** The plan's figures in a language's format ("13.20" → "13,20" in Finnish); text that is not a figure stays. */
export function reformatPlan(plan: PlanForm, f: Formatters): PlanForm {
  const money = (t: string) => formatTyped(t, 'money', f);
  return {
    ...plan,
    steps: plan.steps.map((s) => ({
      ...s,
      hoursPerWeek: formatTyped(s.hoursPerWeek, 'hours', f),
      hourlyWage: money(s.hourlyWage),
      monthlyEarnings: money(s.monthlyEarnings),
    })),
    oneOffs: plan.oneOffs.map((o) => ({ ...o, amount: money(o.amount) })),
  };
}
