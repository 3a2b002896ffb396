import { describe, expect, it } from 'vitest';
import { CaseInputError } from '../../functions/core/case-issues.ts';
import { CalculationRequest, type CalculationRequestInput, calculate, RuleDateError } from '../../functions/core/index.ts';
import { codes, outcomeOf, ruleSet, run } from '../helpers.ts';

type Sickness = NonNullable<CalculationRequestInput['benefits']['sicknessAllowance']>;

function sickness(date: string, input: Sickness, scenario: { hoursPerWeek?: string; hourlyWage?: string; monthlyEarnings?: string } = {}) {
  const work = scenario.hoursPerWeek !== undefined ? scenario : { monthlyEarnings: scenario.monthlyEarnings ?? '0' };
  return outcomeOf(run({ date, benefits: { sicknessAllowance: input }, scenarios: [{ id: 's', ...work }] }), 'sickness');
}
const param = (o: { explanations: { code: string; params: Record<string, unknown> }[] }, code: string) =>
  o.explanations.find((e) => e.code === code)?.params;

describe('the sickness allowance of the year the entitlement began (SVL 11:1; Kela: the 2025 formula only for an entitlement from 1.1.2025)', () => {
  const cases = [
    {
      name: '40 000 €/year, sick leave from 15.11.2024, March 2025: the 2024 formula (8.95 %, 20 % above 35 769 €) → 83.90 €/day, not 70.06',
      date: '2025-03-01',
      start: '2024-11-15',
      daily: '83.90',
      year: '2024',
      // March 2025: 26 Kela weekdays, the calendar of the month calculated.
      month: '2181.40',
    },
    {
      name: 'the same spell in March 2025 without the start date: the 2025 formula of the month calculated → 70.06 €/day, and it says so',
      date: '2025-03-01',
      start: undefined,
      daily: '70.06',
      year: '2025',
      month: '1821.56',
    },
    {
      name: '40 000 €/year, sick leave from 2.6.2025, March 2026: the 2025 formula (8.58 %, 15 % above 28 241 €) → 70.06 €/day, not 71.17',
      date: '2026-03-01',
      start: '2025-06-02',
      daily: '70.06',
      year: '2025',
      month: '1821.56',
    },
    {
      name: 'the same in March 2026 without the start date: the 2026 formula (9.07 %, 15 % above 28 899 €) → 71.17 €/day',
      date: '2026-03-01',
      start: undefined,
      daily: '71.17',
      year: '2026',
      month: '1850.42',
    },
    {
      name: 'a spell that began on 31.12.2024, calculated in January 2025: still the 2024 formula → 83.90 €/day',
      date: '2025-01-01',
      start: '2024-12-31',
      daily: '83.90',
      year: '2024',
      // January 2025: 25 Kela weekdays (New Year's Day and Epiphany fall on weekdays).
      month: '2097.50',
    },
    {
      name: 'a spell that began on 1.1.2025: the 2025 formula → 70.06 €/day',
      date: '2025-01-01',
      start: '2025-01-01',
      daily: '70.06',
      year: '2025',
      month: '1751.50',
    },
  ];
  it.each(cases)('$name', ({ date, start, daily, year, month }) => {
    const outcome = sickness(date, { annualIncome: '40000', ...(start ? { entitlementStartDate: start } : {}) });
    expect(param(outcome, 'sicknessDailyEstimated')).toMatchObject({ dailyAmount: daily, year });
    expect(outcome.monthlyAmount).toBe(month);
    if (start) expect(param(outcome, 'sicknessFormulaOfEntitlementYear')).toEqual({ entitlementStartDate: start, year });
    else expect(param(outcome, 'sicknessEntitlementAssumedThisMonth')).toEqual({ month: date.slice(0, 7), year });
  });

  it('the partial allowance is half of the allowance at the start of the incapacity: 41.95 €/day for a 2024 spell in 2025', () => {
    const outcome = sickness(
      '2025-03-01',
      { annualIncome: '40000', entitlementStartDate: '2024-11-15', fullTimeHoursPerWeek: '37.5' },
      { hoursPerWeek: '18.75', hourlyWage: '20' },
    );
    expect(outcome.benefit).toBe('partialSicknessAllowance');
    expect(param(outcome, 'partialSicknessAllowanceApplies')).toMatchObject({ dailyAmount: '41.95', weekdays: 26 });
    expect(outcome.monthlyAmount).toBe('1090.70');
  });

  it('the sources show the formula of the start year and the calendar of the month calculated', () => {
    const result = run({
      date: '2025-03-01',
      benefits: { sicknessAllowance: { annualIncome: '40000', entitlementStartDate: '2024-11-15' } },
      scenarios: [{ id: 's', monthlyEarnings: '0' }],
    });
    expect(result.sources.sicknessAllowanceBrackets?.validFrom).toBe('2024-01-01');
    expect(result.sources.sicknessAllowanceWageDeductionPercent).toMatchObject({ validFrom: '2024-01-01', value: '8.95' });
    expect(result.sources.kelaWeekdayHolidays?.validFrom).toBe('2023-01-01');
    expect(result.sources.sicknessAllowanceMinimumDaily?.validFrom).toBe('2025-01-01');
  });

  it('a start date after the month calculated is refused, naming the field', () => {
    const parsed = CalculationRequest.safeParse({
      date: '2026-03-01',
      benefits: { sicknessAllowance: { annualIncome: '40000', entitlementStartDate: '2026-04-01' } },
      scenarios: [{ id: 's', monthlyEarnings: '0' }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['benefits', 'sicknessAllowance', 'entitlementStartDate'],
      params: { reason: 'afterCalculationMonth', max: '2026-03-31' },
    });
    // The last day of the month is allowed.
    expect(
      CalculationRequest.safeParse({
        date: '2026-03-01',
        benefits: { sicknessAllowance: { annualIncome: '40000', entitlementStartDate: '2026-03-31' } },
        scenarios: [{ id: 's', monthlyEarnings: '0' }],
      }).success,
    ).toBe(true);
  });

  it('the engine refuses the same when the month is filled in later (no date in the request), and a start before the rules', () => {
    const request = CalculationRequest.parse({
      benefits: { sicknessAllowance: { annualIncome: '40000', entitlementStartDate: '2026-04-01' } },
      scenarios: [{ id: 's', monthlyEarnings: '0' }],
    });
    expect(() => calculate(ruleSet, { ...request, date: '2026-03-15' })).toThrow(CaseInputError);
    const early = CalculationRequest.parse({
      date: '2026-03-01',
      benefits: { sicknessAllowance: { annualIncome: '40000', entitlementStartDate: '2022-12-31' } },
      scenarios: [{ id: 's', monthlyEarnings: '0' }],
    });
    const error = (() => {
      try {
        calculate(ruleSet, { ...early, date: '2026-03-01' });
      } catch (e) {
        return e;
      }
    })() as RuleDateError;
    expect(error).toBeInstanceOf(RuleDateError);
    expect(error.path).toEqual(['benefits', 'sicknessAllowance', 'entitlementStartDate']);
  });
});

describe('entrepreneurs: YEL and MYEL work income gets no insurance contribution deduction (SVL 11:7; Kela)', () => {
  const cases = [
    { name: 'wages of 40 000 € in 2025: 8.58 % deducted → 70.06 €/day', input: { annualIncome: '40000' }, daily: '70.06' },
    {
      name: 'YEL income of 40 000 € in 2025: nothing deducted → 71.78 €/day',
      input: { entrepreneurAnnualIncome: '40000' },
      daily: '71.78',
    },
    {
      name: 'split: 20 000 € wages (18 284 € after the deduction) and 20 000 € YEL → 38 284 € → 70.92 €/day',
      input: { annualIncome: '20000', entrepreneurAnnualIncome: '20000' },
      daily: '70.92',
    },
  ];
  it.each(cases)('$name', ({ input, daily }) => {
    const outcome = sickness('2025-03-01', input);
    const estimate = param(outcome, 'sicknessDailyEstimatedWithEntrepreneurIncome') ?? param(outcome, 'sicknessDailyEstimated');
    expect(estimate?.dailyAmount).toBe(daily);
  });

  it('the explanation shows both parts', () => {
    expect(
      param(
        sickness('2025-03-01', { annualIncome: '20000', entrepreneurAnnualIncome: '20000' }),
        'sicknessDailyEstimatedWithEntrepreneurIncome',
      ),
    ).toEqual({
      wageIncome: '20000.00',
      deductionPercent: '8.58',
      wageIncomeAfterDeduction: '18284.00',
      entrepreneurIncome: '20000.00',
      annualIncome: '38284.00',
      dailyAmount: '70.92',
      year: '2025',
    });
  });

  it('a daily amount from the decision cannot be given with an annual income of either kind', () => {
    const parsed = CalculationRequest.safeParse({
      date: '2025-03-01',
      benefits: { sicknessAllowance: { dailyAmount: '60', entrepreneurAnnualIncome: '20000' } },
      scenarios: [{ id: 's', monthlyEarnings: '0' }],
    });
    expect(parsed.success).toBe(false);
    expect((parsed.error?.issues[0] as { params?: unknown } | undefined)?.params).toMatchObject({ reason: 'onlyOneAllowed' });
  });
});

describe('little or no earnings: the minimum allowance, with no 55-day wait since 2019 (SVL 7:1, 11:10; HE 206/2018; Kela 2025)', () => {
  it('annual income of 1 716 € in 2025 (Kela: "maximum 1 716 no daily allowance based on annual earnings") → the minimum 31.99 €, explained', () => {
    const outcome = sickness('2025-03-01', { entrepreneurAnnualIncome: '1716' });
    expect(param(outcome, 'sicknessNoEarningsBasedAllowance')).toEqual({ annualIncome: '1716.00', limit: '1716.00', minimum: '31.99' });
    expect(outcome.monthlyAmount).toBe('831.74');
    expect(codes(outcome)).not.toContain('sicknessDailyMinimum');
  });

  it('one euro over it, 1 717 €: an allowance based on earnings, under the minimum, so the minimum 31.99 € is paid', () => {
    const outcome = sickness('2025-03-01', { entrepreneurAnnualIncome: '1717' });
    expect(codes(outcome)).toContain('sicknessDailyMinimum');
    expect(codes(outcome)).not.toContain('sicknessNoEarningsBasedAllowance');
    expect(outcome.monthlyAmount).toBe('831.74');
  });

  it('no income at all: the minimum from the first month of payment, for every weekday', () => {
    const outcome = sickness('2026-03-01', { annualIncome: '0' });
    expect(param(outcome, 'sicknessNoEarningsBasedAllowance')).toMatchObject({ annualIncome: '0.00', limit: '1756.00' });
    expect([outcome.status, outcome.monthlyAmount]).toEqual(['continues', (31.99 * 26).toFixed(2)]);
  });
});

describe('partial sickness allowance for a full-time job (SVL 8:11 4 mom., EV 137/2022)', () => {
  const cases = [
    {
      name: 'exactly 30 h a week is full time: 15 h (50 %) gives the partial allowance',
      input: { dailyAmount: '60.00', fullTimeHoursPerWeek: '30' },
      hours: '15',
      benefit: 'partialSicknessAllowance',
    },
    {
      name: '29.99 h a week is not full time by the hours alone',
      input: { dailyAmount: '60.00', fullTimeHoursPerWeek: '29.99' },
      hours: '15',
      benefit: 'sicknessAllowance',
    },
    {
      name: 'a 28-hour week that is full time in the sector: 14 h (50 %) gives the partial allowance',
      input: { dailyAmount: '60.00', fullTimeHoursPerWeek: '28', fullTimeInSector: true },
      hours: '14',
      benefit: 'partialSicknessAllowance',
    },
    {
      name: 'the same 28-hour week without saying it is full time in the sector: no partial allowance',
      input: { dailyAmount: '60.00', fullTimeHoursPerWeek: '28' },
      hours: '14',
      benefit: 'sicknessAllowance',
    },
    {
      name: 'full time in the sector still needs the 40–60 % band: 17 h of 28 h (60.7 %) is over it',
      input: { dailyAmount: '60.00', fullTimeHoursPerWeek: '28', fullTimeInSector: true },
      hours: '17',
      benefit: 'sicknessAllowance',
    },
  ];
  it.each(cases)('$name', ({ input, hours, benefit }) => {
    const outcome = sickness('2026-03-10', input, { hoursPerWeek: hours, hourlyWage: '15' });
    expect(outcome.benefit).toBe(benefit);
    if (benefit === 'partialSicknessAllowance') expect(outcome.monthlyAmount).toBe('780.00');
  });

  it('says that the sector’s full time was used', () => {
    const outcome = sickness(
      '2026-03-10',
      { dailyAmount: '60.00', fullTimeHoursPerWeek: '28', fullTimeInSector: true },
      { hoursPerWeek: '14', hourlyWage: '15' },
    );
    expect(param(outcome, 'partialSicknessSectorFullTime')).toEqual({ fullTimeHoursPerWeek: '28', minimumHours: '30' });
  });
});
