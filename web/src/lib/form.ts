import { MAX_SCENARIOS } from '#contracts/limits.ts';
import type { Messages } from '../i18n/types.ts';
import { type Formatters, isDecimal, toDecimal } from './numbers.ts';
import type { PlanForm } from './plan-form.ts';

/**
 * The form as the user fills it in: every figure is the text as typed ("13,20"), so nothing is lost while
 * typing. `toRequest` (form-request.ts) turns it into the API's request; `reformat` shows the figures back in a language's
 * format. What is wrong with a form, per field and in words, is validation.ts.
 */

interface EarningsRelatedForm {
  on: boolean;
  /** Rehabilitation subsidy (true) or pension until further notice (false); null until chosen (nothing is assumed). */
  fixedTerm: boolean | null;
  /** Full or partial; null until chosen. */
  type: 'full' | 'partial' | null;
  monthlyAmount: string;
  earningsLimit: string;
  stabilisedEarnings: string;
  /** A fixed-term benefit's last day on the decision (YYYY-MM-DD), or ''. */
  endsOn: string;
}

interface KelaForm {
  on: boolean;
  /** Rehabilitation subsidy (true) or pension until further notice (false); null until chosen. */
  fixedTerm: boolean | null;
  monthlyAmount: string;
  guaranteePension: string;
  receivesCareAllowance: boolean;
  /** The care allowance's level on Kela's decision; '' when not known (the Why text then says what is not subtracted). */
  careAllowanceLevel: '' | 'basic' | 'increased' | 'highest';
  /** Granted under KEL 12 § 4 (blind, or unable to move without help): no earnings test. */
  exemptFromEarningsTest: boolean;
  /** A fixed-term benefit's last day on the decision (YYYY-MM-DD), or ''. */
  endsOn: string;
}

export interface SicknessForm {
  on: boolean;
  basis: 'daily' | 'annual';
  dailyAmount: string;
  /** Wage income a year (with the 'annual' basis). */
  annualIncome: string;
  /** YEL or MYEL work income a year, an entrepreneur's, beside or instead of wages (with the 'annual' basis). */
  entrepreneurIncome: string;
  /** The day the sick leave this allowance is paid for began (YYYY-MM-DD), or '' when not given. */
  entitlementStartDate: string;
  fullTimeHoursPerWeek: string;
  /** The full-time hours given are the sector's normal full time (even under 30 h a week). */
  fullTimeInSector: boolean;
  /**
   * Days of sickness allowance (and of partial sickness allowance) already paid within the entitlement period before
   * the plan starts, as typed ('' = not given). Asked for in the timeline's plan view; the comparison's month counts them too.
   */
  daysUsed: string;
  partialDaysUsed: string;
}

export interface CaseForm {
  /** YYYY-MM: the month the calculation is for. */
  month: string;
  erp: EarningsRelatedForm;
  kela: KelaForm;
  sickness: SicknessForm;
  household: '' | 'single' | 'partner';
  tax: TaxForm;
  /** The birth year as typed ('' when not given): the contributions and deductions that depend on age. */
  birthYear: string;
}

export interface TaxForm {
  wageWithholdingPercent: string;
  benefitWithholdingPercent: string;
  /** The home municipality as the Tax Administration writes it (the searchable field puts that name here), '' when not given. */
  municipality: string;
  churchMember: boolean;
  church: 'lutheran' | 'orthodox';
}

function emptyTax(): TaxForm {
  return { wageWithholdingPercent: '', benefitWithholdingPercent: '', municipality: '', churchMember: false, church: 'lutheran' };
}

export interface ScenarioForm {
  id: string;
  label: string;
  mode: 'hours' | 'monthly';
  hoursPerWeek: string;
  hourlyWage: string;
  monthlyEarnings: string;
  /** '' (not given: the engine assumes five) or '1'–'6'. */
  workDaysPerWeek: string;
}

export interface FormState {
  case: CaseForm;
  scenarios: ScenarioForm[];
  /** The wage for the chart and the max-hours answer; '' follows the first scenario's wage. */
  chartWage: string;
  /** The plan over time (the timeline view, plan.ts), once a coach has opened it. */
  plan?: PlanForm | undefined;
}

const DEFAULT_WAGE = '13.20';

export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function emptyCase(month: string): CaseForm {
  return {
    month,
    erp: { on: false, fixedTerm: null, type: null, monthlyAmount: '', earningsLimit: '', stabilisedEarnings: '', endsOn: '' },
    kela: {
      on: false,
      fixedTerm: null,
      monthlyAmount: '',
      guaranteePension: '',
      receivesCareAllowance: false,
      careAllowanceLevel: '',
      exemptFromEarningsTest: false,
      endsOn: '',
    },
    sickness: {
      on: false,
      basis: 'daily',
      dailyAmount: '',
      annualIncome: '',
      entrepreneurIncome: '',
      entitlementStartDate: '',
      fullTimeHoursPerWeek: '',
      fullTimeInSector: false,
      daysUsed: '',
      partialDaysUsed: '',
    },
    household: '',
    tax: emptyTax(),
    birthYear: '',
  };
}

export function scenario(id: string, hoursPerWeek: string, hourlyWage = DEFAULT_WAGE): ScenarioForm {
  return { id, label: '', mode: 'hours', hoursPerWeek, hourlyWage, monthlyEarnings: '', workDaysPerWeek: '' };
}

