import { describe, expect, it } from 'vitest';
import { codes, outcomeOf, run } from '../helpers.ts';

type Sickness = { dailyAmount?: string; annualIncome?: string; fullTimeHoursPerWeek?: string };
type Scenario = { id: string; hoursPerWeek?: string; hourlyWage?: string; monthlyEarnings?: string; workDaysPerWeek?: number };

function sickness(date: string, input: Sickness, scenario: Omit<Scenario, 'id'>) {
  return outcomeOf(run({ date, benefits: { sicknessAllowance: input }, scenarios: [{ id: 's', ...scenario }] }), 'sickness');
}

describe('Kela weekdays: Monday to Saturday without the weekday holidays (SVL 1:4)', () => {
  // Counted by hand from the calendar; the holidays named are the ones that fall on Mon–Sat.
  const months = [
    { name: 'March 2026 has no holidays: 26 weekdays', date: '2026-03-10', weekdays: 26 },
    { name: 'April 2026 loses Good Friday 3.4 and Easter Monday 6.4: 24', date: '2026-04-10', weekdays: 24 },
    { name: 'May 2026 loses May Day (Fri 1.5) and Ascension Day (Thu 14.5): 24', date: '2026-05-10', weekdays: 24 },
    { name: 'June 2026 loses Midsummer Eve (Fri 19.6) and Midsummer Day (Sat 20.6): 24', date: '2026-06-10', weekdays: 24 },
    { name: 'October 2026 loses All Saints’ Day (Sat 31.10): 26', date: '2026-10-10', weekdays: 26 },
    {
      name: 'December 2026 loses Christmas Eve, Christmas Day and Boxing Day (Independence Day is a Sunday): 24',
      date: '2026-12-10',
      weekdays: 24,
    },
    { name: 'January 2026 loses New Year’s Day (Thu) and Epiphany (Tue): 25', date: '2026-01-10', weekdays: 25 },
    { name: 'April 2025 loses Good Friday 18.4 and Easter Monday 21.4: 24', date: '2025-04-10', weekdays: 24 },
    { name: 'March 2024 loses Good Friday 29.3 (Easter Monday is in April): 25', date: '2024-03-10', weekdays: 25 },
    {
      name: 'December 2023 loses Independence Day, Christmas Day and Boxing Day (Christmas Eve is a Sunday): 23',
      date: '2023-12-10',
      weekdays: 23,
    },
  ];
  it.each(months)('$name', ({ date, weekdays }) => {
    const outcome = sickness(date, { dailyAmount: '60.00' }, { monthlyEarnings: '0' });
    expect(outcome.explanations.find((e) => e.code === 'sicknessPaidForWeekdays')?.params.weekdays).toBe(weekdays);
    expect(outcome.monthlyAmount).toBe((60 * weekdays).toFixed(2));
    expect(outcome.status).toBe('continues');
  });
});

describe('sickness allowance daily amount from annual income (SVL 11:1, 11:7, 11:10)', () => {
  const cases = [
    {
      name: 'Kela’s example wage of 31 125 € in 2026: 9.07 % deduction, 70 % band → 66.04 €',
      date: '2026-03-10',
      income: '31125',
      daily: '66.04',
    },
    { name: 'the same wage in 2024 with the 8.95 % deduction → 66.13 €', date: '2024-03-10', income: '31125', daily: '66.13' },
    // Kela's 2024 table rounds 0.7 × 35 769 / 300 to 83.46 and would give 83.89; the law's exact form gives 83.895 → 83.90.
    { name: '40 000 € in 2024: 20 % above 35 769 € → 83.90 €', date: '2024-03-10', income: '40000', daily: '83.90' },
    { name: '40 000 € in 2025: only 15 % above 28 241 € after the cut → 70.06 €', date: '2025-03-10', income: '40000', daily: '70.06' },
    { name: '40 000 € in 2023: 10.01 % deduction, 20 % above 34 043 € → 80.74 €', date: '2023-03-10', income: '40000', daily: '80.74' },
    { name: 'a low income of 10 000 € gets the minimum 31.99 €', date: '2026-03-10', income: '10000', daily: '31.99' },
    { name: 'no income at all gets the minimum 31.99 €', date: '2025-03-10', income: '0', daily: '31.99' },
  ];
  it.each(cases)('$name', ({ date, income, daily }) => {
    const outcome = sickness(date, { annualIncome: income }, { monthlyEarnings: '0' });
    expect(outcome.explanations.find((e) => e.code === 'sicknessDailyEstimated')?.params.dailyAmount).toBe(daily);
  });

  it('says when the minimum was paid instead of the formula', () => {
    expect(codes(sickness('2026-03-10', { annualIncome: '10000' }, { monthlyEarnings: '0' }))).toContain('sicknessDailyMinimum');
  });
});

