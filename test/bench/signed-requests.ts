import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { CalculationRequest } from '#core/request.ts';
import { savedContent } from '../../functions/api/cases/saved-content.ts';
import { type CaseStore, createCaseStore } from '../../functions/store/cases.ts';
import { apiEvent } from '../api/events.ts';
import { startDynalite } from '../store/dynalite.ts';
import { TYPICAL_REQUEST } from './api.ts';

/**
 * The first request a signed-in coach really sends to each case route, against a DynamoDB API (dynalite): the
 * verified token's claims as API Gateway's JWT authorizer hands them on, and a case (and a share link) that
 * exists. Every call uses a coach of its own, so each cold start finds the same table state (three saved
 * cases, one of them shared) and no run uses up another's limits.
 */
export interface SignedRequests {
  /** The environment a Lambda of the case routes gets in AWS, pointed at dynalite. */
  readonly env: Record<string, string>;
  /** A fresh coach's first request to `route`, with what it needs already in the table. */
  event(route: string): Promise<APIGatewayProxyEventV2>;
  stop(): Promise<void>;
}

export async function signedRequests(): Promise<SignedRequests> {
  const db = await startDynalite('bench-cases');
  const store: CaseStore = createCaseStore({ client: db.client, tableName: db.tableName });
  let coaches = 0;

  async function event(route: string): Promise<APIGatewayProxyEventV2> {
    coaches += 1;
    const claims = { sub: `bench-coach-${coaches}`, email: 'coach@example.test', token_use: 'access', client_id: 'web' };
    const saved = [];
    for (const label of ['Asiakas A', 'Asiakas B', 'Asiakas C'])
      saved.push(await store.create(claims.sub, { label, ...savedContent(CalculationRequest.parse(TYPICAL_REQUEST)) }));
    const [first] = saved;
    if (!first) throw new Error('no case saved');
    const share = await store.createShare(claims.sub, first.id);
    const caseId = first.id;
    const path = (p: string) => ({ claims, pathParameters: { caseId, token: share.token }, path: p });
    switch (route) {
      case 'listCases':
        return apiEvent({ method: 'GET', ...path('/v1/cases') });
      case 'createCase':
        return apiEvent({ method: 'POST', ...path('/v1/cases'), body: { label: 'Asiakas D', input: TYPICAL_REQUEST } });
      case 'getCase':
        return apiEvent({ method: 'GET', ...path(`/v1/cases/${caseId}`) });
      case 'updateCase':
        return apiEvent({ method: 'PUT', ...path(`/v1/cases/${caseId}`), body: { version: first.version, label: 'Asiakas A2' } });
      case 'deleteCase':
        return apiEvent({ method: 'DELETE', ...path(`/v1/cases/${caseId}`), query: { version: String(first.version) } });
      case 'createShare':
        return apiEvent({ method: 'POST', ...path(`/v1/cases/${caseId}/shares`) });
      case 'revokeShare':
        return apiEvent({ method: 'DELETE', ...path(`/v1/cases/${caseId}/shares/${share.token}`) });
      case 'readShared':
        // A client opening the link: no sign-in.
        return apiEvent({ method: 'GET', path: `/v1/shared/${share.token}`, pathParameters: { token: share.token } });
      default:
        throw new Error(`no signed first request for ${route}`);
    }
  }

  return {
    env: {
      AWS_ACCESS_KEY_ID: 'ASIABENCH',
      AWS_SECRET_ACCESS_KEY: 'bench-secret',
      AWS_SESSION_TOKEN: 'bench-token',
      AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
      TABLE_NAME: db.tableName,
    },
    event,
    stop: db.stop,
  };
}
