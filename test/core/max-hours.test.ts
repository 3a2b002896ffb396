import { describe, expect, it } from 'vitest';
import { maxHoursWithin, monthlyFromHours } from '../../functions/core/earnings.ts';
import { SweepRequest, sweep } from '../../functions/core/index.ts';
import { dec } from '../../functions/core/money.ts';
import { outcomeOf, ruleSet, run } from '../helpers.ts';

describe('monthly earnings from hours: hours × wage × 52 / 12, rounded to cents', () => {
  const cases = [
    { name: '10 h at 13.20 €', hours: '10', wage: '13.20', monthly: '572.00' },
    { name: '20 h at 10 € (866.666… rounds up)', hours: '20', wage: '10', monthly: '866.67' },
    { name: '17.3 h at 13.20 €', hours: '17.3', wage: '13.20', monthly: '989.56' },
    { name: '0 h', hours: '0', wage: '25', monthly: '0.00' },
  ];
  it.each(cases)('$name', ({ hours, wage, monthly }) => {
    expect(monthlyFromHours(dec(hours), dec(wage)).toFixed(2)).toBe(monthly);
  });
});

describe('max hours: the most hours a week, in 0.1 h rounded down, that keep earnings within a limit', () => {
  const cap = dec('80');
  const cases = [
    { name: '990.90 € at 13.20 €/h: 17.3 h (989.56 €), while 17.4 h would earn 995.28 €', limit: '990.90', wage: '13.20', hours: '17.3' },
    { name: 'an exact fit: 1 200 € at 10 €/h is 27.69… h → 27.6 h', limit: '1200', wage: '10', hours: '27.6' },
    {
      name: 'cent rounding lets 20.0 h fit under 867.53 € at 10.01 €/h (867.5333… → 867.53)',
      limit: '867.53',
      wage: '10.01',
      hours: '20.0',
    },
    { name: 'one cent less and 20.0 h no longer fits', limit: '867.52', wage: '10.01', hours: '19.9' },
    { name: 'a limit below one step’s earnings gives 0 h', limit: '1', wage: '100', hours: '0.0' },
    { name: 'a low wage is capped at 80 h a week', limit: '990.90', wage: '1', hours: '80.0' },
  ];
  it.each(cases)('$name', ({ limit, wage, hours }) => {
    const found = maxHoursWithin(dec(limit), dec(wage), cap);
    expect(found.toFixed(1)).toBe(hours);
    expect(monthlyFromHours(found, dec(wage)).lte(dec(limit))).toBe(true);
  });

  it('a scenario reports max hours at its own wage, and none when only monthly earnings are given', () => {
    const result = run({
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900' } },
      scenarios: [
        { id: 'hours', hoursPerWeek: '10', hourlyWage: '13.20' },
        { id: 'monthly', monthlyEarnings: '572.00' },
      ],
    });
    expect(outcomeOf(result, 'earningsRelatedPension', 'hours').maxHoursPerWeek).toBe('17.3');
    expect(outcomeOf(result, 'earningsRelatedPension', 'monthly').maxHoursPerWeek).toBeNull();
  });
});

describe('the sweep’s limits for the chart', () => {
  it('marks each paid benefit’s limit once, in euros and hours at the wage', () => {
    const request = SweepRequest.parse({
      date: '2026-03-01',
      household: { livingWithPartner: false },
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900', stabilisedEarnings: '3000' },
        kelaPension: { fixedTerm: false },
      },
      sweep: { hourlyWage: '13.20' },
    });
    const { limits } = sweep(ruleSet, { ...request, date: '2026-03-01' });
    // The guarantee pension is not paid beside 900 € (990.90 − 900 − 370.34 < 0), so it has no limit line;
    // a partial or unknown 60 % limit equal to the 40 % one is not drawn twice.
    expect(limits).toEqual([
      { benefit: 'earningsRelatedPension', kind: 'earningsLimit', monthlyEarnings: '1200.00', maxHoursPerWeek: '20.9' },
      { benefit: 'earningsRelatedPension', kind: 'suspensionLimit', monthlyEarnings: '1800.00', maxHoursPerWeek: '31.4' },
      { benefit: 'kelaPension', kind: 'earningsLimit', monthlyEarnings: '990.90', maxHoursPerWeek: '17.3' },
    ]);
  });
});
