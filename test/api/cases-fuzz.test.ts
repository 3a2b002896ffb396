import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite } from '../store/dynalite.ts';
import { type Answer, apiEvent, captureLogs, invoke } from './events.ts';
import { validCalculation } from './fixtures.ts';

/**
 * Generated odd requests through the saved-case and share-link handlers, against a real DynamoDB API:
 * odd bodies, labels, ids, tokens, versions, headers and claims. None may give a 500 or a stack trace;
 * every refusal is a JSON answer with the status the API documents.
 */

const RUNS = 1_500;
const logs = captureLogs();
let db: Awaited<ReturnType<typeof startDynalite>>;
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;
const handlers: Record<string, Handler> = {};
let existing: { id: string; token: string };

const COACH = 'fuzz-coach';

beforeAll(async () => {
  db = await startDynalite('cases-fuzz');
  process.env.TABLE_NAME = db.tableName;
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  for (const [name, path] of Object.entries({
    list: '../../functions/api/cases/list.ts',
    create: '../../functions/api/cases/create.ts',
    get: '../../functions/api/cases/get.ts',
    update: '../../functions/api/cases/update.ts',
    remove: '../../functions/api/cases/remove.ts',
    share: '../../functions/api/shares/create.ts',
    revoke: '../../functions/api/shares/revoke.ts',
    shared: '../../functions/api/shares/read.ts',
  })) {
    handlers[name] = ((await import(path)) as { handler: Handler }).handler;
  }
  await makeExisting();
});

/** A case and a link of the coach that most requests are about (made again when a request deletes it). */
async function makeExisting() {
  const created = await invoke(
    handlers.create!,
    apiEvent({ method: 'POST', path: '/v1/cases', body: { label: 'fuzz', input: validCalculation }, claims: { sub: COACH } }),
  );
  const share = await invoke(
    handlers.share!,
    apiEvent({ method: 'POST', path: '/x', pathParameters: { caseId: created.json.id }, claims: { sub: COACH } }),
  );
  existing = { id: created.json.id, token: share.json.token };
}
afterAll(async () => {
  await db.stop();
  logs.restore();
});

const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '131052-308T',
    'x'.repeat(81),
    'x'.repeat(80),
    '\u0000',
    '\ud800',
    '../..',
    '%00',
    '__proto__',
    'constructor',
    '<script>',
    'a/b',
  ),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, [], {}, 0, -1, 1, 2 ** 53, 1.5),
  fc.jsonValue({ maxDepth: 3 }),
);
const body: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ label: oddText, input: fc.constant(validCalculation) }),
  fc.record({ label: fc.constant('ok'), input: oddValue }),
  fc.record(
    {
      version: oddValue,
      label: fc.option(oddText, { nil: undefined }),
      input: fc.option(fc.constant(validCalculation), { nil: undefined }),
    },
    { requiredKeys: ['version'] },
  ),
  fc.record({ version: fc.integer({ min: 1, max: 6 }), label: fc.constantFrom('a', 'b', ' c ') }),
  fc.dictionary(fc.string({ maxLength: 8 }), oddValue, { maxKeys: 4 }),
  oddValue,
  fc.string(),
);
const caseId = fc.oneof({ weight: 3, arbitrary: fc.constant('EXISTING') }, fc.uuid(), oddText);
const token = fc.oneof({ weight: 2, arbitrary: fc.constant('EXISTING') }, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), oddText);
const claims = fc.oneof({ weight: 4, arbitrary: fc.constant(COACH) }, fc.constant('other-coach'), oddText, fc.constant(undefined));
const query = fc.option(
  fc.oneof(
    fc.record({ version: fc.oneof(oddText, fc.constantFrom('1', '2', '3', '0', '99999999999999999999')) }),
    fc.dictionary(oddText, oddText, { maxKeys: 2 }),
  ),
  { nil: undefined },
);

const request = fc.record({
  target: fc.constantFrom('list', 'create', 'get', 'update', 'remove', 'share', 'revoke', 'shared'),
  body: fc.option(body, { nil: undefined }),
  caseId,
  token,
  sub: claims,
  query,
  raw: fc.boolean(),
});

function check(where: string, answer: Answer) {
  expect([200, 201, 204, 400, 401, 404, 409], where).toContain(answer.status);
  expect(answer.headers['x-request-id'], where).toBeTruthy();
  expect(answer.body, where).not.toMatch(/\n\s+at |\.ts:\d+:\d+/);
  if (answer.status === 204) return expect(answer.body, where).toBe('');
  expect(answer.json, `${where}: not JSON`).toBeDefined();
  if (answer.status >= 400) expect(answer.json.error, where).toEqual(expect.any(String));
  if (answer.status === 400) expect(answer.json.issues.length, where).toBeGreaterThan(0);
  if (answer.status === 409) expect(answer.json.currentVersion, where).toEqual(expect.any(Number));
}

describe('fuzzing the case and share handlers', () => {
  it(`gives no 500 or stack trace in ${RUNS} generated requests`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const id = r.caseId === 'EXISTING' ? existing.id : r.caseId;
        const tok = r.token === 'EXISTING' ? existing.token : r.token;
        const event = apiEvent({
          method: 'GET',
          path: '/v1/fuzz',
          ...(r.body !== undefined ? { body: r.raw && typeof r.body === 'string' ? r.body : JSON.stringify(r.body) } : {}),
          ...(r.query ? { query: r.query } : {}),
          pathParameters: { caseId: id, token: tok },
          ...(r.sub !== undefined ? { claims: { sub: r.sub } } : {}),
        });
        const answer = await invoke(handlers[r.target]!, event);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        check(`${r.target} ${JSON.stringify(r).slice(0, 300)}`, answer);
        if (r.target === 'remove' && answer.status === 204) await makeExisting();
      }),
      { numRuns: RUNS },
    );
    for (const status of [200, 201, 400, 401, 404, 409]) expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
    expect(logs.lines.some((l) => l.includes('"level":"error"'))).toBe(false);
  }, 120_000);
});
