import { caseIdOf, coachIdOf } from '../cases/coach.ts';
import { CreateShareRequest } from '../cases/queries.ts';
import { shareView } from '../cases/share-view.ts';
import { store } from '../cases/store.ts';
import { parseBody } from '../http/request.ts';
import { json } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';

/** POST /v1/cases/{caseId}/shares → 201 { token, path, createdAt, expiresAt }: a read-only link for the client. */
export const handler = apiHandler('createShare', async (event) => {
  const coachId = coachIdOf(event);
  const caseId = caseIdOf(event);
  if (event.body !== undefined && event.body !== '') parseBody(event, CreateShareRequest);
  return json(shareView(await store.createShare(coachId, caseId)), 201);
});
