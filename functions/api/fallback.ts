import { FALLBACK } from '#contracts/routes.ts';
import { httpError } from './http/errors.ts';
import { apiHandler } from './http/stack.ts';
import { methodsFor } from './route-match.ts';

/**
 * API Gateway's `$default` route: every request no route matched. A known path with another method gets
 * 405 and an Allow header (OPTIONS gets 204 and the Allow header); anything else 404. Both as JSON.
 */
export const handler = apiHandler(FALLBACK.name, (event) => {
  const { method = '', path = '' } = event.requestContext?.http ?? {};
  const allowed = methodsFor(path);
  if (allowed.length === 0) throw httpError(404, { error: 'Not found' });
  const allow = [...allowed, 'OPTIONS'].join(', ');
  if (method === 'OPTIONS') return { statusCode: 204, headers: { Allow: allow } };
  throw httpError(405, { error: `Method not allowed: use ${allowed.join(' or ')}` }, { Allow: allow });
});
