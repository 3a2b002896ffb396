import { describe, expect, it } from 'vitest';
import { money } from '../../functions/core/money.ts';
import { taxOf, total } from './tax-support.ts';

/**
 * The thresholds the Tax Administration and ETK publish, each at the limit and one euro (or cent) over.
 * ETK, "Ajankohtaista eläkkeestä ja verotuksesta": "ei maksa veroa alle 13 556 euron vuosieläkkeestä" (2024),
 * "alle 13 756 euron" (2025); "Eläketulovähennys ulottuu 55 927 euron vuosituloihin" (2024); vero.fi 2025: "you
 * can get the pension income deduction if your net taxable earned income is no more than €48,930".
 */

describe('a pension alone is taxed from the limit ETK publishes', () => {
  it.each([
    [2024, 13555, 13556],
    [2025, 13755, 13756],
  ])('%i: no taxable income at %i €, taxable income at %i €', (year, below, at) => {
    expect(money(taxOf(year, { earningsRelatedPension: below }).taxableIncome)).toBe('0.00');
    expect(taxOf(year, { earningsRelatedPension: at }).taxableIncome.isPositive()).toBe(true);
  });

  it('2025: 13 755 € of pension pays nothing; 13 756 € pays the state tax of 1.49 € of taxable income', () => {
    expect(total(taxOf(2025, { earningsRelatedPension: 13755 }))).toBe('0.00');
    const at = taxOf(2025, { earningsRelatedPension: 13756 });
    expect(money(at.taxableIncome)).toBe('1.49');
    expect(money(at.taxes.state)).toBe('0.19');
  });
});

describe('the pension income deduction', () => {
  it.each([
    [2024, '10920.00'],
    [2025, '11030.00'],
    [2026, '11080.00'],
  ])('%i: full deduction %s € (1.173 × 12 × the full national pension, rounded up to ten euros)', (year, full) => {
    expect(money(taxOf(year, { earningsRelatedPension: 5000 }).deductions.pensionIncome)).toBe('5000.00');
    expect(money(taxOf(year, { earningsRelatedPension: full }).deductions.pensionIncome)).toBe(full);
  });

  it.each([
    [2024, 55927, '0.15', 55928],
    [2025, 48930, '0.02', 48931],
  ])('%i: at %i € of pension %s € of it is left, at %i € nothing', (year, last, left, first) => {
    expect(money(taxOf(year, { earningsRelatedPension: last }).deductions.pensionIncome)).toBe(left);
    expect(money(taxOf(year, { earningsRelatedPension: first }).deductions.pensionIncome)).toBe('0.00');
  });
});

describe('the basic deduction', () => {
  it.each([
    [2024, 3980, 26091, 26092],
    [2025, 4115, 26976, 26977],
  ])('%i: the whole %i € of benefit is deducted; the deduction runs out between %i and %i €', (year, maximum, lastWith, firstWithout) => {
    expect(total(taxOf(year, { benefits: maximum }))).toBe('0.00');
    expect(taxOf(year, { benefits: maximum + 1 }).taxableIncome.isPositive()).toBe(true);
    expect(taxOf(year, { benefits: lastWith }).deductions.basic.isPositive()).toBe(true);
    expect(money(taxOf(year, { benefits: firstWithout }).deductions.basic)).toBe('0.00');
  });
});

describe('the daily allowance contribution: nothing below the threshold, then on all the wages', () => {
  it.each([
    [2025, '16861.99', '0.00', '16862', '141.64'],
    [2026, '17254.99', '0.00', '17255', '151.84'],
  ])('%i: %s € → %s €; %s € → %s €', (year, below, none, at, charged) => {
    expect(money(taxOf(year, { wages: below }).deductions.dailyAllowance)).toBe(none);
    expect(money(taxOf(year, { wages: at }).deductions.dailyAllowance)).toBe(charged);
  });
});

describe('YLE tax: 2.5 % of net earned income above the threshold, at most the maximum', () => {
  it.each([
    [2024, '14000', '0.00', '14000.40', '0.01', '163.00'],
    [2025, '15150', '0.00', '15150.40', '0.01', '160.00'],
    [2026, '15150', '0.00', '15150.40', '0.01', '160.00'],
  ])('%i: a %s € benefit pays %s €, %s € pays %s €; the most is %s €', (year, at, none, over, one, most) => {
    expect(money(taxOf(year, { benefits: at }).taxes.yle)).toBe(none);
    expect(money(taxOf(year, { benefits: over }).taxes.yle)).toBe(one);
    expect(money(taxOf(year, { benefits: 90000 }).taxes.yle)).toBe(most);
  });

  it('is counted on wages after the 750 € deduction: 15 900 € of wages is 15 150 € of net income (2026)', () => {
    expect(money(taxOf(2026, { wages: 15900 }).taxes.yle)).toBe('0.00');
    expect(money(taxOf(2026, { wages: 16900 }).taxes.yle)).toBe('25.00');
  });
});

describe('the additional tax on pensions', () => {
  it.each([
    [2025, '47000', '0.00', '49000', '117.00'],
    [2026, '60000', '0.00', '60100', '5.85'],
  ])('%i: %s € of pension pays %s €, %s € (no deduction left) pays %s €', (year, at, none, over, tax) => {
    expect(money(taxOf(year, { earningsRelatedPension: at }).taxes.pensionAdditional)).toBe(none);
    expect(money(taxOf(year, { earningsRelatedPension: over }).taxes.pensionAdditional)).toBe(tax);
  });
});
