import { parseQuery } from '../http/request.ts';
import { json } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';
import type { CaseListResponse } from './answers.ts';
import { coachIdOf } from './coach.ts';
import { ListCasesQuery } from './queries.ts';
import { store } from './store.ts';
import { listedView } from './view.ts';

/**
 * GET /v1/cases[?limit=N&cursor=…]: a page of the signed-in coach's cases, most recently changed first
 * (another coach's never), and `nextCursor` for the next page (null on the last).
 */
export const handler = apiHandler('listCases', async (event) => {
  const coachId = coachIdOf(event);
  // Each case says whether the rules in use now change its outcome (computed again for a case saved under others).
  const query = parseQuery(event, ListCasesQuery);
  const page = await store.list(coachId, {
    ...(query.limit !== undefined ? { limit: Number(query.limit) } : {}),
    ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
  });
  const body: CaseListResponse = { cases: await Promise.all(page.cases.map(listedView)), nextCursor: page.nextCursor };
  return json(body);
});
