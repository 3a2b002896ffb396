import { parseBody } from '../http/request.ts';
import { json } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';
import { coachIdOf } from './coach.ts';
import { savedContent } from './saved-content.ts';
import { CreateCaseRequest } from './schemas.ts';
import { store } from './store.ts';
import { caseView } from './view.ts';

/** POST /v1/cases: { label, input, plan? } → 201 with the saved case (version 1). */
export const handler = apiHandler('createCase', async (event) => {
  const coachId = coachIdOf(event);
  const body = parseBody(event, CreateCaseRequest);
  const saved = await store.create(coachId, {
    label: body.label,
    ...savedContent(body.input),
    ...(body.plan !== undefined ? { plan: body.plan } : {}),
  });
  return json(await caseView(saved), 201, { Location: `/v1/cases/${saved.id}` });
});
