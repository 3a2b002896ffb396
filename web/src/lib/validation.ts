import type { CalculationRequestInput } from '#core/request.ts';
import type { DetailMessages } from '../i18n/details/types.ts';
import type { ErrorMessages, Messages } from '../i18n/types.ts';
import type { FormState, ScenarioForm } from './form.ts';
import { toRequest } from './form-request.ts';
import { type Formatters, isDecimal } from './numbers.ts';

/**
 * What is wrong with the form: `validate` (validate.ts) checks it with the very schema the API uses, and the
 * API's own 400 issues are mapped the same way (`errorsFrom`), each to its field and in the user's language,
 * never the schema's English message. The error summary lists them in form order with the fields' labels.
 * It comes with the schemas (validate.ts re-exports it), just after the first paint: the first paint's form
 * has no error that needs it (CalculatorState's `unchecked`).
 */

/** One problem as the schema or the API reports it. */
export interface Issue {
  path: readonly PropertyKey[];
  message?: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** Which kind of figure a field holds, to word its limits ("at least 0,01 €"). */
export type FieldKind = 'money' | 'hours' | 'percent' | 'days' | 'date' | 'year' | 'other';

const CASE_FIELDS: Record<string, { id: string; kind: FieldKind }> = {
  date: { id: 'month', kind: 'other' },
  household: { id: 'household', kind: 'other' },
  'household.livingWithPartner': { id: 'household', kind: 'other' },
  benefits: { id: 'benefits', kind: 'other' },
  'benefits.earningsRelatedPension': { id: 'erp-monthlyAmount', kind: 'money' },
  'benefits.earningsRelatedPension.fixedTerm': { id: 'erp-fixedTerm', kind: 'other' },
  'benefits.earningsRelatedPension.type': { id: 'erp-type', kind: 'other' },
  'benefits.kelaPension.fixedTerm': { id: 'kela-fixedTerm', kind: 'other' },
  'benefits.earningsRelatedPension.monthlyAmount': { id: 'erp-monthlyAmount', kind: 'money' },
  'benefits.earningsRelatedPension.earningsLimit': { id: 'erp-earningsLimit', kind: 'money' },
  'benefits.earningsRelatedPension.stabilisedEarnings': { id: 'erp-stabilisedEarnings', kind: 'money' },
  'benefits.kelaPension.monthlyAmount': { id: 'kela-monthlyAmount', kind: 'money' },
  'benefits.kelaPension.guaranteePension': { id: 'kela-guaranteePension', kind: 'money' },
  'benefits.sicknessAllowance': { id: 'sickness-amount', kind: 'money' },
  'benefits.sicknessAllowance.dailyAmount': { id: 'sickness-amount', kind: 'money' },
  'benefits.sicknessAllowance.annualIncome': { id: 'sickness-amount', kind: 'money' },
  'benefits.sicknessAllowance.entrepreneurAnnualIncome': { id: 'sickness-entrepreneurIncome', kind: 'money' },
  'benefits.sicknessAllowance.entitlementStartDate': { id: 'sickness-entitlementStartDate', kind: 'date' },
  'benefits.sicknessAllowance.fullTimeHoursPerWeek': { id: 'sickness-fullTimeHoursPerWeek', kind: 'hours' },
  'benefits.sicknessAllowance.fullTimeInSector': { id: 'sickness-fullTimeInSector', kind: 'other' },
  'benefits.kelaPension.exemptFromEarningsTest': { id: 'kela-exempt', kind: 'other' },
  'benefits.earningsRelatedPension.endsOn': { id: 'erp-endsOn', kind: 'date' },
  'benefits.kelaPension.endsOn': { id: 'kela-endsOn', kind: 'date' },
  'tax.wageWithholdingPercent': { id: 'tax-wageWithholdingPercent', kind: 'percent' },
  'tax.benefitWithholdingPercent': { id: 'tax-benefitWithholdingPercent', kind: 'percent' },
  'tax.municipality': { id: 'tax-municipality', kind: 'other' },
  'tax.churchMember': { id: 'tax-churchMember', kind: 'other' },
  'tax.church': { id: 'tax-churchMember', kind: 'other' },
  'person.birthYear': { id: 'person-birthYear', kind: 'year' },
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
  if (kind === 'year') return text;
  if (kind === 'hours') return f.hoursInput(text);
  return f.count(text);
}

/** A date the API names as a limit ("2026-03-31"), in the language's format. */
const dateText = (value: unknown, f: Formatters) => (typeof value === 'string' ? f.date(value) : '');

/** What the request holds at an issue's path: the text as typed where it is not a number ('' if none). */
function typedAt(request: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = request;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '';
}

/** "-5", "− 7,5": a figure typed with a minus sign (the schema only says it is not a number). */
const NEGATIVE = /^\s*[-\u2212\u2013]\s*\d/;

/**
 * Money fields where an amount over a thousand euros is ordinary: a pension, monthly earnings, annual income, an
 * earnings limit. There "1.200" or "1,200" (one separator, then three digits ending in 0) may be 1 200 € written with
 * a thousands point, or 1,20 € with a stray zero: the field says both ways to write it and guesses neither. An
 * hourly wage or a daily allowance cannot be a thousand times as much (500 € and 2 000 € at most), so "13.500"
 * there is just one decimal too many.
 */
const THOUSANDS_FIELDS = new Set([
  'monthlyAmount',
  'guaranteePension',
  'earningsLimit',
  'stabilisedEarnings',
  'annualIncome',
  'entrepreneurAnnualIncome',
  'monthlyEarnings',
]);
/** Both readings possible: 1 200 €, or 1,20 € with a zero too many ("1.205" cannot be euros and cents). */
const THOUSANDS_OR_CENTS = /^(\d{1,3})\.(\d{2})0$/;

function ambiguousThousands(issue: Issue, typed: string, f: Formatters): { whole: string; spaced: string; cents: string } | null {
  const field = String(issue.path.at(-1) ?? '');
  const match = THOUSANDS_OR_CENTS.exec(typed);
  if (!THOUSANDS_FIELDS.has(field) || !match) return null;
  const whole = `${match[1]}${match[2]}0`;
  return { whole, spaced: f.count(whole), cents: f.moneyInput(`${match[1]}.${match[2]}`) };
}

/** An issue in words, in the user's language. Never the schema's English message. `typed` is the field's text. */
export function issueMessage(issue: Issue, kind: FieldKind, e: ErrorMessages, f: Formatters, typed = ''): string {
  const params = issue.params ?? {};
  switch (params.reason) {
    case 'notANumber':
      if (NEGATIVE.test(typed)) return e.negative;
      return kind === 'hours' ? e.notHours : e.notANumber;
    case 'tooManyDecimals': {
      const ambiguous = kind === 'money' ? ambiguousThousands(issue, typed, f) : null;
      return ambiguous ? e.ambiguousThousands(ambiguous) : e.tooManyDecimals({ max: f.count(String(params.max ?? 2)) });
    }
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
      return kind === 'date' ? e.checkDate : e.invalidDate;
    case 'beforeRuleSet':
      return kind === 'date' ? e.startBeforeRuleSet({ min: dateText(params.min, f) }) : e.beforeRuleSet({ min: dateText(params.min, f) });
    case 'afterCalculationMonth':
      return e.afterCalculationMonth({ max: dateText(params.max, f) });
    case 'benefitRequired':
      return e.benefitRequired;
    case 'tooManyPoints':
      return e.tooManyPoints;
    case 'unknownMunicipality':
      return e.unknownMunicipality({ year: String(params.year ?? '') });
  }
  if (kind === 'year') {
    // zod's own bounds (1900–2100) are on the issue itself, not in params.
    const bound = issue as Issue & { minimum?: unknown; maximum?: unknown };
    if (issue.code === 'too_small' && bound.minimum !== undefined) return e.tooSmall({ min: String(bound.minimum) });
    if (issue.code === 'too_big' && bound.maximum !== undefined) return e.tooLarge({ max: String(bound.maximum) });
    return e.notAYear;
  }
  // zod's own codes: a missing required value shows up as an invalid type or union of undefined.
  if (issue.code === 'too_small' && params.minimum !== undefined) return e.tooSmall({ min: limitText(params.minimum, kind, f) });
  if (issue.code === 'too_big' && params.maximum !== undefined) return e.tooLarge({ max: limitText(params.maximum, kind, f) });
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_type') && kind !== 'other') return e.required;
  if (kind === 'date') return e.checkDate;
  return e.generic;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Validation {
  /** The request, when the form is complete and valid. */
  request: CalculationRequestInput | null;
  /**
   * What can be calculated now: the whole request, or, while some options are not valid, the case with the
   * options that are (when the case itself and the first option, the baseline, are valid). Null otherwise.
   */
  usable: CalculationRequestInput | null;
  /** Field id → the first problem with it. */
  errors: Record<string, string>;
  /** Every problem in form order, for the error summary. */
  list: FieldError[];
}

/** Maps issues (from the schema here or from the API's 400 answer) to fields and words. */
export function errorsFrom(issues: readonly Issue[], form: FormState, m: Messages, f: Formatters): Pick<Validation, 'errors' | 'list'> {
  const errors: Record<string, string> = {};
  const list: FieldError[] = [];
  const request = toRequest(form);
  for (const issue of issues) {
    const { id, kind } = fieldOf(issue, form.scenarios);
    if (errors[id]) continue;
    // A question with options (nothing preselected) asks for a choice, whatever the schema said of the missing value.
    const message = CHOICES.has(id) ? m.errors.choose : issueMessage(issue, kind, m.errors, f, typedAt(request, issue.path));
    errors[id] = message;
    list.push({ field: id, message });
  }
  return { errors, list };
}

/** The questions answered by choosing an option (radio buttons) that have no default. */
const CHOICES = new Set(['erp-fixedTerm', 'erp-type', 'kela-fixedTerm']);

/** Fields in the order they appear, for focusing the first error. */
function fieldOrder(form: FormState): string[] {
  return [
    'benefits',
    'erp-fixedTerm',
    'erp-type',
    'erp-monthlyAmount',
    'erp-earningsLimit',
    'erp-stabilisedEarnings',
    'kela-fixedTerm',
    'kela-monthlyAmount',
    'kela-guaranteePension',
    'kela-exempt',
    'sickness-amount',
    'sickness-entrepreneurIncome',
    'sickness-entitlementStartDate',
    'sickness-fullTimeHoursPerWeek',
    'sickness-fullTimeInSector',
    'household',
    'month',
    'tax-wageWithholdingPercent',
    'tax-benefitWithholdingPercent',
    'tax-municipality',
    'tax-churchMember',
    'person-birthYear',
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

/** The label of a field, for the error summary ("Pension per month: This is missing."); `d`: the benefit details' texts. */
export function fieldLabel(id: string, form: FormState, m: Messages, d: DetailMessages): string {
  const fixed: Record<string, string> = {
    benefits: m.situation.benefitsLegend,
    household: m.situation.householdLegend,
    month: m.situation.monthLegend,
    'erp-fixedTerm': d.fields.erpFixedTerm.label,
    'erp-type': d.fields.erpType.label,
    'kela-fixedTerm': d.fields.kelaFixedTerm.label,
    'erp-monthlyAmount': d.fields.erpMonthlyAmount.label,
    'erp-earningsLimit': d.fields.erpEarningsLimit.label,
    'erp-stabilisedEarnings': d.fields.erpStabilisedEarnings.label,
    'kela-monthlyAmount': d.fields.kelaMonthlyAmount.label,
    'kela-guaranteePension': d.fields.kelaGuaranteePension.label,
    'sickness-amount': form.case.sickness.basis === 'daily' ? d.fields.sicknessDailyAmount.label : d.fields.sicknessAnnualIncome.label,
    'sickness-entrepreneurIncome': d.fields.sicknessEntrepreneurIncome.label,
    'sickness-entitlementStartDate': d.fields.sicknessStartDate.label,
    'sickness-fullTimeHoursPerWeek': d.fields.sicknessFullTimeHours.label,
    'sickness-fullTimeInSector': d.fields.sicknessFullTimeInSector.label,
    'kela-exempt': d.fields.kelaExempt.label,
    'erp-endsOn': d.fields.erpEndsOn.label,
    'kela-endsOn': d.fields.kelaEndsOn.label,
    'tax-wageWithholdingPercent': m.fields.taxWage.label,
    'tax-benefitWithholdingPercent': m.fields.taxBenefit.label,
    'tax-municipality': m.fields.municipality.label,
    'tax-churchMember': m.fields.churchMember.label,
    'person-birthYear': m.fields.birthYear.label,
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
