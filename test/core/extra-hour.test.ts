import { describe, expect, it } from 'vitest';
import { type CalculationRequestInput, SweepRequest, sweep } from '../../functions/core/index.ts';
import { ruleSet, run } from '../helpers.ts';

/**
 * "Is the extra hour worth it" (functions/core/extra-hours.ts), at the places where it is not: the daily allowance
 * contribution, charged on all wages once the year's wages reach 17 255 € (2026, SVL 18:15 and 18:23), and an
 * earnings-related pension's limit. The person: a Kela pension without an earnings test (KEL 12 § 4), 300 € a
 * month, so the pension does not change with the hours and only the tax does; Helsinki, a church member.
 */

const EXEMPT_KELA = {
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: { kelaPension: { fixedTerm: false, exemptFromEarningsTest: true, monthlyAmount: '300' } },
  tax: { municipality: 'Helsinki', churchMember: true },
} as const;

type Request = CalculationRequestInput & { date: string };
const swept = (request: Omit<Request, 'scenarios'>, range: Record<string, string>) =>
  sweep(ruleSet, { ...SweepRequest.parse({ ...request, sweep: range }), date: request.date });

describe('the daily allowance contribution threshold, 17 255 € of wages a year (2026)', () => {
  it('1 437.91 €/month (17 254.92 €/year) pays none; one cent more, 1 437.92 € (17 255.04 €), pays 151.84 € on all wages', () => {
    const result = run({
      ...EXEMPT_KELA,
      scenarios: [
        { id: 'below', monthlyEarnings: '1437.91' },
        { id: 'over', monthlyEarnings: '1437.92' },
      ],
    });
    const [below, over] = result.scenarios;
    expect(below!.tax!.annualIncome.wages).toBe('17254.92');
    expect(below!.tax!.annualTaxes.dailyAllowance).toBe('0.00');
    expect(over!.tax!.annualIncome.wages).toBe('17255.04');
    expect(over!.tax!.annualTaxes.dailyAllowance).toBe('151.84'); // 0.88 % of 17 255.04
    // One cent more pay, 12.64 € less in the pocket a month.
    expect([below!.totals.netIncome, over!.totals.netIncome]).toEqual(['1609.82', '1597.18']);
    expect(over!.totals.netChangeFromFirst).toBe('-12.64');
  });

  it('an extra hour that crosses it keeps 45.18 € of 65 €; the hours before and after keep 58.05 € and 57.48 €', () => {
    const result = run({
      ...EXEMPT_KELA,
      scenarios: [
        { id: 'h20_5', hoursPerWeek: '20.5', hourlyWage: '15' },
        { id: 'h21_5', hoursPerWeek: '21.5', hourlyWage: '15' },
        { id: 'h22_5', hoursPerWeek: '22.5', hourlyWage: '15' },
      ],
    });
    const [before, crossing, after] = result.scenarios;
    expect(crossing!.tax!.annualTaxes.dailyAllowance).toBe('0.00'); // 1 397.50 €/month
    expect(after!.tax!.annualTaxes.dailyAllowance).toBe('154.44'); // 1 462.50 €/month: 0.88 % of 17 550 €
    expect(crossing!.extraHour).toEqual({
      hoursPerWeek: '22.5',
      earningsChange: '65.00', // 15 € × 52 ÷ 12
      grossIncomeChange: '65.00',
      netIncomeChange: '45.18', // = 1 618.91 − 1 573.73
      netPerHour: '10.43', // 45.18 ÷ (52 ÷ 12)
      keptPercent: '69.5',
    });
    expect(Number(after!.totals.netIncome) - Number(crossing!.totals.netIncome)).toBeCloseTo(45.18, 2);
    expect([before!.extraHour!.netIncomeChange, after!.extraHour!.netIncomeChange]).toEqual(['58.05', '57.48']);
  });

  it('the chart marks the fall: at 15 €/h, from 22.1 h (1 436.50 €) to 22.2 h (1 443.00 €) net falls by 6.89 €', () => {
    const result = swept(EXEMPT_KELA, { hourlyWage: '15', fromHours: '22', toHours: '22.3', stepHours: '0.1' });
    expect(result.netMethod).toBe('taxRules');
    expect(result.points.map((p) => [p.hoursPerWeek, p.monthlyEarnings, p.netIncome])).toEqual([
      ['22', '1430.00', '1602.76'],
      ['22.1', '1436.50', '1608.56'],
      ['22.2', '1443.00', '1601.67'],
      ['22.3', '1449.50', '1607.42'],
    ]);
    expect(result.netFalls).toEqual([
      {
        fromHours: '22.1',
        toHours: '22.2',
        netIncomeFrom: '1608.56',
        netIncomeTo: '1601.67',
        earningsFrom: '1436.50',
        earningsTo: '1443.00',
      },
    ]);
    expect(result.littleGains).toEqual([]);
    expect(result.explanations).toEqual([
      { code: 'netFallsWithMoreHours', severity: 'warning', params: { fromHours: '22.1', toHours: '22.2', netLoss: '6.89' } },
    ]);
  });
});

