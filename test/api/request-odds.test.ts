import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handler as calculations } from '../../functions/api/calculations.ts';
import { handler as fallback } from '../../functions/api/fallback.ts';
import { handler as health } from '../../functions/api/health.ts';
import { findDuplicateKey } from '../../functions/api/http/duplicate-keys.ts';
import { matchRoute } from '../../functions/api/route-match.ts';
import { MAX_BODY_BYTES } from '../../functions/contracts/limits.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';
import { validCalculation } from './fixtures.ts';

/** The audit's H2 and H3: no silent choice in the API, and one answer for one condition. */

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

const calc = (body: string) => invoke(calculations, apiEvent({ method: 'POST', path: '/v1/calculations', body }));
const json = JSON.stringify(validCalculation);

describe('a key given twice in one object is refused by name, never last-wins', () => {
  it('the date twice at the top: 400 on ["date"] naming the key', async () => {
    const body = `{"date":"2026-03-01","date":"2026-04-01",${json.slice(1)}`;
    const answer = await calc(body);
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([
      {
        path: ['date'],
        message: 'the key "date" is given twice in the same object: give it once',
        code: 'custom',
        params: { reason: 'duplicateKey', key: 'date' },
      },
    ]);
  });

  it('a key twice deep inside, in an array element: its whole path', async () => {
    const body = JSON.stringify({ ...validCalculation, scenarios: [{ id: 'a', monthlyEarnings: '100' }] }).replace(
      '"monthlyEarnings":"100"',
      '"monthlyEarnings":"100","monthlyEarnings":"900"',
    );
    const answer = await calc(body);
    expect(answer.status).toBe(400);
    expect(answer.json.issues[0]).toMatchObject({ path: ['scenarios', 0, 'monthlyEarnings'], params: { reason: 'duplicateKey' } });
  });

  it('the same key written with an escape is the same key', () => {
    expect(findDuplicateKey('{"a":1,"\\u0061":2}')).toEqual({ path: ['a'], key: 'a' });
  });

  it('keys with escapes are compared as decoded, plain keys as they are, at any depth', () => {
    expect(findDuplicateKey('{"a\\"b":1,"a\\u0022b":2}')).toEqual({ path: ['a"b'], key: 'a"b' });
    expect(findDuplicateKey('{"x":[1,{"ä":1,"y":[{}],"ä":2}]}')).toEqual({ path: ['x', 1, 'ä'], key: 'ä' });
    expect(findDuplicateKey('{"x":[{"a":1},{"b":[],"a":2,"b":3}]}')).toEqual({ path: ['x', 1, 'b'], key: 'b' });
  });

  it.each([
    ['the same key in two objects', '{"x":{"a":1},"y":{"a":2}}'],
    ['the same key in sibling array elements', '[{"a":1},{"a":2}]'],
    ['a value equal to a key', '{"a":"a","b":"a"}'],
    ['a key with an escaped quote', '{"a\\"":1,"a":2}'],
    ['braces inside strings', '{"a":"{\\"a\\":1}","b":"}"}'],
  ])('not a duplicate: %s', (_name, text) => {
    expect(findDuplicateKey(text)).toBeNull();
  });

  it('a body without duplicates is computed as before', async () => {
    expect((await calc(json)).status).toBe(200);
  });
});

describe('a body too large is one answer: 413 with API Gateway’s message, and the issue', () => {
  it(`one byte over ${MAX_BODY_BYTES} bytes`, async () => {
    const padding = 'x'.repeat(MAX_BODY_BYTES);
    const answer = await calc(JSON.stringify({ ...validCalculation, padding }));
    expect(answer.status).toBe(413);
    expect(answer.json).toEqual({
      error: 'Request Entity Too Large',
      message: 'Request Entity Too Large',
      issues: [expect.objectContaining({ params: { reason: 'bodyTooLarge', max: MAX_BODY_BYTES } })],
    });
  });

  it(`exactly ${MAX_BODY_BYTES} bytes is read (and then judged on its fields)`, async () => {
    const base = JSON.stringify({ ...validCalculation, padding: '' });
    const body = base.replace('"padding":""', `"padding":"${'x'.repeat(MAX_BODY_BYTES - Buffer.byteLength(base))}"`);
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const answer = await calc(body);
    expect(answer.status).toBe(400);
    expect(answer.json.issues[0].code).toBe('unrecognized_keys');
  });
});

describe('HEAD is answered as GET, without the body (RFC 9110 § 9.3.2)', () => {
  it('HEAD /v1/health: 200 with the GET’s headers and no body', async () => {
    const get = await invoke(health, apiEvent({ method: 'GET', path: '/v1/health' }));
    const head = await invoke(health, apiEvent({ method: 'HEAD', path: '/v1/health', routeKey: 'HEAD /v1/health' }));
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.headers['x-request-id']).toBeTruthy();
  });

  it('the GET route serves HEAD; POST-only paths do not', () => {
    expect(matchRoute('HEAD', '/v1/health')?.route.name).toBe('health');
    expect(matchRoute('HEAD', '/v1/calculations')).toBeUndefined();
  });

  it('HEAD on a POST-only path: 405, and Allow lists HEAD only where GET is', async () => {
    const answer = await invoke(fallback, apiEvent({ method: 'HEAD', path: '/v1/calculations', routeKey: '$default' }));
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('POST, OPTIONS');
    expect(answer.body).toBe('');
  });
});

describe('fields accepted only where they are used', () => {
  it('a church without church membership: 400 on tax.church', async () => {
    const answer = await calc(JSON.stringify({ ...validCalculation, tax: { church: 'orthodox' } }));
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([expect.objectContaining({ path: ['tax', 'church'], params: { reason: 'needsChurchMember' } })]);
  });

  it('a church with membership is fine', async () => {
    const answer = await calc(JSON.stringify({ ...validCalculation, tax: { churchMember: true, church: 'orthodox' } }));
    expect(answer.status).toBe(200);
  });

  it('fullTimeInSector without the full-time hours: 400 on it', async () => {
    const body = { ...validCalculation, benefits: { sicknessAllowance: { dailyAmount: '60', fullTimeInSector: true } } };
    const answer = await calc(JSON.stringify(body));
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([
      expect.objectContaining({ path: ['benefits', 'sicknessAllowance', 'fullTimeInSector'], params: { reason: 'needsFullTimeHours' } }),
    ]);
  });
});
