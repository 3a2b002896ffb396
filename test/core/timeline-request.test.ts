import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { RuleDateError } from '../../functions/core/index.ts';
import { addMonths, TimelineRequest } from '../../functions/core/timeline-request.ts';
import { codes, monthsOf, outcomeOf, run, runTimeline } from '../helpers.ts';

const valid = {
  start: '2026-03',
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00' } },
  months: [{ monthlyEarnings: 0 }, { hoursPerWeek: 10, hourlyWage: '13.50' }],
};

/** The issues of a refused request, as [path, reason or zod code]. */
function refused(input: unknown): [string, string][] {
  const parsed = z.safeParse(TimelineRequest, input);
  expect(parsed.success).toBe(false);
  return (parsed.error?.issues ?? []).map((i) => [
    i.path.join('.'),
    String(i.code === 'custom' ? (i as { params?: { reason?: string } }).params?.reason : i.code),
  ]);
}

describe('the timeline request', () => {
  it('accepts a case and a plan, money as strings or numbers', () => {
    expect(TimelineRequest.parse(valid).months[1]).toEqual({ hoursPerWeek: '10', hourlyWage: '13.50' });
  });

  it.each([
    ['37 months', { ...valid, months: monthsOf(37, '0') }, [['months', 'too_big']]],
    ['no months', { ...valid, months: [] }, [['months', 'too_small']]],
    [
      'a month with both ways of giving pay',
      { ...valid, months: [{ monthlyEarnings: 100, hoursPerWeek: 10 }] },
      [['months.0.monthlyEarnings', 'onlyOneAllowed']],
    ],
    ['a month with neither', { ...valid, months: [{ holidayBonus: 100 }] }, [['months.0.hoursPerWeek', 'required']]],
    ['start not YYYY-MM', { ...valid, start: '2026-3' }, [['start', 'invalid_format']]],
    ['start as a date', { ...valid, start: '2026-03-01' }, [['start', 'invalid_format']]],
    ['a thirteenth month', { ...valid, start: '2026-13' }, [['start', 'invalid_format']]],
    ['a date field (a timeline has start instead)', { ...valid, date: '2026-03-01' }, [['', 'unrecognized_keys']]],
    [
      'two once-a-year bonuses in one calendar year',
      {
        ...valid,
        months: [
          { monthlyEarnings: 0, annualBonus: 500 },
          { monthlyEarnings: 0, annualBonus: 500 },
        ],
      },
      [['months.1.annualBonus', 'onePerYear']],
    ],
    [
      'a sick leave that begins after the plan’s first month',
      { ...valid, benefits: { sicknessAllowance: { dailyAmount: 60, entitlementStartDate: '2026-04-01' } } },
      [['benefits.sicknessAllowance.entitlementStartDate', 'afterCalculationMonth']],
    ],
    ['a birth year after the plan starts', { ...valid, person: { birthYear: 2027 } }, [['person.birthYear', 'tooLarge']]],
    [
      'endsOn on a pension that is not fixed-term',
      { ...valid, benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: 900, endsOn: '2026-06-30' } } },
      [['benefits.earningsRelatedPension.endsOn', 'needsFixedTerm']],
    ],
    [
      'days used that are not whole days',
      { ...valid, benefits: { sicknessAllowance: { dailyAmount: 60, daysUsed: 1.5 } } },
      [['benefits.sicknessAllowance.daysUsed', 'invalid_type']],
    ],
  ])('refuses %s, naming the field', (_name, input, expected) => {
    expect(refused(input)).toEqual(expected);
  });

  it('allows one once-a-year bonus in each calendar year of the plan', () => {
    const months = [{ monthlyEarnings: 0, annualBonus: 500 }, ...monthsOf(11, '0'), { monthlyEarnings: 0, annualBonus: 500 }];
    expect(TimelineRequest.parse({ ...valid, start: '2026-01', months }).months).toHaveLength(13);
  });

  it('a plan that starts before the rules is refused by the engine, naming start', () => {
    expect(() => runTimeline({ ...valid, start: '2022-12' } as never)).toThrow(RuleDateError);
    try {
      runTimeline({ ...valid, start: '2022-12' } as never);
    } catch (error) {
      expect((error as RuleDateError).path).toEqual(['start']);
    }
  });

  it('counts months across years', () => {
    expect([addMonths('2025-11', 0), addMonths('2025-11', 2), addMonths('2025-11', 14), addMonths('2026-01', 35)]).toEqual([
      '2025-11',
      '2026-01',
      '2027-01',
      '2028-12',
    ]);
  });

  it('says in each month after the verified rules that its figures are not yet confirmed, and once in the stamp', () => {
    const r = runTimeline({ ...valid, start: '2026-11', months: monthsOf(3, '0') } as never);
    expect(r.months.map((m) => m.explanations.some((e) => e.code === 'beyondVerifiedDate'))).toEqual([false, false, true]);
    expect(r.ruleSet.warnings.filter((w) => w.code === 'beyondVerifiedDate')).toEqual([
      { code: 'beyondVerifiedDate', severity: 'warning', params: { date: '2027-01-01', verifiedUntil: '2026-12-31' } },
    ]);
  });
});

describe('endsOn in a single-month calculation: the month calculated against the end date', () => {
  const withEnd = (date: string) =>
    run({
      date,
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1000.00', endsOn: '2026-05-31' } },
      scenarios: [{ id: 'x', monthlyEarnings: '500' }],
    });

  it('before the end month: paid, with the end date and the advice to apply for a continuation in time', () => {
    const o = outcomeOf(withEnd('2026-04-01'), 'earningsRelatedPension');
    expect(o).toMatchObject({ status: 'continues', monthlyAmount: '1000.00' });
    expect(o.explanations[0]).toEqual({ code: 'fixedTermEndsOn', severity: 'info', params: { endsOn: '2026-05-31' } });
  });

  it('in the month of the end date: paid, with a warning', () => {
    const o = outcomeOf(withEnd('2026-05-20'), 'earningsRelatedPension');
    expect(o).toMatchObject({ status: 'continues', monthlyAmount: '1000.00' });
    expect(codes(o)[0]).toBe('fixedTermEndsThisMonth');
  });

  it('in the month after: ended, nothing paid, no limit to keep', () => {
    const o = outcomeOf(withEnd('2026-06-01'), 'earningsRelatedPension');
    expect(o).toMatchObject({
      status: 'ended',
      monthlyAmount: '0.00',
      monthlyAmountWithoutWork: '0.00',
      earningsLimit: null,
      maxHoursPerWeek: null,
    });
    expect(codes(o)).toEqual(['fixedTermEnded']);
  });
});
