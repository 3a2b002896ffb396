import { describe, expect, it } from 'vitest';
import { CalculationRequest, SweepRequest } from '../../functions/core/index.ts';
import { decimalLimitOf, LIMITS, ScenarioInput } from '../../functions/core/request.ts';

const valid = {
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900' } },
  scenarios: [{ id: 'a', hoursPerWeek: 10, hourlyWage: '13.20' }],
};

function issues(input: unknown) {
  const parsed = CalculationRequest.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({
    path: i.path.join('.'),
    reason: (i as { params?: { reason?: string } }).params?.reason ?? i.code,
  }));
}

describe('the calculation request schema (shared by the API and the web app)', () => {
  it('accepts money as a number or a decimal string and hands on strings', () => {
    const parsed = CalculationRequest.parse(valid);
    expect(parsed.scenarios[0]).toMatchObject({ hoursPerWeek: '10', hourlyWage: '13.20' });
    expect(parsed.benefits.earningsRelatedPension?.monthlyAmount).toBe('900');
  });

  const bad: { name: string; change: (r: typeof valid) => unknown; path: string; reason: string }[] = [
    {
      name: 'negative hours',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', hoursPerWeek: -1, hourlyWage: '13.20' }] }),
      path: 'scenarios.0.hoursPerWeek',
      reason: 'notANumber',
    },
    {
      name: '200 hours a week',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', hoursPerWeek: 200, hourlyWage: '13.20' }] }),
      path: 'scenarios.0.hoursPerWeek',
      reason: 'tooLarge',
    },
    {
      name: 'a wage with three decimals',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', hoursPerWeek: 10, hourlyWage: '13.205' }] }),
      path: 'scenarios.0.hourlyWage',
      reason: 'tooManyDecimals',
    },
    {
      name: 'a wage written with a comma',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', hoursPerWeek: 10, hourlyWage: '13,20' }] }),
      path: 'scenarios.0.hourlyWage',
      reason: 'notANumber',
    },
    {
      name: 'hours without a wage',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', hoursPerWeek: 10 }] }),
      path: 'scenarios.0.hourlyWage',
      reason: 'required',
    },
    {
      name: 'both hours and monthly earnings',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', hoursPerWeek: 10, hourlyWage: 12, monthlyEarnings: 500 }] }),
      path: 'scenarios.0.monthlyEarnings',
      reason: 'onlyOneAllowed',
    },
    { name: 'an unknown field', change: (r) => ({ ...r, name: 'Matti' }), path: '', reason: 'unrecognized_keys' },
    { name: 'no benefit at all', change: (r) => ({ ...r, benefits: {} }), path: 'benefits', reason: 'benefitRequired' },
    {
      name: 'seven scenarios',
      change: (r) => ({ ...r, scenarios: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, monthlyEarnings: 0 })) }),
      path: 'scenarios',
      reason: 'too_big',
    },
    {
      name: 'two scenarios with one id',
      change: (r) => ({
        ...r,
        scenarios: [
          { id: 'a', monthlyEarnings: 0 },
          { id: 'a', monthlyEarnings: 1 },
        ],
      }),
      path: 'scenarios.1.id',
      reason: 'duplicateId',
    },
    { name: '30 February', change: (r) => ({ ...r, date: '2026-02-30' }), path: 'date', reason: 'invalidDate' },
    {
      name: 'sickness allowance with both a daily amount and an annual income',
      change: (r) => ({ ...r, benefits: { sicknessAllowance: { dailyAmount: 60, annualIncome: 30000 } } }),
      path: 'benefits.sicknessAllowance.annualIncome',
      reason: 'onlyOneAllowed',
    },
    {
      name: 'sickness allowance with neither',
      change: (r) => ({ ...r, benefits: { sicknessAllowance: {} } }),
      path: 'benefits.sicknessAllowance.dailyAmount',
      reason: 'oneOfRequired',
    },
    {
      name: 'a withholding over 100 %',
      change: (r) => ({ ...r, tax: { wageWithholdingPercent: 101 } }),
      path: 'tax.wageWithholdingPercent',
      reason: 'tooLarge',
    },
    {
      name: 'NaN smuggled in as a number',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', monthlyEarnings: Number.NaN }] }),
      path: 'scenarios.0.monthlyEarnings',
      reason: 'invalid_union',
    },
    {
      name: 'six work days is the most',
      change: (r) => ({ ...r, scenarios: [{ id: 'a', monthlyEarnings: 1, workDaysPerWeek: 7 }] }),
      path: 'scenarios.0.workDaysPerWeek',
      reason: 'too_big',
    },
  ];
  it.each(bad)('refuses $name, naming the field', ({ change, path, reason }) => {
    expect(issues(change(valid))).toContainEqual({ path, reason });
  });

  it('a malformed date gets one issue, not also “not a real date”', () => {
    expect(issues({ ...valid, date: '2024-01-01,2025-01-01' }).filter((i) => i.path === 'date')).toHaveLength(1);
  });

  it('each decimal field knows its range, for the OpenAPI document', () => {
    expect(decimalLimitOf(ScenarioInput.shape.hoursPerWeek.def.innerType)).toEqual(LIMITS.hoursPerWeek);
    expect(decimalLimitOf(CalculationRequest)).toBeUndefined();
  });

  it('a sweep of more than 401 points is refused', () => {
    const { scenarios: _omit, ...rest } = valid;
    const parsed = SweepRequest.safeParse({ ...rest, sweep: { hourlyWage: 13, fromHours: 0, toHours: 80, stepHours: '0.1' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['sweep.stepHours']);
  });

  it('a sweep of exactly 401 points is accepted', () => {
    const { scenarios: _omit, ...rest } = valid;
    expect(SweepRequest.safeParse({ ...rest, sweep: { hourlyWage: 13, fromHours: 0, toHours: 40, stepHours: '0.1' } }).success).toBe(true);
  });
});