describe('work during sickness allowance (SVL 8:11, 11:14)', () => {
  // March 2026: 26 Kela weekdays. Full-time job of 37.5 h: the partial allowance band is 15–22.5 h.
  const fullTime = { dailyAmount: '66.04', fullTimeHoursPerWeek: '37.5' };
  const cases = [
    {
      name: 'exactly 40 % of a 37.5 h full-time job (15 h) gives the partial allowance, half for every weekday',
      input: fullTime,
      scenario: { hoursPerWeek: '15', hourlyWage: '15' },
      benefit: 'partialSicknessAllowance',
      status: 'reduced',
      amount: '858.52',
      code: 'partialSicknessAllowanceApplies',
    },
    {
      name: 'exactly 60 % (22.5 h) still gives the partial allowance',
      input: fullTime,
      scenario: { hoursPerWeek: '22.5', hourlyWage: '15' },
      benefit: 'partialSicknessAllowance',
      status: 'reduced',
      amount: '858.52',
      code: 'partialSicknessAllowanceApplies',
    },
    {
      name: '14.99 h is under 40 %: no partial allowance, and no allowance for the days worked',
      input: fullTime,
      scenario: { hoursPerWeek: '14.99', hourlyWage: '15', workDaysPerWeek: 3 },
      benefit: 'sicknessAllowance',
      status: 'reduced',
      amount: '792.48',
      code: 'partialSicknessOutsideBand',
    },
    {
      name: '22.51 h is over 60 %: no partial allowance',
      input: fullTime,
      scenario: { hoursPerWeek: '22.51', hourlyWage: '15', workDaysPerWeek: 3 },
      benefit: 'sicknessAllowance',
      status: 'reduced',
      amount: '792.48',
      code: 'partialSicknessOutsideBand',
    },
    {
      name: 'a job of 29 h is not full time, so no partial allowance',
      input: { dailyAmount: '66.04', fullTimeHoursPerWeek: '29' },
      scenario: { hoursPerWeek: '14', hourlyWage: '15', workDaysPerWeek: 2 },
      benefit: 'sicknessAllowance',
      status: 'reduced',
      amount: '1056.64',
      code: 'partialSicknessNeedsFullTimeJob',
    },
    {
      name: 'without a full-time job, work on 5 assumed days leaves only Saturdays paid',
      input: { dailyAmount: '60.00' },
      scenario: { hoursPerWeek: '10', hourlyWage: '15' },
      benefit: 'sicknessAllowance',
      status: 'reduced',
      amount: '240.00',
      code: 'assumedWorkDaysPerWeek',
    },
    {
      name: 'work on all six weekdays leaves nothing payable',
      input: { dailyAmount: '60.00' },
      scenario: { hoursPerWeek: '30', hourlyWage: '15', workDaysPerWeek: 6 },
      benefit: 'sicknessAllowance',
      status: 'notPayable',
      amount: '0.00',
      code: 'regularWorkEndsSicknessAllowance',
    },
    {
      name: 'monthly earnings without hours cannot show the partial allowance',
      input: fullTime,
      scenario: { monthlyEarnings: '800', workDaysPerWeek: 2 },
      benefit: 'sicknessAllowance',
      status: 'reduced',
      amount: '1056.64',
      code: 'partialSicknessNeedsHours',
    },
  ];
  it.each(cases)('$name', ({ input, scenario, benefit, status, amount, code }) => {
    const outcome = sickness('2026-03-10', input, scenario);
    expect(outcome.benefit).toBe(benefit);
    expect(outcome.status).toBe(status);
    expect(outcome.monthlyAmount).toBe(amount);
    expect(codes(outcome)).toContain(code);
  });

  it('the partial allowance’s max hours is 60 % of the full-time hours, rounded down to 0.1 h', () => {
    const outcome = sickness('2026-03-10', { dailyAmount: '66.04', fullTimeHoursPerWeek: '37' }, { hoursPerWeek: '20', hourlyWage: '15' });
    expect(outcome.maxHoursPerWeek).toBe('22.2');
    expect(outcome.monthlyAmountWithoutWork).toBe('1717.04');
  });

  it('the full allowance changes with any work: max hours 0', () => {
    const outcome = sickness('2026-03-10', { dailyAmount: '60.00' }, { hoursPerWeek: '0', hourlyWage: '15' });
    expect(outcome.status).toBe('continues');
    expect(outcome.maxHoursPerWeek).toBe('0.0');
    expect(outcome.earningsLimit).toBeNull();
  });

  it('work on two weekdays in March 2026 removes the 10 Mondays and Tuesdays worked', () => {
    const outcome = sickness('2026-03-10', { dailyAmount: '50.00' }, { hoursPerWeek: '8', hourlyWage: '15', workDaysPerWeek: 2 });
    expect(outcome.explanations.find((e) => e.code === 'sicknessNotPaidForWorkDays')?.params).toEqual({
      workDaysPerWeek: 2,
      workedDays: 10,
      paidDays: 16,
      weekdays: 26,
    });
    expect(outcome.monthlyAmount).toBe('800.00');
  });
});
