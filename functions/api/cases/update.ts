import { parseBody } from '../http/request.ts';
import { json } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';
import { caseIdOf, coachIdOf } from './coach.ts';
import { savedContent } from './saved-content.ts';
import { UpdateCaseRequest } from './schemas.ts';
import { store } from './store.ts';
import { caseView } from './view.ts';

/**
 * PUT /v1/cases/{caseId}: { version, label?, input?, plan? } (plan null removes it). Saved only if the case is still at `version`;
 * otherwise 409 { error, currentVersion } and nothing changes. New input is saved with the current rule
 * set and its outcome; a rename keeps both.
 */
export const handler = apiHandler('updateCase', async (event) => {
  const coachId = coachIdOf(event);
  const caseId = caseIdOf(event);
  const body = parseBody(event, UpdateCaseRequest);
  const saved = await store.update(coachId, caseId, body.version, {
    ...(body.label !== undefined ? { label: body.label } : {}),
    ...(body.input !== undefined ? savedContent(body.input) : {}),
    ...(body.plan !== undefined ? { plan: body.plan } : {}),
  });
  return json(await caseView(saved));
});
