import { shareTokenOf } from '../cases/coach.ts';
import { store } from '../cases/store.ts';
import { sharedView } from '../cases/view.ts';
import { json } from '../http/response.ts';
import { apiHandler } from '../http/stack.ts';

/**
 * GET /v1/shared/{token}: the case behind a share link, without signing in. Read-only: no route writes
 * with a share token. 404 for an unknown, revoked or expired link (and for an expired case).
 */
export const handler = apiHandler('readShared', async (event) => json(await sharedView(await store.readShared(shareTokenOf(event)))));
