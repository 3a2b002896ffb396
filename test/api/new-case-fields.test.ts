import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as calculations } from '../../functions/api/calculations.ts';
import { handler as rules } from '../../functions/api/rules.ts';
import { CalculationResponse, RulesResponse, SweepResponse } from '../../functions/api/schemas.ts';
import { handler as sweep } from '../../functions/api/sweep.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  logs.restore();
  vi.useRealTimers();
});

const calc = (body: unknown) => invoke(calculations, apiEvent({ method: 'POST', path: '/v1/calculations', body: body as object }));
const sweepOf = (body: unknown) => invoke(sweep, apiEvent({ method: 'POST', path: '/v1/calculations/sweep', body: body as object }));
const codesOf = (warnings: { code: string }[]) => warnings.map((w) => w.code);

/** A client on a Kela pension and a sickness allowance in the month given. */
const client = (date: string | undefined, sicknessAllowance: Record<string, unknown> = { annualIncome: '30000' }) => ({
  ...(date ? { date } : {}),
  household: { livingWithPartner: false },
  benefits: { kelaPension: { fixedTerm: true }, sicknessAllowance },
  scenarios: [
    { id: 'none', monthlyEarnings: 0 },
    { id: 'h10', hoursPerWeek: 10, hourlyWage: '14.00' },
  ],
});

describe('a month in 2027, beyond the verified rules: computed end to end, with the warning', () => {
  it('POST /v1/calculations for January 2027: the latest figures, the "not yet confirmed" warning, the 2027 minimum allowance', async () => {
    const answer = await calc(client('2027-01-01', { annualIncome: '5000' }));
    expect(answer.status).toBe(200);
    expect(CalculationResponse.safeParse(answer.json).success).toBe(true);
    const warning = answer.json.ruleSet.warnings.find((w: { code: string }) => w.code === 'beyondVerifiedDate');
    expect(warning).toMatchObject({ severity: 'warning', params: { date: '2027-01-01', verifiedUntil: '2026-12-31' } });
    // The minimum sickness allowance is frozen through 2027 (Kela 9.10.2025): entered for 2027, official.
    expect(answer.json.sources.sicknessAllowanceMinimumDaily).toMatchObject({
      validFrom: '2027-01-01',
      value: '31.99',
      status: 'official',
    });
    // The rest stay at their latest values until the 2027 figures are entered: the 2026 Kela amounts.
    expect(answer.json.sources.nationalPensionFullSingle).toMatchObject({ validFrom: '2026-01-01', value: '787.07' });
    const none = answer.json.scenarios[0];
    expect(none.benefits.find((b: { benefit: string }) => b.benefit === 'kelaPension').monthlyAmount).toBe('787.07');
    // January 2027: 26 days from Monday to Saturday, less New Year's Day (a Friday) and Epiphany (a Wednesday): 24 × 31.99.
    expect(none.benefits.find((b: { benefit: string }) => b.benefit === 'sicknessAllowance').monthlyAmount).toBe('767.76');
  });

  it('POST /v1/calculations/sweep and GET /v1/rules for 2027 too', async () => {
    const { scenarios: _s, ...kase } = client('2027-03-01');
    const swept = await sweepOf({ ...kase, sweep: { hourlyWage: '14.00' } });
    expect(swept.status).toBe(200);
    expect(SweepResponse.safeParse(swept.json).success).toBe(true);
    expect(codesOf(swept.json.ruleSet.warnings)).toContain('beyondVerifiedDate');
    const listed = await invoke(rules, apiEvent({ method: 'GET', path: '/v1/rules', query: { date: '2027-01-15' } }));
    expect(listed.status).toBe(200);
    expect(RulesResponse.safeParse(listed.json).success).toBe(true);
    expect(codesOf(listed.json.ruleSet.warnings)).toContain('beyondVerifiedDate');
    const minimum = listed.json.parameters.find((p: { name: string }) => p.name === 'sicknessAllowanceMinimumDaily');
    expect(minimum.inForce).toMatchObject({ from: '2027-01-01', value: '31.99' });
  });

  it('today is in 2027 and the request has no date: the month of today, with the warning', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-04T08:00:00Z'));
    const answer = await calc(client(undefined));
    expect(answer.status).toBe(200);
    expect(answer.json.date).toBe('2027-01-04');
    expect(codesOf(answer.json.ruleSet.warnings)).toContain('beyondVerifiedDate');
  });
});

