import { caseIdOf, coachIdOf, shareTokenOf } from '../cases/coach.ts';
import { store } from '../cases/store.ts';
import { noContent } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';

/** DELETE /v1/cases/{caseId}/shares/{token} → 204; the link stops working at once. */
export const handler = apiHandler('revokeShare', async (event) => {
  const coachId = coachIdOf(event);
  await store.revokeShare(coachId, caseIdOf(event), shareTokenOf(event));
  return noContent();
});
