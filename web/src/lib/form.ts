import { CalculationRequest, type CalculationRequestInput, MAX_SCENARIOS, SweepRequest } from '#core/request.ts';
import type { ErrorMessages, Messages } from '../i18n/types.ts';
import { type Formatters, isDecimal, toDecimal } from './numbers.ts';

/**
 * The form as the user fills it in: every figure is the text as typed ("13,20"), so nothing is lost while
 * typing. `toRequest` turns it into the API's request; `validate` checks it with the very schema the API
 * uses and says, per field, what is wrong, in the user's language.
 */

interface EarningsRelatedForm {
  on: boolean;
  fixedTerm: boolean;
  type: 'full' | 'partial';
  monthlyAmount: string;
  earningsLimit: string;
  stabilisedEarnings: string;
}

interface KelaForm {
  on: boolean;
  fixedTerm: boolean;
  monthlyAmount: string;
  guaranteePension: string;
  receivesCareAllowance: boolean;
}

interface SicknessForm {
  on: boolean;
  basis: 'daily' | 'annual';
  dailyAmount: string;
  annualIncome: string;
  fullTimeHoursPerWeek: string;
}

export interface CaseForm {
  /** YYYY-MM: the month the calculation is for. */
  month: string;
  erp: EarningsRelatedForm;
  kela: KelaForm;
  sickness: SicknessForm;
  household: '' | 'single' | 'partner';
  tax: { wageWithholdingPercent: string; benefitWithholdingPercent: string };
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
}

const DEFAULT_WAGE = '13.20';

