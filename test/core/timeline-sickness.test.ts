import { describe, expect, it } from 'vitest';
import { codes, monthOutcome, monthsOf, run, runTimeline, track } from '../helpers.ts';

// Kela weekdays (Monday–Saturday, weekday holidays excluded): February 2026 24, March 26, April 24 (Good Friday
// and Easter Monday), May 24 (May Day, Ascension Day), June 24 (Midsummer Eve and Day). Daily amount 60 €, the
// partial allowance half of it, 30 €.
const daily = { dailyAmount: '60.00' };
const partialJob = { ...daily, fullTimeHoursPerWeek: '37.5' };
/** 18 h of a 37.5 h week (48 %): within the partial allowance's 40–60 % band. */
const partialWork = (n: number) => Array.from({ length: n }, () => ({ hoursPerWeek: '18', hourlyWage: '20.00' }));

describe('sickness allowance: at most 300 weekdays, paid to the end of the month before the one with the 300th day (SVL 8:8, Kela)', () => {
  it('299 days by the end of March (300th day on 1 April): March is paid in full, April has ended', () => {
    const r = runTimeline({ start: '2026-02', benefits: { sicknessAllowance: { ...daily, daysUsed: 249 } }, months: monthsOf(3, '0') });
    expect(track(r, 'sickness')).toEqual(['continues 1440.00', 'continues 1560.00', 'ended 0.00']);
    expect(monthOutcome(r, 1, 'sickness').explanations.find((e) => e.code === 'sicknessDaysCounted')?.params).toEqual({
      daysCounted: 299,
      maximumDays: 300,
    });
    expect(monthOutcome(r, 2, 'sickness').explanations.find((e) => e.code === 'sicknessMaximumReached')?.params).toEqual({
      maximumDays: 300,
      daysCounted: 299,
      reachedBefore: false,
    });
  });

  it('the 300th day on 31 March: nothing is paid for March, the month in which it falls; February is the last month paid', () => {
    const r = runTimeline({ start: '2026-02', benefits: { sicknessAllowance: { ...daily, daysUsed: 250 } }, months: monthsOf(3, '0') });
    expect(track(r, 'sickness')).toEqual(['continues 1440.00', 'ended 0.00', 'ended 0.00']);
    expect(monthOutcome(r, 2, 'sickness').explanations.find((e) => e.code === 'sicknessMaximumReached')?.params.reachedBefore).toBe(true);
  });

  it('days worked do not count: working 3 days a week in March moves the 300th day into April', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: { sicknessAllowance: { ...daily, daysUsed: 274 } },
      months: [{ hoursPerWeek: '10', hourlyWage: '15', workDaysPerWeek: 3 }, { monthlyEarnings: '0' }],
    });
    // March: 26 weekdays, 14 of them on Monday–Wednesday worked: 12 paid, 286 counted (not 300); April's 24 reach 300.
    expect(track(r, 'sickness')).toEqual(['reduced 720.00', 'ended 0.00']);
    expect(monthOutcome(r, 0, 'sickness').explanations.find((e) => e.code === 'sicknessDaysCounted')?.params.daysCounted).toBe(286);
  });

  it('the same month in a single-month calculation: daysUsed is counted there too', () => {
    const paid = run({
      date: '2026-03-01',
      benefits: { sicknessAllowance: { ...daily, daysUsed: 273 } },
      scenarios: [{ id: 'x', monthlyEarnings: '0' }],
    });
    const ended = run({
      date: '2026-03-01',
      benefits: { sicknessAllowance: { ...daily, daysUsed: 274 } },
      scenarios: [{ id: 'x', monthlyEarnings: '0' }],
    });
    expect(paid.scenarios[0]!.benefits[0]).toMatchObject({ status: 'continues', monthlyAmount: '1560.00' });
    expect(ended.scenarios[0]!.benefits[0]).toMatchObject({ status: 'ended', monthlyAmount: '0.00', monthlyAmountWithoutWork: '0.00' });
  });
});

