import { json } from './http/response.ts';
import { apiHandler } from './http/stack.ts';
import { buildOpenApiDocument } from './openapi-document.ts';

/** Built once per cold start from the same schemas that validate requests. */
const document = buildOpenApiDocument();

/** GET /v1/openapi.json */
export const handler = apiHandler('openapi', () => json(document));