export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function emptyCase(month: string): CaseForm {
  return {
    month,
    erp: { on: false, fixedTerm: true, type: 'full', monthlyAmount: '', earningsLimit: '', stabilisedEarnings: '' },
    kela: { on: false, fixedTerm: true, monthlyAmount: '', guaranteePension: '', receivesCareAllowance: false },
    sickness: { on: false, basis: 'daily', dailyAmount: '', annualIncome: '', fullTimeHoursPerWeek: '' },
    household: '',
    tax: { wageWithholdingPercent: '', benefitWithholdingPercent: '' },
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

// ——— the request ———

const given = (typed: string): string | undefined => {
  const value = toDecimal(typed);
  return value === '' ? undefined : value;
};

/** The chart's wage: the one chosen for it, or the first option's hourly wage. */
export function chartWageOf(form: FormState): string {
  if (form.chartWage.trim() !== '') return form.chartWage;
  const first = form.scenarios.find((s) => s.mode === 'hours' && isDecimal(toDecimal(s.hourlyWage)) && Number(toDecimal(s.hourlyWage)) > 0);
  return first ? first.hourlyWage : DEFAULT_WAGE;
}

/** The case part of a request (benefits, household, tax, date), as the shared schema takes it. */
function caseRequest(c: CaseForm): Omit<CalculationRequestInput, 'scenarios'> {
  const benefits: CalculationRequestInput['benefits'] = {};
  if (c.erp.on) {
    benefits.earningsRelatedPension = {
      type: c.erp.type,
      fixedTerm: c.erp.fixedTerm,
      monthlyAmount: toDecimal(c.erp.monthlyAmount),
      ...(given(c.erp.earningsLimit) !== undefined ? { earningsLimit: given(c.erp.earningsLimit) } : {}),
      ...(given(c.erp.stabilisedEarnings) !== undefined ? { stabilisedEarnings: given(c.erp.stabilisedEarnings) } : {}),
    };
  }
  if (c.kela.on) {
    benefits.kelaPension = {
      fixedTerm: c.kela.fixedTerm,
      ...(given(c.kela.monthlyAmount) !== undefined ? { monthlyAmount: given(c.kela.monthlyAmount) } : {}),
      ...(given(c.kela.guaranteePension) !== undefined ? { guaranteePension: given(c.kela.guaranteePension) } : {}),
      ...(c.kela.receivesCareAllowance ? { receivesCareAllowance: true } : {}),
    };
  }
  if (c.sickness.on) {
    const amount =
      c.sickness.basis === 'daily' ? { dailyAmount: given(c.sickness.dailyAmount) } : { annualIncome: given(c.sickness.annualIncome) };
    benefits.sicknessAllowance = {
      ...Object.fromEntries(Object.entries(amount).filter(([, v]) => v !== undefined)),
      ...(given(c.sickness.fullTimeHoursPerWeek) !== undefined ? { fullTimeHoursPerWeek: given(c.sickness.fullTimeHoursPerWeek) } : {}),
    };
  }
  const wage = given(c.tax.wageWithholdingPercent);
  const benefit = given(c.tax.benefitWithholdingPercent);
  return {
    date: `${c.month}-01`,
    benefits,
    ...(c.household !== '' ? { household: { livingWithPartner: c.household === 'partner' } } : {}),
    ...(wage !== undefined || benefit !== undefined
      ? {
          tax: {
            ...(wage !== undefined ? { wageWithholdingPercent: wage } : {}),
            ...(benefit !== undefined ? { benefitWithholdingPercent: benefit } : {}),
          },
        }
      : {}),
  };
}

function scenarioRequest(s: ScenarioForm): CalculationRequestInput['scenarios'][number] {
  const label = s.label.trim();
  const days = s.workDaysPerWeek !== '' ? Number(s.workDaysPerWeek) : undefined;
  const common = {
    id: s.id,
    ...(label ? { label: label.slice(0, 80) } : {}),
    ...(days !== undefined && Number.isInteger(days) ? { workDaysPerWeek: days } : {}),
  };
  if (s.mode === 'monthly')
    return { ...common, ...(given(s.monthlyEarnings) !== undefined ? { monthlyEarnings: given(s.monthlyEarnings) } : {}) };
  return {
    ...common,
    ...(given(s.hoursPerWeek) !== undefined ? { hoursPerWeek: given(s.hoursPerWeek) } : {}),
    ...(given(s.hourlyWage) !== undefined ? { hourlyWage: given(s.hourlyWage) } : {}),
  };
}

export function toRequest(form: FormState): CalculationRequestInput {
  return { ...caseRequest(form.case), scenarios: form.scenarios.map(scenarioRequest) };
}

export function toSweepRequest(form: FormState) {
  const days = form.scenarios.find((s) => s.workDaysPerWeek !== '')?.workDaysPerWeek;
  return {
    ...caseRequest(form.case),
    sweep: { hourlyWage: toDecimal(chartWageOf(form)), ...(days ? { workDaysPerWeek: Number(days) } : {}) },
  };
}

// ——— validation ———

/** One problem as the schema or the API reports it. */
export interface Issue {
  path: readonly PropertyKey[];
  message?: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** Which kind of figure a field holds, to word its limits ("at least 0,01 €"). */
type FieldKind = 'money' | 'hours' | 'percent' | 'days' | 'other';

const CASE_FIELDS: Record<string, { id: string; kind: FieldKind }> = {
  date: { id: 'month', kind: 'other' },
  household: { id: 'household', kind: 'other' },
  'household.livingWithPartner': { id: 'household', kind: 'other' },
  benefits: { id: 'benefits', kind: 'other' },
  'benefits.earningsRelatedPension': { id: 'erp-monthlyAmount', kind: 'money' },
  'benefits.earningsRelatedPension.monthlyAmount': { id: 'erp-monthlyAmount', kind: 'money' },
  'benefits.earningsRelatedPension.earningsLimit': { id: 'erp-earningsLimit', kind: 'money' },
  'benefits.earningsRelatedPension.stabilisedEarnings': { id: 'erp-stabilisedEarnings', kind: 'money' },
  'benefits.kelaPension.monthlyAmount': { id: 'kela-monthlyAmount', kind: 'money' },
  'benefits.kelaPension.guaranteePension': { id: 'kela-guaranteePension', kind: 'money' },
  'benefits.sicknessAllowance': { id: 'sickness-amount', kind: 'money' },
  'benefits.sicknessAllowance.dailyAmount': { id: 'sickness-amount', kind: 'money' },
  'benefits.sicknessAllowance.annualIncome': { id: 'sickness-amount', kind: 'money' },
  'benefits.sicknessAllowance.fullTimeHoursPerWeek': { id: 'sickness-fullTimeHoursPerWeek', kind: 'hours' },
  'tax.wageWithholdingPercent': { id: 'tax-wageWithholdingPercent', kind: 'percent' },
  'tax.benefitWithholdingPercent': { id: 'tax-benefitWithholdingPercent', kind: 'percent' },
  'sweep.hourlyWage': { id: 'chartWage', kind: 'money' },
};

const SCENARIO_FIELDS: Record<string, FieldKind> = {
  hoursPerWeek: 'hours',
  hourlyWage: 'money',
  monthlyEarnings: 'money',
  workDaysPerWeek: 'days',
  label: 'other',
  id: 'other',
};

/** The id of the form field an issue belongs to ('form' when it belongs to none). */
function fieldOf(issue: Issue, scenarios: readonly ScenarioForm[]): { id: string; kind: FieldKind } {
  const path = issue.path.map(String);
  if (path[0] === 'scenarios') {
    const index = Number(path[1]);
    const s = scenarios[index];
    if (!s) return { id: 'scenarios', kind: 'other' };
    let key = path[2] ?? (s.mode === 'monthly' ? 'monthlyEarnings' : 'hoursPerWeek');
    if (!(key in SCENARIO_FIELDS)) key = s.mode === 'monthly' ? 'monthlyEarnings' : 'hoursPerWeek';
    if (key === 'id' || key === 'label') key = 'label';
    // Only the fields of the option's own way of giving pay are on screen.
    if (s.mode === 'monthly' && (key === 'hoursPerWeek' || key === 'hourlyWage')) key = 'monthlyEarnings';
    if (s.mode === 'hours' && key === 'monthlyEarnings') key = 'hoursPerWeek';
    return { id: `scenario-${s.id}-${key}`, kind: SCENARIO_FIELDS[key] ?? 'other' };
  }
  for (let n = path.length; n > 0; n -= 1) {
    const known = CASE_FIELDS[path.slice(0, n).join('.')];
    if (known) return known;
  }
  return { id: 'form', kind: 'other' };
}

function limitText(value: unknown, kind: FieldKind, f: Formatters): string {
  const text = String(value);
  if (!isDecimal(text)) return text;
  if (kind === 'money') return f.money(text);
  if (kind === 'percent') return f.percent(text);
  if (kind === 'hours') return f.hoursInput(text);
  return f.count(text);
}

/** An issue in words, in the user's language. Never the schema's English message. */
function issueMessage(issue: Issue, kind: FieldKind, e: ErrorMessages, f: Formatters): string {
  const params = issue.params ?? {};
  switch (params.reason) {
    case 'notANumber':
      return e.notANumber;
    case 'tooManyDecimals':
      return e.tooManyDecimals({ max: f.count(String(params.max ?? 2)) });
    case 'tooSmall':
      return e.tooSmall({ min: limitText(params.min, kind, f) });
    case 'tooLarge':
      return e.tooLarge({ max: limitText(params.max, kind, f) });
    case 'required':
      return e.required;
    case 'oneOfRequired':
      return e.oneOfRequired;
    case 'onlyOneAllowed':
      return e.onlyOneAllowed;
    case 'duplicateId':
      return e.duplicateId;
    case 'invalidDate':
      return e.invalidDate;
    case 'beforeRuleSet':
      return e.beforeRuleSet({ min: typeof params.min === 'string' ? f.date(params.min) : '' });
    case 'benefitRequired':
      return e.benefitRequired;
    case 'tooManyPoints':
      return e.tooManyPoints;
  }
  // zod's own codes: a missing required value shows up as an invalid type or union of undefined.
  if (issue.code === 'too_small' && params.minimum !== undefined) return e.tooSmall({ min: limitText(params.minimum, kind, f) });
  if (issue.code === 'too_big' && params.maximum !== undefined) return e.tooLarge({ max: limitText(params.maximum, kind, f) });
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_type') && kind !== 'other') return e.required;
  return e.generic;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Validation {
  /** The request, when the form is complete and valid. */
  request: CalculationRequestInput | null;
  /** Field id → the first problem with it. */
  errors: Record<string, string>;
  /** Every problem in form order, for the error summary. */
  list: FieldError[];
}

/** Maps issues (from the schema here or from the API's 400 answer) to fields and words. */
export function errorsFrom(issues: readonly Issue[], form: FormState, m: Messages, f: Formatters): Pick<Validation, 'errors' | 'list'> {
  const errors: Record<string, string> = {};
  const list: FieldError[] = [];
  for (const issue of issues) {
    const { id, kind } = fieldOf(issue, form.scenarios);
    if (errors[id]) continue;
    const message = issueMessage(issue, kind, m.errors, f);
    errors[id] = message;
    list.push({ field: id, message });
  }
  return { errors, list };
}

/** Checks the form with the API's own schema. An empty required amount gets "required", not "not a number". */
export function validate(form: FormState, m: Messages, f: Formatters): Validation {
  const request = toRequest(form);
  const issues: Issue[] = [];
  // An empty pension amount is "missing", not "not a number".
  if (form.case.erp.on && form.case.erp.monthlyAmount.trim() === '') {
    issues.push({ path: ['benefits', 'earningsRelatedPension', 'monthlyAmount'], params: { reason: 'required' } });
  }
  const sickness = form.case.sickness;
  if (sickness.on && (sickness.basis === 'daily' ? sickness.dailyAmount : sickness.annualIncome).trim() === '') {
    issues.push({ path: ['benefits', 'sicknessAllowance', 'dailyAmount'], params: { reason: 'required' } });
  }
  const parsed = CalculationRequest.safeParse(request);
  if (!parsed.success) issues.push(...(parsed.error.issues as Issue[]));
  if (issues.length === 0) return { request, errors: {}, list: [] };
  return { request: null, ...errorsFrom(issues, form, m, f) };
}

/** The sweep request for the chart, or null when the chart's wage is not valid. */
export function validateSweep(
  form: FormState,
  m: Messages,
  f: Formatters,
): { request: ReturnType<typeof toSweepRequest> | null; error: string | null } {
  const request = toSweepRequest(form);
  const parsed = SweepRequest.safeParse(request);
  if (parsed.success) return { request, error: null };
  const wageIssue = parsed.error.issues.find((i) => i.path[0] === 'sweep');
  return { request: null, error: wageIssue ? issueMessage(wageIssue as Issue, 'money', m.errors, f) : null };
}

/** Fields in the order they appear, for focusing the first error. */
function fieldOrder(form: FormState): string[] {
  return [
    'benefits',
    'erp-monthlyAmount',
    'erp-earningsLimit',
    'erp-stabilisedEarnings',
    'kela-monthlyAmount',
    'kela-guaranteePension',
    'sickness-amount',
    'sickness-fullTimeHoursPerWeek',
    'household',
    'month',
    'tax-wageWithholdingPercent',
    'tax-benefitWithholdingPercent',
    ...form.scenarios.flatMap((s) =>
      ['label', 'hoursPerWeek', 'hourlyWage', 'monthlyEarnings', 'workDaysPerWeek'].map((k) => `scenario-${s.id}-${k}`),
    ),
    'scenarios',
    'chartWage',
    'form',
  ];
}

export function sortErrors(list: FieldError[], form: FormState): FieldError[] {
  const order = fieldOrder(form);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...list].sort((a, b) => rank(a.field) - rank(b.field));
}

// ——— showing typed figures back ———

export type InputKind = 'money' | 'hours' | 'percent';

/** After leaving a field: "1234,5" → "1 234,50" (money), "7.5" → "7,5" (hours). Invalid text stays as typed. */
export function formatTyped(typed: string, kind: InputKind, f: Formatters): string {
  const value = toDecimal(typed);
  if (!isDecimal(value)) return typed;
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
        fullTimeHoursPerWeek: plain(c.sickness.fullTimeHoursPerWeek),
      },
      tax: {
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
  };
}

/** The label of a field, for the error summary ("Pension per month: This is missing."). */
export function fieldLabel(id: string, form: FormState, m: Messages): string {
  const fixed: Record<string, string> = {
    benefits: m.situation.benefitsLegend,
    household: m.situation.householdLegend,
    month: m.situation.monthLegend,
    'erp-monthlyAmount': m.fields.erpMonthlyAmount.label,
    'erp-earningsLimit': m.fields.erpEarningsLimit.label,
    'erp-stabilisedEarnings': m.fields.erpStabilisedEarnings.label,
    'kela-monthlyAmount': m.fields.kelaMonthlyAmount.label,
    'kela-guaranteePension': m.fields.kelaGuaranteePension.label,
    'sickness-amount': form.case.sickness.basis === 'daily' ? m.fields.sicknessDailyAmount.label : m.fields.sicknessAnnualIncome.label,
    'sickness-fullTimeHoursPerWeek': m.fields.sicknessFullTimeHours.label,
    'tax-wageWithholdingPercent': m.fields.taxWage.label,
    'tax-benefitWithholdingPercent': m.fields.taxBenefit.label,
    chartWage: m.answer.wageLabel,
    scenarios: m.scenarios.heading,
    form: m.situation.heading,
  };
  if (fixed[id]) return fixed[id];
  const match = /^scenario-(.+)-(label|hoursPerWeek|hourlyWage|monthlyEarnings|workDaysPerWeek)$/.exec(id);
  if (match) {
    const index = form.scenarios.findIndex((s) => s.id === match[1]);
    const key = match[2] as 'hoursPerWeek' | 'hourlyWage' | 'monthlyEarnings' | 'workDaysPerWeek' | 'label';
    const label = key === 'label' ? m.fields.scenarioLabel.label : m.fields[key].label;
    return `${label}, ${m.scenarios.optionName({ n: index + 1 })}`;
  }
  return id;
}