describe('partial sickness allowance: at most 150 weekdays, its own maximum, paid up to the 150th day (SVL 8:12)', () => {
  it('the 150th partial day on 31 March is paid; the 151st would be in April, which has ended', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: { sicknessAllowance: { ...partialJob, partialDaysUsed: 124 } },
      months: partialWork(2),
    });
    expect(track(r, 'sickness')).toEqual(['reduced 780.00', 'ended 0.00']);
    expect(monthOutcome(r, 0, 'sickness').explanations.find((e) => e.code === 'partialSicknessMaximumReached')?.params).toEqual({
      maximumDays: 150,
      reachedBefore: false,
      lastDay: '2026-03-31',
    });
    expect(monthOutcome(r, 1, 'sickness').benefit).toBe('partialSicknessAllowance');
  });

  it('one more day used: the 150th day is 30 March, paid for 25 days; 31 March, the 151st, is not', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: { sicknessAllowance: { ...partialJob, partialDaysUsed: 125 } },
      months: partialWork(2),
    });
    expect(track(r, 'sickness')).toEqual(['reduced 750.00', 'ended 0.00']);
    expect(monthOutcome(r, 0, 'sickness').explanations.find((e) => e.code === 'partialSicknessMaximumReached')?.params.lastDay).toBe(
      '2026-03-30',
    );
  });

  it('after the partial allowance’s maximum, a month without work still gets the full allowance (a maximum of its own)', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: { sicknessAllowance: { ...partialJob, partialDaysUsed: 140 } },
      months: [...partialWork(2), { monthlyEarnings: '0' }],
    });
    expect(track(r, 'sickness')).toEqual(['reduced 300.00', 'ended 0.00', 'continues 1440.00']);
  });
});

describe('sickness allowance days counted from the start of the sick leave', () => {
  it('a sick leave from Monday 2 March 2026: the waiting period (that day and 9 weekdays) is unpaid, paid from Friday 13 March', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: { sicknessAllowance: { ...daily, entitlementStartDate: '2026-03-02' } },
      months: monthsOf(2, '0'),
    });
    expect(track(r, 'sickness')).toEqual(['continues 960.00', 'continues 1440.00']);
    expect(monthOutcome(r, 0, 'sickness').explanations.find((e) => e.code === 'sicknessWaitingPeriod')?.params).toEqual({
      entitlementStartDate: '2026-03-02',
      firstPaidDay: '2026-03-13',
      waitingWeekdays: 9,
    });
    expect(monthOutcome(r, 1, 'sickness').explanations.find((e) => e.code === 'sicknessDaysCounted')?.params.daysCounted).toBe(40);
  });

  it('a sick leave from 2 June 2025: 215 weekdays from 13 June to the plan’s start are counted, and June 2026 holds the 300th day', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: { sicknessAllowance: { ...daily, entitlementStartDate: '2025-06-02' } },
      months: monthsOf(4, '0'),
    });
    expect(monthOutcome(r, 0, 'sickness').explanations.find((e) => e.code === 'sicknessDaysUsedEstimated')?.params).toEqual({
      daysUsed: 215,
      entitlementStartDate: '2025-06-02',
      month: '2026-03',
    });
    // 215 + 26 + 24 + 24 = 289 by the end of May; June's 24 weekdays reach 300.
    expect(track(r, 'sickness')).toEqual(['continues 1560.00', 'continues 1440.00', 'continues 1440.00', 'ended 0.00']);
  });

  it('the days Kela shows, when given, replace the estimate', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: { sicknessAllowance: { ...daily, entitlementStartDate: '2025-06-02', daysUsed: 100 } },
      months: monthsOf(4, '0'),
    });
    expect(track(r, 'sickness')).toEqual(['continues 1560.00', 'continues 1440.00', 'continues 1440.00', 'continues 1440.00']);
    expect(codes(monthOutcome(r, 0, 'sickness'))).not.toContain('sicknessDaysUsedEstimated');
  });

  it('without a start date the days are counted from the plan’s first month, and the result says so', () => {
    const r = runTimeline({ start: '2026-03', benefits: { sicknessAllowance: { annualIncome: '30000' } }, months: monthsOf(2, '0') });
    const first = codes(monthOutcome(r, 0, 'sickness'));
    expect(first).toContain('sicknessCountedFromPlanStart');
    expect(first).not.toContain('sicknessFormulaOfEntitlementYear');
    // The formula of the plan's first year applies in every month, across a change of year too.
    const across = runTimeline({ start: '2025-12', benefits: { sicknessAllowance: { annualIncome: '30000' } }, months: monthsOf(2, '0') });
    const dailyIn = (i: number) =>
      monthOutcome(across, i, 'sickness').explanations.find((e) => e.code === 'sicknessDailyEstimated')?.params;
    expect(dailyIn(0)).toEqual(dailyIn(1));
    expect(dailyIn(1)?.year).toBe('2025');
  });
});
