import { json } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';
import { caseIdOf, coachIdOf } from './coach.ts';
import { store } from './store.ts';
import { caseView } from './view.ts';

/** GET /v1/cases/{caseId}: the coach's own case (another coach's is 404), with ruleSetCheck. */
export const handler = apiHandler('getCase', async (event) => {
  const coachId = coachIdOf(event);
  const saved = await store.get(coachId, caseIdOf(event));
  return json(await caseView(saved));
});
