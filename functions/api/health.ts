import { json } from './http/response.ts';
import { apiHandler } from './http/stack.ts';
import { ruleSet } from './ruleset.ts';
import type { HealthResponse } from './schemas.ts';

const body: HealthResponse = { status: 'ok', ruleSet: { version: ruleSet.version, verifiedUntil: ruleSet.verifiedUntil } };

/** GET /v1/health */
export const handler = apiHandler('health', () => json(body));
