import type { CalculationRequestInput } from '#core/request.ts';
import { type CaseForm, chartWageOf, type FormState, type ScenarioForm, type SicknessForm, type TaxForm } from './form.ts';
import { toDecimal } from './numbers.ts';

/**
 * The form (form.ts) as the API's request, figures as canonical decimals and only what is given. Needed once
 * the form is checked or sent, never for the first paint: it comes with the form's checks (validate.ts).
 */

const given = (typed: string): string | undefined => {
  const value = toDecimal(typed);
  return value === '' ? undefined : value;
};

/** Days already paid, as the schema takes them (a whole number), or as typed for the schema to refuse; undefined when empty. */
function daysOf(typed: string): number | undefined {
  const t = typed.trim();
  if (t === '') return undefined;
  return (/^\d{1,4}$/.test(t) ? Number(t) : t) as number;
}

/**
 * The days already paid: for the timeline (`days` 'asTyped') as typed, so that a wrong one is said on its field (the
 * plan view, where they are asked); for a calculation or a saved case ('valid') only when right: the month calculated
 * counts them too, but a wrong one typed in the plan view does not hold up the comparison, where it cannot be seen.
 */
function daysFields(d: SicknessForm, days: 'asTyped' | 'valid') {
  const out: { daysUsed?: number; partialDaysUsed?: number } = {};
  for (const key of ['daysUsed', 'partialDaysUsed'] as const) {
    const value = daysOf(d[key]);
    if (value === undefined) continue;
    if (days === 'asTyped' || (typeof value === 'number' && value <= 730)) out[key] = value;
  }
  return out;
}

/** The case part of a request (benefits, household, tax, date), as the shared schema takes it. */
export function caseRequest(c: CaseForm, days: 'asTyped' | 'valid' = 'valid'): Omit<CalculationRequestInput, 'scenarios'> {
  const benefits: CalculationRequestInput['benefits'] = {};
  if (c.erp.on) {
    // A choice not made (null) stays null here: the schema refuses it and validate() names the question.
    benefits.earningsRelatedPension = {
      type: c.erp.type as 'full' | 'partial',
      fixedTerm: c.erp.fixedTerm as boolean,
      monthlyAmount: toDecimal(c.erp.monthlyAmount),
      ...(given(c.erp.earningsLimit) !== undefined ? { earningsLimit: given(c.erp.earningsLimit) } : {}),
      ...(given(c.erp.stabilisedEarnings) !== undefined ? { stabilisedEarnings: given(c.erp.stabilisedEarnings) } : {}),
      ...(c.erp.fixedTerm && c.erp.endsOn.trim() !== '' ? { endsOn: c.erp.endsOn.trim() } : {}),
    };
  }
  if (c.kela.on) {
    benefits.kelaPension = {
      fixedTerm: c.kela.fixedTerm as boolean,
      ...(given(c.kela.monthlyAmount) !== undefined ? { monthlyAmount: given(c.kela.monthlyAmount) } : {}),
      ...(given(c.kela.guaranteePension) !== undefined ? { guaranteePension: given(c.kela.guaranteePension) } : {}),
      ...(c.kela.receivesCareAllowance ? { receivesCareAllowance: true } : {}),
      ...(c.kela.receivesCareAllowance && c.kela.careAllowanceLevel !== '' ? { careAllowanceLevel: c.kela.careAllowanceLevel } : {}),
      ...(c.kela.exemptFromEarningsTest ? { exemptFromEarningsTest: true } : {}),
      ...(c.kela.fixedTerm && c.kela.endsOn.trim() !== '' ? { endsOn: c.kela.endsOn.trim() } : {}),
    };
  }
  if (c.sickness.on) {
    const d = c.sickness;
    const amount =
      d.basis === 'daily'
        ? { dailyAmount: given(d.dailyAmount) }
        : { annualIncome: given(d.annualIncome), entrepreneurAnnualIncome: given(d.entrepreneurIncome) };
    const fullTime = given(d.fullTimeHoursPerWeek);
    benefits.sicknessAllowance = {
      ...Object.fromEntries(Object.entries(amount).filter(([, v]) => v !== undefined)),
      ...(d.entitlementStartDate.trim() !== '' ? { entitlementStartDate: d.entitlementStartDate.trim() } : {}),
      ...(fullTime !== undefined ? { fullTimeHoursPerWeek: fullTime } : {}),
      ...(fullTime !== undefined && d.fullTimeInSector ? { fullTimeInSector: true } : {}),
      ...daysFields(d, days),
    };
  }
  const tax = taxRequest(c.tax);
  const birthYear = c.birthYear.trim();
  return {
    date: `${c.month}-01`,
    benefits,
    ...(c.household !== '' ? { household: { livingWithPartner: c.household === 'partner' } } : {}),
    ...(Object.keys(tax).length > 0 ? { tax } : {}),
    // A year that is not a whole number goes as typed: the schema names the field ("must be a year such as 1985").
    ...(birthYear !== '' ? { person: { birthYear: /^\d+$/.test(birthYear) ? Number(birthYear) : (birthYear as unknown as number) } } : {}),
  };
}

/** The tax part of a request: only what is given (church membership only when it is, with its church). */
function taxRequest(t: TaxForm): NonNullable<CalculationRequestInput['tax']> {
  const wage = given(t.wageWithholdingPercent);
  const benefit = given(t.benefitWithholdingPercent);
  const municipality = t.municipality.trim();
  return {
    ...(wage !== undefined ? { wageWithholdingPercent: wage } : {}),
    ...(benefit !== undefined ? { benefitWithholdingPercent: benefit } : {}),
    ...(municipality !== '' ? { municipality } : {}),
    ...(t.churchMember ? { churchMember: true, church: t.church } : {}),
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

/** The chart's request: the case, across the hours at the chart's wage (`wage` when given, else chartWageOf). */
export function toSweepRequest(form: FormState, wage: string = chartWageOf(form)) {
  const days = form.scenarios.find((s) => s.workDaysPerWeek !== '')?.workDaysPerWeek;
  return {
    ...caseRequest(form.case),
    sweep: { hourlyWage: toDecimal(wage), ...(days ? { workDaysPerWeek: Number(days) } : {}) },
  };
}