describe('the extra hour at a pension’s earnings limit, and where there is nothing to say', () => {
  const pension = {
    date: '2026-03-01',
    benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200', stabilisedEarnings: '3000' } },
    tax: { municipality: 'Tampere' },
  } as const;

  it('from 18 h to 19 h at 15 €/h the pay (1 235 €) passes the limit of 1 200 €: 65 € more pay, 369.50 € less in the pocket', () => {
    const s = run({ ...pension, scenarios: [{ id: 'h18', hoursPerWeek: '18', hourlyWage: '15' }] }).scenarios[0]!;
    expect(s.extraHour).toMatchObject({
      hoursPerWeek: '19',
      earningsChange: '65.00',
      grossIncomeChange: '-535.00',
      netIncomeChange: '-369.50',
    });
    expect(s.explanations.at(-1)).toEqual({
      code: 'extraHourPaysNothing',
      severity: 'warning',
      params: { hoursPerWeek: '18', nextHoursPerWeek: '19', earningsChange: '65.00', netChange: '-369.50' },
    });
  });

  it('the chart shows the same fall, from 18 h to 18.5 h', () => {
    const result = swept(pension, { hourlyWage: '15', fromHours: '17', toHours: '20', stepHours: '0.5' });
    expect(result.netFalls.map((r) => [r.fromHours, r.toHours])).toEqual([['18', '18.5']]);
    expect(result.explanations.map((e) => e.code)).toEqual(['netFallsWithMoreHours']);
  });

  it('a scenario given as monthly earnings has no extra hour; without a net figure only the gross change is given', () => {
    expect(run({ ...pension, scenarios: [{ id: 'm', monthlyEarnings: '500' }] }).scenarios[0]!.extraHour).toBeNull();
    const { tax: _tax, ...noTax } = pension;
    expect(run({ ...noTax, scenarios: [{ id: 'h10', hoursPerWeek: '10', hourlyWage: '15' }] }).scenarios[0]!.extraHour).toEqual({
      hoursPerWeek: '11',
      earningsChange: '65.00',
      grossIncomeChange: '65.00',
      netIncomeChange: null,
      netPerHour: null,
      keptPercent: null,
    });
  });

  it('with 70 % withheld (typed), an extra hour keeps 14.18 € of 65 € (21.8 %): it pays little, and the chart says where', () => {
    const typed = {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' } },
      tax: { wageWithholdingPercent: '70', benefitWithholdingPercent: '10' },
    } as const;
    const s = run({ ...typed, scenarios: [{ id: 'h10', hoursPerWeek: '10', hourlyWage: '15' }] }).scenarios[0]!;
    // 65 × (100 − 70 − 7.30 − 0.89) %
    expect(s.extraHour).toMatchObject({ netIncomeChange: '14.18', keptPercent: '21.8' });
    expect(s.explanations.at(-1)).toMatchObject({ code: 'extraHourPaysLittle', params: { keptPercent: '22', netChange: '14.18' } });
    const chart = swept(typed, { hourlyWage: '15', fromHours: '0', toHours: '10', stepHours: '1' });
    expect(chart.netMethod).toBe('withholdingPercentages');
    expect(chart.littleGains.map((r) => [r.fromHours, r.toHours])).toEqual([['0', '10']]);
    expect(chart.explanations).toEqual([
      { code: 'moreHoursPayLittle', severity: 'info', params: { fromHours: '0', toHours: '10', keptPercent: '22' } },
    ]);
  });

  it('a chart without a net line says why (no municipality, no percentages)', () => {
    const { tax: _tax, ...noTax } = pension;
    const result = swept(noTax, { hourlyWage: '15', toHours: '5' });
    expect(result.netMethod).toBeNull();
    expect(result.points.every((p) => p.netIncome === null)).toBe(true);
    expect(result.netFalls).toEqual([]);
    expect(result.explanations.map((e) => e.code)).toEqual(['taxNotEstimatedNoMunicipality']);
  });
});