/** A fresh form: no benefits chosen yet, no work (the baseline) and 10 hours a week. */
export function initialForm(month: string = currentMonth()): FormState {
  return { case: emptyCase(month), scenarios: [scenario('s1', '0'), scenario('s2', '10')], chartWage: '' };
}

// ——— scenarios: add, copy, remove ———

function nextScenarioId(scenarios: readonly ScenarioForm[]): string {
  let n = 1;
  const taken = new Set(scenarios.map((s) => s.id));
  while (taken.has(`s${n}`)) n += 1;
  return `s${n}`;
}

export function canAddScenario(scenarios: readonly ScenarioForm[]): boolean {
  return scenarios.length < MAX_SCENARIOS;
}

/** A new option after the last, with the last one's wage and a few more hours. */
export function addScenario(scenarios: readonly ScenarioForm[]): ScenarioForm[] {
  if (!canAddScenario(scenarios)) return [...scenarios];
  const last = scenarios.at(-1);
  const hours =
    last && last.mode === 'hours' && isDecimal(toDecimal(last.hoursPerWeek)) ? Math.min(Number(toDecimal(last.hoursPerWeek)) + 5, 40) : 10;
  const wage = last && last.mode === 'hours' && last.hourlyWage !== '' ? last.hourlyWage : DEFAULT_WAGE;
  return [...scenarios, scenario(nextScenarioId(scenarios), String(hours), wage)];
}

/** A copy of one option, placed right after it. `copyLabel` words the copy's name when it has one. */
export function copyScenario(scenarios: readonly ScenarioForm[], id: string, copyLabel: (name: string) => string): ScenarioForm[] {
  const index = scenarios.findIndex((s) => s.id === id);
  const source = scenarios[index];
  if (!source || !canAddScenario(scenarios)) return [...scenarios];
  const copy: ScenarioForm = {
    ...source,
    id: nextScenarioId(scenarios),
    label: source.label.trim() ? copyLabel(source.label.trim()).slice(0, 80) : '',
  };
  return [...scenarios.slice(0, index + 1), copy, ...scenarios.slice(index + 1)];
}

export function removeScenario(scenarios: readonly ScenarioForm[], id: string): ScenarioForm[] {
  if (scenarios.length <= 1) return [...scenarios];
  return scenarios.filter((s) => s.id !== id);
}

/** The name shown for an option: its own label, or "Option 2". */
export function scenarioName(s: ScenarioForm, index: number, m: Messages): string {
  return s.label.trim() || m.scenarios.optionName({ n: index + 1 });
}

/** The chart's wage: the one chosen for it, or the first option's hourly wage. */
export function chartWageOf(form: FormState): string {
  if (form.chartWage.trim() !== '') return form.chartWage;
  const first = form.scenarios.find((s) => s.mode === 'hours' && isDecimal(toDecimal(s.hourlyWage)) && Number(toDecimal(s.hourlyWage)) > 0);
  return first ? first.hourlyWage : DEFAULT_WAGE;
}

// ——— showing typed figures back ———

export type InputKind = 'money' | 'hours' | 'percent';

/** Decimals a typed figure may have: money is in cents, hours and percentages to a hundredth (the schema's limits). */
const MAX_DECIMALS = 2;

/**
 * After leaving a field: "1234,5" → "1 234,50" (money), "7.5" → "7,5" (hours). Invalid text stays as typed,
 * and so does a figure with more decimals than allowed ("13,505"): never rounded silently, the field says why.
 */
export function formatTyped(typed: string, kind: InputKind, f: Formatters): string {
  const value = toDecimal(typed);
  if (!isDecimal(value) || (value.split('.')[1]?.length ?? 0) > MAX_DECIMALS) return typed;
  if (kind === 'money') return f.moneyInput(value);
  return f.hoursInput(value);
}

/** Rewrites every figure in the form in the given language's format (after a language switch or a link). */
export function reformat(form: FormState, f: Formatters): FormState {
  const money = (t: string) => formatTyped(t, 'money', f);
  const plain = (t: string) => formatTyped(t, 'hours', f);
  const c = form.case;
  return {
    chartWage: money(form.chartWage),
    case: {
      ...c,
      erp: {
        ...c.erp,
        monthlyAmount: money(c.erp.monthlyAmount),
        earningsLimit: money(c.erp.earningsLimit),
        stabilisedEarnings: money(c.erp.stabilisedEarnings),
      },
      kela: { ...c.kela, monthlyAmount: money(c.kela.monthlyAmount), guaranteePension: money(c.kela.guaranteePension) },
      sickness: {
        ...c.sickness,
        dailyAmount: money(c.sickness.dailyAmount),
        annualIncome: money(c.sickness.annualIncome),
        entrepreneurIncome: money(c.sickness.entrepreneurIncome),
        fullTimeHoursPerWeek: plain(c.sickness.fullTimeHoursPerWeek),
      },
      tax: {
        ...c.tax,
        wageWithholdingPercent: plain(c.tax.wageWithholdingPercent),
        benefitWithholdingPercent: plain(c.tax.benefitWithholdingPercent),
      },
    },
    scenarios: form.scenarios.map((s) => ({
      ...s,
      hoursPerWeek: plain(s.hoursPerWeek),
      hourlyWage: money(s.hourlyWage),
      monthlyEarnings: money(s.monthlyEarnings),
    })),
    // The plan's figures are shown back by the timeline view (web/src/timeline/), which loads with it.
    ...(form.plan ? { plan: form.plan } : {}),
  };
}