describe('the new case fields through the API', () => {
  const issue = (answer: { status: number; json: any }) => {
    expect(answer.status).toBe(400);
    return answer.json.issues[0] as { path: unknown[]; params?: Record<string, unknown> };
  };

  it('entitlementStartDate: the year the sick leave began sets the formula (40 000 €, 2024 spell, March 2025: 83.90 €/day)', async () => {
    const answer = await calc(client('2025-03-01', { annualIncome: '40000', entitlementStartDate: '2024-11-15' }));
    expect(answer.status).toBe(200);
    const sick = answer.json.scenarios[0].benefits.find((b: { benefit: string }) => b.benefit === 'sicknessAllowance');
    expect(sick.explanations.find((e: { code: string }) => e.code === 'sicknessDailyEstimated').params.dailyAmount).toBe('83.90');
  });

  it('a sick leave that begins after the month calculated is a 400 naming the field', async () => {
    expect(issue(await calc(client('2026-03-01', { annualIncome: '40000', entitlementStartDate: '2026-04-01' })))).toMatchObject({
      path: ['benefits', 'sicknessAllowance', 'entitlementStartDate'],
      params: { reason: 'afterCalculationMonth', max: '2026-03-31' },
    });
  });

  it('the same without a date in the request: checked against today’s month by the engine, still a 400 naming the field', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-15T08:00:00Z'));
    expect(issue(await calc(client(undefined, { annualIncome: '40000', entitlementStartDate: '2026-04-02' })))).toMatchObject({
      path: ['benefits', 'sicknessAllowance', 'entitlementStartDate'],
      params: { reason: 'afterCalculationMonth', max: '2026-03-31' },
    });
  });

  it('a sick leave that began before the rules (2022) is a 400 naming the field, not a 500', async () => {
    expect(issue(await calc(client('2026-03-01', { annualIncome: '40000', entitlementStartDate: '2022-06-01' })))).toMatchObject({
      path: ['benefits', 'sicknessAllowance', 'entitlementStartDate'],
      params: { reason: 'beforeRuleSet', min: '2023-01-01' },
    });
  });

  it.each([
    { name: 'a malformed start date', field: { entitlementStartDate: '1.3.2026' }, path: 'entitlementStartDate' },
    { name: 'a start date that is not in the calendar', field: { entitlementStartDate: '2026-02-30' }, path: 'entitlementStartDate' },
    { name: 'fullTimeInSector as text', field: { fullTimeInSector: 'yes' }, path: 'fullTimeInSector' },
    { name: 'a negative YEL income', field: { entrepreneurAnnualIncome: '-1' }, path: 'entrepreneurAnnualIncome' },
  ])('$name is a 400 naming the field', async ({ field, path }) => {
    expect(issue(await calc(client('2026-03-01', { annualIncome: '40000', ...field }))).path).toEqual([
      'benefits',
      'sicknessAllowance',
      path,
    ]);
  });

  it('exemptFromEarningsTest keeps a KEL 12 § 4 pension paid whatever the earnings; a non-boolean is a 400', async () => {
    const body = {
      date: '2026-03-01',
      household: { livingWithPartner: false },
      benefits: { kelaPension: { fixedTerm: false, exemptFromEarningsTest: true } },
      scenarios: [{ id: 'full-time', hoursPerWeek: 37.5, hourlyWage: '15.00' }],
    };
    const answer = await calc(body);
    expect(answer.status).toBe(200);
    const kela = answer.json.scenarios[0].benefits.find((b: { benefit: string }) => b.benefit === 'kelaPension');
    expect([kela.status, kela.monthlyAmount, kela.earningsLimit]).toEqual(['continues', '787.07', null]);
    const bad = await calc({ ...body, benefits: { kelaPension: { fixedTerm: false, exemptFromEarningsTest: 'yes' } } });
    expect(issue(bad).path).toEqual(['benefits', 'kelaPension', 'exemptFromEarningsTest']);
  });

  it('an old request without any of the new fields is answered as before (an old share link or saved case)', async () => {
    const answer = await calc({
      date: '2026-03-01',
      benefits: { sicknessAllowance: { annualIncome: '31125', fullTimeHoursPerWeek: '37.5' } },
      scenarios: [{ id: 'none', monthlyEarnings: 0 }],
    });
    expect(answer.status).toBe(200);
    const sick = answer.json.scenarios[0].benefits[0];
    expect(sick.explanations.find((e: { code: string }) => e.code === 'sicknessDailyEstimated').params.dailyAmount).toBe('66.04');
  });
});
