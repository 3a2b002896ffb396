import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../functions/api/openapi-document.ts';
import { MAX_CASES_PER_COACH, MAX_SHARE_LINKS_PER_COACH } from '../../functions/contracts/limits.ts';
import { startDynalite } from '../store/dynalite.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';
import { validate } from './json-schema.ts';

/**
 * Issue 12, item 8, through the handlers: GET /v1/cases in pages (limit, cursor, nextCursor), and a clear
 * 403 when a coach is at the most cases or share links one coach may have. The answers match the OpenAPI
 * document.
 */

const logs = captureLogs();
let db: Awaited<ReturnType<typeof startDynalite>>;
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;
let list: Handler;
let create: Handler;
let share: Handler;
const doc = JSON.parse(JSON.stringify(buildOpenApiDocument()));
const accepts = (id: string, value: unknown) => validate({ $ref: `#/components/schemas/${id}` }, value, doc);

beforeAll(async () => {
  db = await startDynalite('pages-and-limits');
  process.env.TABLE_NAME = db.tableName;
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  const load = async (path: string) => ((await import(path)) as { handler: Handler }).handler;
  list = await load('../../functions/api/cases/list.ts');
  create = await load('../../functions/api/cases/create.ts');
  share = await load('../../functions/api/shares/create.ts');
});
afterAll(async () => {
  await db.stop();
  logs.restore();
});

const input = {
  date: '2026-03-01',
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00' } },
  scenarios: [{ id: 'h10', hoursPerWeek: 10, hourlyWage: '13.50' }],
};
const claims = (sub: string) => ({ sub, email: `${sub}@example.fi`, token_use: 'access', client_id: 'web' });
const listAs = (sub: string, query?: Record<string, string>) =>
  invoke(list, apiEvent({ method: 'GET', path: '/v1/cases', routeKey: 'GET /v1/cases', claims: claims(sub), ...(query ? { query } : {}) }));
const createAs = (sub: string) =>
  invoke(
    create,
    apiEvent({ method: 'POST', path: '/v1/cases', routeKey: 'POST /v1/cases', claims: claims(sub), body: { label: 'Asiakas', input } }),
  );

/** Cases written straight into the table, as many as a coach may have. */
async function seed(coachId: string, count: number, shares: Record<string, unknown> = {}) {
  const dynamo = DynamoDBDocumentClient.from(db.client);
  const ids = Array.from({ length: count }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  for (let i = 0; i < ids.length; i += 25) {
    const batch = ids.slice(i, i + 25).map((id) => ({
      PutRequest: {
        Item: {
          pk: `COACH#${coachId}`,
          sk: `CASE#${id}`,
          id,
          coachId,
          label: 'seeded',
          input: JSON.stringify(input),
          ruleSetVersion: 'old',
          createdAt: '2026-01-01T10:00:00.000Z',
          updatedAt: '2026-01-01T10:00:00.000Z',
          version: 1,
          expiresAt: '2099-01-01T10:00:00.000Z',
          ttl: 4_070_944_800,
          shares,
        },
      },
    }));
    await dynamo.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: batch } }));
  }
  return ids;
}

describe('GET /v1/cases in pages', () => {
  it('gives 50 cases a page by default, `limit` up to 100, and nextCursor until the last page', async () => {
    await seed('pager', 120);
    const first = await listAs('pager');
    expect(first.status).toBe(200);
    expect(first.json.cases).toHaveLength(50);
    expect(accepts('CaseList', first.json)).toEqual([]);
    const seen = new Set<string>(first.json.cases.map((c: { id: string }) => c.id));
    let cursor = first.json.nextCursor as string | null;
    let pages = 1;
    while (cursor) {
      const next = await listAs('pager', { limit: '100', cursor });
      expect(next.status).toBe(200);
      for (const c of next.json.cases) seen.add(c.id);
      cursor = next.json.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(2);
    expect(seen.size).toBe(120);
  });

  it.each<{ query: Record<string, string>; path: string }>([
    { query: { limit: '0' }, path: 'limit' },
    { query: { limit: '101' }, path: 'limit' },
    { query: { limit: 'ten' }, path: 'limit' },
    { query: { limit: '1.5' }, path: 'limit' },
    { query: { cursor: 'made-up' }, path: 'cursor' },
    { query: { cursor: 'x'.repeat(201) }, path: 'cursor' },
    { query: { page: '2' }, path: 'page' },
  ])('answers $query with a 400 naming $path', async ({ query, path }) => {
    const answer = await listAs('pager', query);
    expect(answer.status).toBe(400);
    expect(answer.json.issues.map((i: { path: string[] }) => i.path)).toContainEqual(path === 'page' ? [] : [path]);
    expect(accepts('Error', answer.json)).toEqual([]);
  });
});

describe('the most cases and share links one coach may have', () => {
  it(`answers case ${MAX_CASES_PER_COACH + 1} with 403, reason caseLimit and what to do`, async () => {
    await seed('full', MAX_CASES_PER_COACH);
    const answer = await createAs('full');
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      error: 'You have 300 saved cases, the most one coach can keep. Delete cases you no longer need, then save again.',
      reason: 'caseLimit',
      limit: MAX_CASES_PER_COACH,
    });
    expect(accepts('Limit', answer.json)).toEqual([]);
    expect((await createAs('someone-else')).status).toBe(201);
  });

  it(`answers share link ${MAX_SHARE_LINKS_PER_COACH + 1} with 403, reason shareLimit and what to do`, async () => {
    const links = Object.fromEntries(
      Array.from({ length: MAX_SHARE_LINKS_PER_COACH }, (_, i) => [
        `${String(i).padStart(4, '0')}${'s'.repeat(39)}`,
        { createdAt: '2026-01-01T10:00:00.000Z', expiresAt: '2098-01-01T10:00:00.000Z' },
      ]),
    );
    const [id] = await seed('sharer', 1, links);
    const answer = await invoke(
      share,
      apiEvent({
        method: 'POST',
        path: `/v1/cases/${id}/shares`,
        routeKey: 'POST /v1/cases/{caseId}/shares',
        pathParameters: { caseId: id! },
        claims: claims('sharer'),
      }),
    );
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      error: 'You have 200 working share links, the most one coach can have. Revoke links you no longer need, then try again.',
      reason: 'shareLimit',
      limit: MAX_SHARE_LINKS_PER_COACH,
    });
    expect(accepts('Limit', answer.json)).toEqual([]);
  });

  it('says so in the OpenAPI document: the 403 of creating a case and a link, and the list’s query', () => {
    expect(doc.paths['/v1/cases'].post.responses['403'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Limit' });
    expect(doc.paths['/v1/cases/{caseId}/shares'].post.responses['403'].description).toContain('shareLimit');
    expect(doc.paths['/v1/cases'].get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'query:limit',
      'query:cursor',
    ]);
    expect(doc.components.schemas.CaseList.required).toEqual(['cases', 'nextCursor']);
  });
});
