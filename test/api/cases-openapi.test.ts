import { describe, expect, it } from 'vitest';
import { CalculationRequest } from '../../functions/core/index.ts';
import { createCaseStore } from '../../functions/store/cases.ts';
import { A, caseApi, input } from './case-api.ts';

/**
 * The saved-case and share-link answers, as the handlers send them, against the OpenAPI document.
 */
const { db, h, call, create } = caseApi('cases-openapi');

describe('the OpenAPI document describes these answers', () => {
  it('Case, CaseList, ShareLink, SharedCase, Conflict and Error, as the handlers send them', async () => {
    const { buildOpenApiDocument } = await import('../../functions/api/openapi-document.ts');
    const { validate } = await import('./json-schema.ts');
    const doc = JSON.parse(JSON.stringify(buildOpenApiDocument()));
    const accepts = (id: string, value: unknown) => validate({ $ref: `#/components/schemas/${id}` }, value, doc);
    const created = await create(A);
    const id = created.json.id as string;
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A });
    const stale = await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body: { version: 9, label: 'x' } });
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    const older = await store.create(A.sub, {
      label: 'old',
      input: CalculationRequest.parse(input),
      ruleSetVersion: 'old',
      outcome: { scenarios: [] },
    });
    const changed = await call(h.get, { method: 'GET', path: `/v1/cases/${older.id}`, as: A });
    expect(changed.json.ruleSetCheck.changes.length).toBeGreaterThan(0);
    const answers: [string, unknown][] = [
      ['Case', created.json],
      ['Case', opened.json],
      ['Case', changed.json],
      ['ShareLink', share.json],
      ['CaseList', (await call(h.list, { method: 'GET', path: '/v1/cases', as: A })).json],
      ['SharedCase', (await call(h.shared, { method: 'GET', path: `/v1/shared/${share.json.token}` })).json],
      ['Conflict', stale.json],
      ['Error', (await create(A, { label: '131052-308T', input })).json],
      ['Unauthorized', (await create(null)).json],
    ];
    for (const [schema, body] of answers) expect(accepts(schema, body), schema).toEqual([]);
    expect(accepts('Case', { ...opened.json, owner: A.sub })).not.toEqual([]);
  });
});
