import { SweepRequest, sweep } from '#core/index.ts';
import { parseBody } from './http/request.ts';
import { json } from './http/response.ts';
import { apiHandler } from './http/stack.ts';
import { todayInHelsinki } from './http/today.ts';
import { ruleSet } from './ruleset.ts';

/** POST /v1/calculations/sweep: one case at one wage across an hours range (at most 401 points), for the chart. */
export const handler = apiHandler('sweep', (event) => {
  const request = parseBody(event, SweepRequest);
  return json(sweep(ruleSet, { ...request, date: request.date ?? todayInHelsinki() }));
});
