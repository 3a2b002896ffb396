import { describe, expect, it } from 'vitest';
import { money } from '../../functions/core/money.ts';
import { taxOf, total } from './tax-support.ts';

/**
 * Mixed income, which is what the calculator's clients have: a pension or a benefit and some wages. No official
 * example with mixed income was found; these are checked against an independent implementation (a Python sketch
 * of the same rules, rules/research/tax-research-2.md § D) and, for 2024, against the deductions the Finnish
 * Taxpayers' Association published (secondary, to the euro). The medical care contribution's split between the
 * rate on wages and the higher rate on pensions and benefits follows a secondary model (increase on the part of
 * taxable income above the wages); the Tax Administration's own wording for mixed income was not found.
 */

describe('a pension with wages (Helsinki, Evangelical Lutheran)', () => {
  it('2026: a 1 200 €/month disability pension and 800 €/month wages pay 1 550.21 € of tax a year', () => {
    const r = taxOf(2026, { earningsRelatedPension: 14400, wages: 9600 });
    expect(money(r.netEarnedIncome)).toBe('23250.00'); // 9 600 − 750 + 14 400
    expect(money(r.deductions.pensionIncome)).toBe('5108.80'); // 11 080 − 51 % × (22 500 − 11 080) − 19.6 % × (23 250 − 22 500)
    expect(money(r.deductions.employeePension)).toBe('700.80'); // 7.30 % of 9 600, withheld besides the tax
    expect(money(r.deductions.dailyAllowance)).toBe('0.00'); // wages below 17 255 €
    expect(money(r.deductions.basic)).toBe('1908.81');
    expect(money(r.taxableIncome)).toBe('15446.15');
    expect(money(r.taxes.medicalCare)).toBe('192.71'); // 1.10 % × 15 446.15 + 0.39 % × (15 446.15 − 9 600)
    expect(money(r.credit.workIncome)).toBe('1728.00'); // 18 % of the wages only
    expect(money(r.taxes.yle)).toBe('160.00');
    expect(total(r)).toBe('1550.21');
  });

  it('2025: the same incomes pay 1 608.68 €', () => {
    expect(total(taxOf(2025, { earningsRelatedPension: 14400, wages: 9600 }))).toBe('1608.68');
  });

  it('2026: a guarantee-level Kela pension and 500 €/month wages: the credit covers all but 48.30 € (YLE tax)', () => {
    const r = taxOf(2026, { kelaPension: 11832, wages: 6000 });
    expect(money(r.deductions.pensionIncome)).toBe('8018.98');
    expect(money(r.credit.workIncome)).toBe('1080.00');
    expect(money(r.credit.applied.unused)).toBe('61.60'); // more credit than tax: the rest is lost
    expect(total(r)).toBe('48.30');
  });
});

describe('a benefit with wages', () => {
  it.each([
    [2026, '1537.35'],
    [2025, '1579.35'],
  ])('%i: 9 000 € of partial sickness allowance and 12 000 € of wages pay %s €', (year, tax) => {
    const r = taxOf(year, { benefits: 9000, wages: 12000 });
    expect(money(r.deductions.pensionIncome)).toBe('0.00'); // a benefit is not a pension
    expect(money(r.credit.workIncome)).toBe('2160.00'); // 18 % of wages; the benefit earns no credit
    expect(total(r)).toBe(tax);
  });
});

