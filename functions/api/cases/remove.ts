import { parseQuery } from '../http/request.ts';
import { noContent } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';
import { caseIdOf, coachIdOf } from './coach.ts';
import { DeleteCaseQuery } from './queries.ts';
import { store } from './store.ts';

/**
 * DELETE /v1/cases/{caseId}[?version=N]: deletes the case and its share links → 204. With a version, only
 * if nobody saved the case since (else 409 with currentVersion). The version is a query parameter, not an
 * If-Match header: CloudFront forwards every query string to the API, but only the headers it is told to.
 */
export const handler = apiHandler('deleteCase', async (event) => {
  const coachId = coachIdOf(event);
  const caseId = caseIdOf(event);
  const query = parseQuery(event, DeleteCaseQuery);
  await store.remove(coachId, caseId, query.version === undefined ? undefined : Number(query.version));
  return noContent();
});
