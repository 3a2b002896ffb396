import { describeRules } from '../../functions/api/rules-view.ts';
import { CaseInputError } from '../../functions/core/case-issues.ts';
import { CalculationRequest, calculate, SweepRequest, sweep } from '../../functions/core/index.ts';
import { ruleSet } from '../helpers.ts';

/**
 * A stand-in for the HTTP API in component tests: the same schema and the same engine the API runs, behind
 * a fetch-shaped function. (The browser tests use the real server.)
 */
const DATE = '2026-03-01';

export function engineFetch(log: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    log.push(url);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const json = (status: number, value: unknown) =>
      new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
    // What the engine finds once the month is known (an unknown municipality, …) is a 400 too, as from the API.
    const computed = (compute: () => unknown) => {
      try {
        return json(200, compute());
      } catch (error) {
        if (error instanceof CaseInputError) return json(400, { error: 'Invalid request', issues: [error.issue] });
        throw error;
      }
    };
    if (url.endsWith('/v1/calculations')) {
      const parsed = CalculationRequest.safeParse(body);
      if (!parsed.success) return json(400, { error: 'Invalid request', issues: parsed.error.issues });
      return computed(() => calculate(ruleSet, { ...parsed.data, date: parsed.data.date ?? DATE }));
    }
    if (url.endsWith('/v1/calculations/sweep')) {
      const parsed = SweepRequest.safeParse(body);
      if (!parsed.success) return json(400, { error: 'Invalid request', issues: parsed.error.issues });
      return computed(() => sweep(ruleSet, { ...parsed.data, date: parsed.data.date ?? DATE }));
    }
    if (url.includes('/v1/rules')) {
      const date = new URL(url, 'http://x').searchParams.get('date') ?? DATE;
      return json(200, rulesAt(date));
    }
    return json(404, { error: 'Not found' });
  }) as typeof fetch;
}

/** GET /v1/rules exactly as the API describes it. */
function rulesAt(date: string) {
  return describeRules(ruleSet, date);
}

export { ruleSet };
