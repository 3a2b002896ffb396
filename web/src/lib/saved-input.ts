import { CalculationRequest } from '#core/request.ts';
import { currentMonth, emptyCase, type FormState, type ScenarioForm } from './form.ts';
import { toRequest } from './form-request.ts';
import { planFromSaved, savedPlanOf } from './plan.ts';

/**
 * A saved case's input is the calculation request exactly as the engine reads it (money as decimal
 * strings, the date always there). These turn it back into the form, and give a form a key that says
 * whether it still holds what was saved ("saved" / "unsaved changes").
 */

/** The form for a saved input, figures in the engine's form ("1200.00"; reformat() shows them in the language's way). Null when it does not fit the schema. */
export function formFromInput(input: unknown, plan: unknown = null): FormState | null {
  const parsed = CalculationRequest.safeParse(input);
  if (!parsed.success) return null;
  const r = parsed.data;
  const c = emptyCase(r.date ? r.date.slice(0, 7) : currentMonth());
  const erp = r.benefits.earningsRelatedPension;
  if (erp) {
    c.erp = {
      on: true,
      fixedTerm: erp.fixedTerm,
      type: erp.type,
      monthlyAmount: erp.monthlyAmount,
      earningsLimit: erp.earningsLimit ?? '',
      stabilisedEarnings: erp.stabilisedEarnings ?? '',
      endsOn: erp.endsOn ?? '',
    };
  }
  const kela = r.benefits.kelaPension;
  if (kela) {
    c.kela = {
      on: true,
      fixedTerm: kela.fixedTerm,
      monthlyAmount: kela.monthlyAmount ?? '',
      guaranteePension: kela.guaranteePension ?? '',
      receivesCareAllowance: kela.receivesCareAllowance === true || kela.careAllowanceLevel !== undefined,
      careAllowanceLevel: kela.careAllowanceLevel ?? '',
      exemptFromEarningsTest: kela.exemptFromEarningsTest === true,
      endsOn: kela.endsOn ?? '',
    };
  }
  const sickness = r.benefits.sicknessAllowance;
  if (sickness) {
    c.sickness = {
      on: true,
      basis: sickness.dailyAmount !== undefined ? 'daily' : 'annual',
      dailyAmount: sickness.dailyAmount ?? '',
      annualIncome: sickness.annualIncome ?? '',
      entrepreneurIncome: sickness.entrepreneurAnnualIncome ?? '',
      entitlementStartDate: sickness.entitlementStartDate ?? '',
      fullTimeHoursPerWeek: sickness.fullTimeHoursPerWeek ?? '',
      fullTimeInSector: sickness.fullTimeInSector === true,
      daysUsed: sickness.daysUsed === undefined ? '' : String(sickness.daysUsed),
      partialDaysUsed: sickness.partialDaysUsed === undefined ? '' : String(sickness.partialDaysUsed),
    };
  }
  if (r.household) c.household = r.household.livingWithPartner ? 'partner' : 'single';
  if (r.tax)
    c.tax = {
      wageWithholdingPercent: r.tax.wageWithholdingPercent ?? '',
      benefitWithholdingPercent: r.tax.benefitWithholdingPercent ?? '',
      municipality: r.tax.municipality ?? '',
      churchMember: r.tax.churchMember === true,
      church: r.tax.church ?? 'lutheran',
    };
  if (r.person?.birthYear !== undefined) c.birthYear = String(r.person.birthYear);
  const scenarios: ScenarioForm[] = r.scenarios.map((s) => ({
    id: s.id,
    label: s.label ?? '',
    mode: s.monthlyEarnings !== undefined ? 'monthly' : 'hours',
    hoursPerWeek: s.hoursPerWeek ?? '',
    hourlyWage: s.hourlyWage ?? '',
    monthlyEarnings: s.monthlyEarnings ?? '',
    workDaysPerWeek: s.workDaysPerWeek !== undefined ? String(s.workDaysPerWeek) : '',
  }));
  const saved = planFromSaved(plan);
  return { case: c, scenarios, chartWage: '', ...(saved ? { plan: saved } : {}) };
}

const DECIMAL = /^\d+\.\d+$/;
const TEXT_KEYS = new Set(['id', 'label', 'date', 'start']);

/**
 * What the form would save, as a key: equal keys, same saved input. Figures count by value, whatever their
 * format ("1200", "1 200,00" and "1,200.00" are one figure), so leaving a field or switching the language
 * is not a change.
 */
export function formKey(form: FormState): string {
  const saved = { ...toRequest(form), ...(form.plan ? { plan: savedPlanOf(form.plan) } : {}) };
  return JSON.stringify(saved, (key, value: unknown) =>
    typeof value === 'string' && !TEXT_KEYS.has(key) && DECIMAL.test(value) ? value.replace(/0+$/, '').replace(/\.$/, '') : value,
  );
}
