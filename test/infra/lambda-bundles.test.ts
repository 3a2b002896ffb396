import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEvent } from '../api/events.ts';
import { TYPICAL_REQUEST } from '../bench/api.ts';
import { startDynalite } from '../store/dynalite.ts';
import { bundleLambda } from './bundle-lambda.ts';

/**
 * The bundles as Lambda runs them: built with the house options (bundling.ts: built-ins loaded on first use,
 * the environment's credentials instead of the SDK's default chain), each imported in a fresh Node process
 * with only what Lambda's environment holds (role credentials, region, TABLE_NAME), and answering real
 * requests against a DynamoDB API (dynalite, named by the SDK's own AWS_ENDPOINT_URL_DYNAMODB).
 */
const run = promisify(execFile);
let dir: string;
let db: Awaited<ReturnType<typeof startDynalite>>;

const bundle = (entry: string, name: string) => bundleLambda(entry, join(dir, `${name}.mjs`), 'error');

const INVOKE = `
const [file, eventFile] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const { handler } = await import(file);
const result = await handler(JSON.parse(readFileSync(eventFile, 'utf8')), { awsRequestId: 'r', functionName: 'f' });
const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
process.stdout.write('\\nRESULT ' + JSON.stringify({ result, builtins }) + '\\n');
`;

/** One cold start: a fresh process imports the bundle and answers one event. */
async function coldInvoke(file: string, event: object, env: Record<string, string> = {}) {
  const eventFile = join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  const { stdout } = await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', INVOKE, file, eventFile], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      AWS_REGION: 'eu-north-1',
      AWS_ACCESS_KEY_ID: 'ASIAROLE',
      AWS_SECRET_ACCESS_KEY: 'role-secret',
      AWS_SESSION_TOKEN: 'role-token',
      TABLE_NAME: db.tableName,
      AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
      ...env,
    },
  });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no answer: ${stdout}`);
  const { result, builtins } = JSON.parse(line.slice('RESULT '.length)) as {
    result: { statusCode: number; body: string };
    builtins: string[];
  };
  return { status: result.statusCode, json: JSON.parse(result.body), log: stdout, builtins: new Set(builtins) };
}

const coach = { sub: 'coach-bundled', email: 'coach@example.test', token_use: 'access', client_id: 'web' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lambda-bundles-'));
  db = await startDynalite('cases');
});
afterAll(async () => {
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Lambda bundles, each started cold in its own process', () => {
  it('save a case and list it through DynamoDB, signed with the role’s credentials from the environment', async () => {
    const create = await bundle('functions/api/cases/create.ts', 'createCase');
    const list = await bundle('functions/api/cases/list.ts', 'listCases');
    const created = await coldInvoke(
      create,
      apiEvent({ method: 'POST', path: '/v1/cases', body: { label: 'Asiakas A', input: TYPICAL_REQUEST }, claims: coach }),
    );
    expect(created.status).toBe(201);
    const listed = await coldInvoke(list, apiEvent({ method: 'GET', path: '/v1/cases', claims: coach }));
    expect(listed.status).toBe(200);
    expect(listed.json.cases.map((c: { id: string; label: string }) => [c.id, c.label])).toEqual([[created.json.id, 'Asiakas A']]);
  });

  it('open a case saved under other rules: the engine and the rule set, loaded only then, compare its outcome', async () => {
    const create = await bundle('functions/api/cases/create.ts', 'createCaseOlder');
    const get = await bundle('functions/api/cases/get.ts', 'getCase');
    const owner = { ...coach, sub: 'coach-older-rules' };
    const created = await coldInvoke(
      create,
      apiEvent({ method: 'POST', path: '/v1/cases', body: { label: 'Asiakas B', input: TYPICAL_REQUEST }, claims: owner }),
    );
    expect(created.status).toBe(201);
    const open = async () =>
      coldInvoke(
        get,
        apiEvent({ method: 'GET', path: `/v1/cases/${created.json.id}`, pathParameters: { caseId: created.json.id }, claims: owner }),
      );
    // Under the rules in use, only their version is read.
    expect((await open()).json).toMatchObject({ savedWithCurrentRules: true, ruleSetCheck: null });
    // As if saved under last year's rules: the same outcome, another version.
    await db.client.send(
      new UpdateItemCommand({
        TableName: db.tableName,
        Key: { pk: { S: `COACH#${owner.sub}` }, sk: { S: `CASE#${created.json.id}` } },
        UpdateExpression: 'SET ruleSetVersion = :v',
        ExpressionAttributeValues: { ':v': { S: '2025.1+older' } },
      }),
    );
    const opened = await open();
    expect(opened.status).toBe(200);
    expect(opened.json.savedWithCurrentRules).toBe(false);
    expect(opened.json.ruleSetCheck).toEqual({
      savedWith: '2025.1+older',
      current: created.json.ruleSetVersion,
      outcomeChanged: false,
      changes: [],
    });
  });

  it('fail clearly without credentials in the environment (no profile, no instance metadata)', async () => {
    const list = await bundle('functions/api/cases/list.ts', 'listCasesBare');
    const answer = await coldInvoke(list, apiEvent({ method: 'GET', path: '/v1/cases', claims: coach }), {
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
    });
    expect(answer.status).toBe(500);
    expect(answer.log).toContain('Unable to find environment variable credentials');
  });

  it('answer the calculation and the unknown route without loading the built-ins they never use', async () => {
    const calculate = await bundle('functions/api/calculations.ts', 'calculate');
    const answer = await coldInvoke(calculate, apiEvent({ method: 'POST', path: '/v1/calculations', body: TYPICAL_REQUEST }));
    expect(answer.status).toBe(200);
    expect(answer.json.scenarios).toHaveLength(TYPICAL_REQUEST.scenarios.length);
    const fallback = await coldInvoke(
      await bundle('functions/api/fallback.ts', 'fallback'),
      apiEvent({ method: 'GET', path: '/v1/nowhere' }),
    );
    expect(fallback.status).toBe(404);
    // API Gateway always sends a request id, so node:crypto (a fresh id) is not needed; nor is TLS or compression.
    for (const { builtins } of [answer, fallback])
      for (const heavy of ['crypto', 'https', 'tls', 'zlib']) expect(builtins).not.toContain(heavy);
  });
});
