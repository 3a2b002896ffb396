import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineResponse } from '../../functions/api/schemas.ts';
import { handler as timelines } from '../../functions/api/timelines.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';
import { validTimeline } from './fixtures.ts';

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

const post = (body: unknown) => invoke(timelines, apiEvent({ method: 'POST', path: '/v1/timelines', body: body as object }));

/** A 400 in the documented shape, and the issue at `path`. */
function issueAt(answer: { status: number; json: any }, path: (string | number)[]) {
  expect(answer.status).toBe(400);
  expect(answer.json).toEqual({ error: expect.any(String), issues: expect.any(Array) });
  const found = answer.json.issues.find((i: { path: unknown[] }) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(found, `no issue at ${JSON.stringify(path)} in ${JSON.stringify(answer.json.issues)}`).toBeDefined();
  return found as { path: unknown[]; message: string; code?: string; params?: Record<string, unknown> };
}

describe('POST /v1/timelines', () => {
  it('returns every month and every calendar year, in the documented shape, money as two-decimal strings', async () => {
    const answer = await post(validTimeline);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    // Parsing through the response schema drops unknown keys: equality means nothing undocumented is sent.
    expect(TimelineResponse.parse(answer.json)).toEqual(answer.json);
    const { months, years, start } = answer.json;
    expect(start).toBe('2026-03');
    expect(months.map((m: { month: string }) => m.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(months[2].monthlyEarnings).toBe('1462.50'); // 25 h × 13.50 € × 52 / 12
    // Four months over the 40 % limit (1 200 €): the full pension is shown at half from the first of them.
    expect(months.slice(2, 6).map((m: any) => m.benefits[0].status)).toEqual(Array(4).fill('mayBecomePartial'));
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ year: 2026, months: 8, net: { method: 'taxEstimate' } });
    expect(answer.json.totals.netIncome).toBe(years[0].netIncome);
  });

  it('takes money as a string or a number alike', async () => {
    const asNumbers = await post({ ...validTimeline, months: [{ hoursPerWeek: 12.5, hourlyWage: 14.2 }] });
    const asStrings = await post({ ...validTimeline, months: [{ hoursPerWeek: '12.5', hourlyWage: '14.20' }] });
    expect(asNumbers.status).toBe(200);
    expect(asNumbers.json).toEqual(asStrings.json);
  });

  it('logs one line per request without the body', async () => {
    await post(validTimeline);
    expect(logs.lines).toHaveLength(1);
    expect(JSON.parse(logs.lines[0]!)).toMatchObject({ route: 'POST /v1/timelines', status: 200 });
    expect(logs.lines[0]).not.toMatch(/Tampere|1985|13\.50/);
  });
});

describe('POST /v1/timelines with bad input: a 400 naming the field', () => {
  it('more than 36 months', async () => {
    const issue = issueAt(await post({ ...validTimeline, months: Array.from({ length: 37 }, () => ({ monthlyEarnings: 0 })) }), ['months']);
    expect(issue).toMatchObject({ code: 'too_big', params: { maximum: 36 } });
  });

  it('a month with both ways of giving pay', async () => {
    const issue = issueAt(await post({ ...validTimeline, months: [{ monthlyEarnings: 1000, hoursPerWeek: 10, hourlyWage: 12 }] }), [
      'months',
      0,
      'monthlyEarnings',
    ]);
    expect(issue.params).toMatchObject({ reason: 'onlyOneAllowed' });
  });

  it('start not written YYYY-MM', async () => {
    expect(issueAt(await post({ ...validTimeline, start: 'March 2026' }), ['start']).code).toBe('invalid_format');
  });

  it('start before the rules begin', async () => {
    const issue = issueAt(await post({ ...validTimeline, start: '2022-12' }), ['start']);
    expect(issue.params).toEqual({ reason: 'beforeRuleSet', min: '2023-01-01' });
  });

  it('an unknown municipality, with the closest names', async () => {
    const issue = issueAt(await post({ ...validTimeline, tax: { municipality: 'Tamppere' } }), ['tax', 'municipality']);
    expect(issue.params?.reason).toBe('unknownMunicipality');
    expect(issue.params?.suggestions).toContain('Tampere');
  });

  it('a second once-a-year bonus in the same year', async () => {
    const answer = await post({
      ...validTimeline,
      months: [
        { monthlyEarnings: 0, annualBonus: 100 },
        { monthlyEarnings: 0, annualBonus: 100 },
      ],
    });
    expect(issueAt(answer, ['months', 1, 'annualBonus']).params).toMatchObject({ reason: 'onePerYear', year: '2026' });
  });

  it('a fixed-term end date on a permanent pension', async () => {
    const answer = await post({
      ...validTimeline,
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: 900, endsOn: '2026-09-30' } },
    });
    expect(issueAt(answer, ['benefits', 'earningsRelatedPension', 'endsOn']).params).toEqual({ reason: 'needsFixedTerm' });
  });

  it('a body that is not a plan at all', async () => {
    expect(issueAt(await post({ ...validTimeline, months: 'twelve' }), ['months']).code).toBe('invalid_type');
    expect((await post([])).status).toBe(400);
  });
});
