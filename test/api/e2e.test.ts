import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { captureLogs } from './events.ts';
import { validCalculation, validTimeline } from './fixtures.ts';

/** The local server of `npm start`, on a free port, called over real HTTP. */

const logs = captureLogs();
const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-e2e-'));
const dataDir = join(tmp, 'data');
const webDir = join(tmp, 'web');
let server: LocalServer;

const post = (path: string, body: string) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'), { recursive: true });
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>web app</title>');
  writeFileSync(join(webDir, 'assets', 'app-1a2b.js'), 'console.log("app")');
  server = await startServer({ port: 0, dataDir, webDir });
});

afterAll(async () => {
  await server?.close();
  logs.restore();
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm start: one local process', () => {
  it('listens on the port it was given (0: a free one)', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves the API through the Lambda handlers', async () => {
    const health = await fetch(`${server.url}/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const calc = await post('/v1/calculations', JSON.stringify(validCalculation));
    expect(calc.status).toBe(200);
    expect(calc.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(calc.headers.get('x-content-type-options')).toBe('nosniff');
    const result = await calc.json();
    expect(result.scenarios.map((s: { id: string }) => s.id)).toEqual(['none', 'h10', 'h25']);

    const rules = await fetch(`${server.url}/v1/rules?date=2024-05-01`);
    expect((await rules.json()).date).toBe('2024-05-01');
    expect((await (await fetch(`${server.url}/v1/openapi.json`)).json()).openapi).toBe('3.1.0');
  });

  it('gives a different request id to each request, and logs each one', async () => {
    const before = logs.lines.length;
    const a = await fetch(`${server.url}/v1/health`);
    const b = await fetch(`${server.url}/v1/health`);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    expect(logs.lines.slice(before).map((l) => JSON.parse(l).requestId)).toEqual([
      a.headers.get('x-request-id'),
      b.headers.get('x-request-id'),
    ]);
  });

  it.each([
    { name: 'malformed JSON', body: '{"benefits":', status: 400 },
    { name: 'a body of 5 MB', body: JSON.stringify({ pad: 'x'.repeat(5 * 1024 * 1024) }), status: 413 },
    { name: 'a date in 1850', body: JSON.stringify({ ...validCalculation, date: '1850-06-01' }), status: 400 },
  ])('answers $name with a JSON $status listing the issues', async ({ body, status }) => {
    const answer = await post('/v1/calculations', body);
    expect(answer.status).toBe(status);
    const json = await answer.json();
    expect(json.issues.length).toBeGreaterThan(0);
    expect(answer.headers.get('x-request-id')).toBeTruthy();
  });

  it('builds events as API Gateway does: repeated query keys joined with commas, binary bodies in base64', async () => {
    const repeated = await fetch(`${server.url}/v1/rules?date=2024-01-01&date=2025-01-01`);
    expect(repeated.status).toBe(400);
    expect((await repeated.json()).issues[0].path).toEqual(['date']);
    const binary = await fetch(`${server.url}/v1/calculations`, { method: 'POST', body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b]) });
    expect(binary.status).toBe(400);
    expect((await binary.json()).issues[0].params.reason).toBe('invalidJson');
  });

  it('answers a body over API Gateway’s 10 MB with 413, as API Gateway does', async () => {
    const answer = await post('/v1/calculations', 'x'.repeat(10 * 1024 * 1024 + 1));
    expect(answer.status).toBe(413);
    expect(answer.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers unknown API routes with 404 and wrong methods with 405 and Allow, as JSON', async () => {
    const missing = await fetch(`${server.url}/v1/unknown`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found' });
    const trailing = await fetch(`${server.url}/v1/health/`);
    expect(trailing.status).toBe(404);
    const wrong = await fetch(`${server.url}/v1/calculations`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    expect((await fetch(`${server.url}/v1/health`, { method: 'DELETE' })).status).toBe(405);
  });

  it('serves the built web app, with the single-page-app fallback', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('web app');
    expect(await (await fetch(`${server.url}/cases/123`)).text()).toContain('web app');
    const asset = await fetch(`${server.url}/assets/app-1a2b.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    // No way out of the web folder, with or without encoded slashes.
    expect(await (await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).text()).toContain('web app');
    expect((await fetch(`${server.url}/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('serves the DynamoDB API from dynalite, and keeps the data on disk across restarts', async () => {
    const client = () =>
      new DynamoDBClient({
        endpoint: process.env.DYNAMODB_ENDPOINT,
        region: 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 1,
      });
    expect(process.env.DYNAMODB_ENDPOINT).toBe(server.dynamoDbEndpoint);
    const first = client();
    await first.send(
      new CreateTableCommand({
        TableName: 'e2e',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    first.destroy();

    await server.close();
    server = await startServer({ port: 0, dataDir, webDir });
    const second = client();
    expect((await second.send(new ListTablesCommand({}))).TableNames).toContain('e2e');
    second.destroy();
  });
});

describe('POST /v1/timelines over HTTP', () => {
  it('answers a plan month by month, with the years’ totals and a request id', async () => {
    const answer = await post('/v1/timelines', JSON.stringify(validTimeline));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const result = await answer.json();
    expect(result.months).toHaveLength(validTimeline.months.length);
    expect(result.years.map((y: { year: number }) => y.year)).toEqual([2026]);
    expect(result.totals.grossIncome).toMatch(/^\d+\.\d\d$/);
  });

  it.each([
    { name: '37 months', body: { ...validTimeline, months: Array.from({ length: 37 }, () => ({ monthlyEarnings: 0 })) }, path: ['months'] },
    { name: 'a start before the rules', body: { ...validTimeline, start: '2019-01' }, path: ['start'] },
    { name: 'a start that is not a month', body: { ...validTimeline, start: '2026-03-01' }, path: ['start'] },
    {
      name: 'a month with both ways of giving pay',
      body: { ...validTimeline, months: [{ monthlyEarnings: 1, hoursPerWeek: 1, hourlyWage: 1 }] },
      path: ['months', 0, 'monthlyEarnings'],
    },
  ])('answers $name with a 400 naming the field', async ({ body, path }) => {
    const answer = await post('/v1/timelines', JSON.stringify(body));
    expect(answer.status).toBe(400);
    const json = await answer.json();
    expect(json.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(path);
  });

  it('answers another method with 405 and Allow', async () => {
    const wrong = await fetch(`${server.url}/v1/timelines`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('npm start before the web app is built', () => {
  it('shows a placeholder page that points to the API', async () => {
    const bare = await startServer({ port: 0, dataDir: join(tmp, 'bare'), webDir: join(tmp, 'no-web') });
    try {
      const page = await fetch(`${bare.url}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('/v1/openapi.json');
      expect(html).toContain(bare.url);
      expect((await fetch(`${bare.url}/v1/health`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
