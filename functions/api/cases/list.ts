import * as z from 'zod';
import { parseQuery } from '../http/request.ts';
import { json } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';
import { coachIdOf } from './coach.ts';
import type { CaseListResponse } from './schemas.ts';
import { store } from './store.ts';
import { summaryView } from './view.ts';

const NoQuery = z.strictObject({});

/** GET /v1/cases: the signed-in coach's cases, most recently changed first (another coach's never). */
export const handler = apiHandler('listCases', async (event) => {
  const coachId = coachIdOf(event);
  parseQuery(event, NoQuery);
  // Each case says whether the rules in use now change its outcome (computed again for a case saved under others).
  const body: CaseListResponse = { cases: (await store.list(coachId)).map((c) => summaryView(c)) };
  return json(body);
});