describe('2024 deductions as the Taxpayers’ Association shows them (taloustaito.fi, secondary, whole euros)', () => {
  // https://taloustaito.fi/blogit/janne-kalluinen/miten-valtion-tuloveroasteikko-toimii--ja-miten-ei
  it('25 000 € of wages: cost 750, pension contribution 1 788, daily allowance 253, unemployment 198, basic deduction 1 294', () => {
    const d = taxOf(2024, { wages: 25000 }).deductions;
    expect(
      [d.costOfEarning, d.employeePension, d.dailyAllowance, d.unemploymentInsurance, d.basic].map((x) => x.round().toString()),
    ).toEqual(['750', '1788', '253', '198', '1294']);
  });

  it('25 000 € of pension: basic deduction 1 031', () => {
    expect(taxOf(2024, { earningsRelatedPension: 25000 }).deductions.basic.round().toString()).toBe('1031');
  });

  it('12 500 € of wages and 12 500 € of pension: basic deduction 1 925', () => {
    const d = taxOf(2024, { wages: 12500, earningsRelatedPension: 12500 }).deductions;
    expect(money(d.earnedIncomeAllowance)).toBe('3108.75'); // 3 570 − 4.5 % × (24 250 − 14 000)
    expect(money(d.pensionIncome)).toBe('4751.70'); // 10 920 − 51 % × 11 580 − 15 % × 1 750
    expect(d.basic.round().toString()).toBe('1925');
  });
});

describe('age: the contributions and credits that depend on it (by the age reached during the year)', () => {
  it('2025: 53–62-year-olds pay the higher pension contribution of 8.65 %; 2026 has one rate for all', () => {
    expect(money(taxOf(2025, { wages: 20000 }, { birthYear: 1972 }).deductions.employeePension)).toBe('1730.00'); // 53
    expect(money(taxOf(2025, { wages: 20000 }, { birthYear: 1962 }).deductions.employeePension)).toBe('1430.00'); // 63: the basic rate (the band is 53–62 by the age reached in the year)
    expect(money(taxOf(2025, { wages: 20000 }, { birthYear: 1973 }).deductions.employeePension)).toBe('1430.00');
    expect(money(taxOf(2026, { wages: 20000 }, { birthYear: 1970 }).deductions.employeePension)).toBe('1460.00');
  });

  it('2026: no unemployment insurance contribution from 65, none under 18; no pension contribution under 17', () => {
    const at = (birthYear: number) => taxOf(2026, { wages: 20000 }, { birthYear }).deductions;
    expect(money(at(1962).unemploymentInsurance)).toBe('178.00'); // 64 in 2026
    expect(money(at(1961).unemploymentInsurance)).toBe('0.00'); // 65
    expect(money(at(2008).unemploymentInsurance)).toBe('178.00'); // 18
    expect(money(at(2009).unemploymentInsurance)).toBe('0.00'); // 17
    expect(money(at(2009).employeePension)).toBe('1460.00'); // 17
    expect(money(at(2010).employeePension)).toBe('0.00'); // 16
  });

  it('2026: the work income credit is 1 200 € larger for someone who turned 65 before the year began', () => {
    const credit = (birthYear: number) => taxOf(2026, { wages: 30000 }, { birthYear }).credit.workIncome;
    expect(money(credit(1961))).toBe('3430.00'); // turns 65 during 2026
    expect(money(credit(1960))).toBe('4630.00'); // turned 65 in 2025
  });

  it('2026: past 68 no daily allowance contribution, and the medical care contribution is the higher one on wages too', () => {
    const young = taxOf(2026, { wages: 30000 }, { birthYear: 1958 }); // 68
    const old = taxOf(2026, { wages: 30000 }, { birthYear: 1957 }); // 69
    expect(money(young.deductions.dailyAllowance)).toBe('264.00');
    expect(money(old.deductions.dailyAllowance)).toBe('0.00');
    expect(money(old.deductions.employeePension)).toBe('0.00');
    expect(money(old.taxes.medicalCare)).toBe(money(old.taxableIncome.mul('1.49').div(100).toDecimalPlaces(2)));
  });

  it('no YLE tax under 18', () => {
    expect(money(taxOf(2026, { wages: 30000 }, { birthYear: 2009 }).taxes.yle)).toBe('0.00');
    expect(money(taxOf(2026, { wages: 30000 }, { birthYear: 2008 }).taxes.yle)).toBe('160.00');
  });
});
