import { describe, expect, it } from 'vitest';
import { CaseInputError } from '../../functions/core/case-issues.ts';
import { cents, dec, money } from '../../functions/core/money.ts';
import { annualTax } from '../../functions/core/tax/annual-tax.ts';
import { monthsOf, ruleSet, run, runTimeline } from '../helpers.ts';
import { income } from './tax-support.ts';

/** A full earnings-related pension of 1 200 € (limit 40 % of 3 000 € = 1 200 €) in Tampere, no church. */
const pension = {
  earningsRelatedPension: { type: 'full' as const, fixedTerm: false, monthlyAmount: '1200.00', stabilisedEarnings: '3000' },
};
const tampere = { municipality: 'Tampere' };

/** The tax engine's own figure: the year's tax and the employee contributions on the year's income. */
function reference(year: number, parts: Parameters<typeof income>[0]) {
  const r = annualTax(ruleSet, { year, income: income(parts), residence: { municipality: 'Tampere', church: 'none' } });
  return { tax: r.totalTax, contributions: r.employeeContributions.pension.plus(r.employeeContributions.unemploymentInsurance) };
}

describe('the year’s net from the tax engine (a municipality given)', () => {
  it('a whole calendar year in the plan is taxed on the year’s own income, and the months add up to it to the cent', () => {
    const r = runTimeline({ start: '2026-01', benefits: pension, tax: tampere, months: monthsOf(12, '500.00') });
    const year = r.years[0]!;
    const ref = reference(2026, { wages: 6000, earningsRelatedPension: 14400 });
    expect(year).toMatchObject({ year: 2026, months: 12, earnings: '6000.00', grossIncome: '20400.00' });
    expect(year.net).toEqual({
      method: 'taxEstimate',
      deductions: money(cents(ref.tax).plus(cents(ref.contributions))),
      tax: money(cents(ref.tax)),
      employeeContributions: money(cents(ref.contributions)),
    });
    expect(year.netIncome).toBe(money(dec('20400').minus(cents(ref.tax)).minus(cents(ref.contributions))));
    const sum = r.months.reduce((a, m) => a.plus(dec(m.netIncome!)), dec(0));
    expect(money(sum)).toBe(year.netIncome);
    expect(r.totals).toEqual({ grossIncome: '20400.00', netIncome: year.netIncome });
    expect(year.explanations[0]).toMatchObject({ code: 'yearNetEstimate', params: { year: '2026', months: 12, fullYear: true } });
  });

  it('four summer months of work: the year is taxed on its real income, not as if every month were a summer month', () => {
    const months = [...monthsOf(4, '0'), ...monthsOf(4, '2500.00'), ...monthsOf(4, '0')];
    const r = runTimeline({ start: '2026-01', benefits: pension, tax: tampere, months });
    const year = r.years[0]!;
    // 10 000 € of pay in the year; the pension rests in the four months over 1 800 € (60 %), paid in the other eight.
    const ref = reference(2026, { wages: 10000, earningsRelatedPension: 8 * 1200 });
    expect(year.net?.tax).toBe(money(cents(ref.tax)));
    // A summer month carries more of the year's tax than a month on the pension alone, but far less than a
    // single-month calculation (twelve summer months a year) would put on it.
    const summer = dec(r.months[4]!.grossIncome).minus(dec(r.months[4]!.netIncome!));
    const single = reference(2026, { wages: 12 * 2500 });
    expect(summer.lt(single.tax.plus(single.contributions).div(12))).toBe(true);
  });

  it('a plan that covers part of a year: the average month of the plan stands for the whole year, and its share is taken', () => {
    const r = runTimeline({ start: '2025-11', benefits: pension, tax: tampere, months: monthsOf(4, '500.00') });
    expect(r.years.map((y) => [y.year, y.months])).toEqual([
      [2025, 2],
      [2026, 2],
    ]);
    const ref = reference(2025, { wages: 6000, earningsRelatedPension: 14400 });
    expect(r.years[0]!.net?.tax).toBe(money(cents(ref.tax.mul(2).div(12))));
    expect(r.years[0]!.explanations[0]).toMatchObject({ code: 'yearNetEstimate', params: { months: 2, fullYear: false } });
  });

  it('the disability allowance is tax-free: it adds to the net in full', () => {
    const benefits = { kelaPension: { fixedTerm: false, receivesCareAllowance: true } };
    const r = runTimeline({
      household: { livingWithPartner: false },
      benefits,
      tax: tampere,
      start: '2026-01',
      months: monthsOf(3, '1200.00'),
    });
    const month = r.months[0]!;
    expect(month.benefits.find((b) => b.benefit === 'disabilityAllowance')?.monthlyAmount).toBe('499.93');
    // The month's taxes and contributions fall on pay alone (the national pension rests): net = gross − its share.
    const deducted = dec(month.grossIncome).minus(dec(month.netIncome!));
    expect(deducted.lte(dec('1200'))).toBe(true);
    expect(dec(month.netIncome!).gt(dec('499.93'))).toBe(true);
  });

  it('an unknown municipality is a 400 on tax.municipality with the closest names', () => {
    try {
      runTimeline({ start: '2026-01', benefits: pension, tax: { municipality: 'Tampre' }, months: monthsOf(1, '0') });
      expect.unreachable('an unknown municipality must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(CaseInputError);
      const { issue } = error as CaseInputError;
      expect(issue.path).toEqual(['tax', 'municipality']);
      expect(issue.params.reason).toBe('unknownMunicipality');
      expect(issue.params.suggestions).toContain('Tampere');
    }
  });
});

describe('gross only, with the reason, when the net cannot be estimated', () => {
  it('without a municipality', () => {
    const r = runTimeline({ start: '2026-01', benefits: pension, months: monthsOf(2, '500.00') });
    expect(r.months.map((m) => m.netIncome)).toEqual([null, null]);
    expect(r.years[0]).toMatchObject({ netIncome: null, net: null, explanations: [{ code: 'yearNetNeedsMunicipality' }] });
    expect(r.totals).toEqual({ grossIncome: '3400.00', netIncome: null });
  });

  it('in 2023 and 2024, before the municipal rates; 2025 is estimated', () => {
    const r = runTimeline({ start: '2023-12', benefits: pension, tax: tampere, months: monthsOf(14, '0') });
    expect(r.years.map((y) => y.explanations[0]?.code)).toEqual(['yearNetNoTaxRules', 'yearNetNoTaxRules', 'yearNetEstimate']);
    expect(r.years[0]!.explanations[0]!.params).toEqual({ year: '2023', availableFrom: '2025-01-01' });
    expect(r.years[1]!.explanations[0]!.params).toEqual({ year: '2024', availableFrom: '2025-01-01' });
    expect(r.months[0]!.netIncome).toBeNull();
    expect(r.months[13]!.netIncome).not.toBeNull();
    expect(r.totals.netIncome).toBeNull();
  });

  it('in Åland, whose taxation the calculator does not estimate', () => {
    const r = runTimeline({ start: '2026-01', benefits: pension, tax: { municipality: 'Jomala' }, months: monthsOf(1, '0') });
    expect(r.years[0]!.explanations.map((e) => e.code)).toEqual(['yearNetNotForAland']);
    expect(r.months[0]!.netIncome).toBeNull();
  });
});

describe('withholding percentages given override the estimate, as in the calculation', () => {
  it('each month’s net is the single-month calculation’s net, and the year’s net their sum', () => {
    const tax = { wageWithholdingPercent: '20', benefitWithholdingPercent: '25', municipality: 'Tampere' };
    const r = runTimeline({ start: '2026-03', benefits: pension, tax, months: monthsOf(2, '500.00') });
    const single = run({ date: '2026-03-01', benefits: pension, tax, scenarios: [{ id: 'x', monthlyEarnings: '500.00' }] });
    expect(r.months[0]!.netIncome).toBe(single.scenarios[0]!.totals.netIncome);
    expect(r.years[0]!.net).toEqual({
      method: 'withholding',
      deductions: money(dec('3400').minus(dec(r.years[0]!.netIncome!))),
      tax: null,
      employeeContributions: null,
    });
    expect(r.years[0]!.explanations.map((e) => e.code)).toEqual(['yearNetFromWithholding']);
  });
});
