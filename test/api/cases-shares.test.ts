import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../functions/api/ruleset.ts';
import { CalculationRequest } from '../../functions/core/index.ts';
import { createCaseStore } from '../../functions/store/cases.ts';
import { A, B, caseApi, input } from './case-api.ts';

/**
 * Share links through their handlers: made, read without signing in, revoked, expired; and what the case
 * and share handlers log.
 */
const { logs, db, h, call, create } = caseApi('cases-shares');

describe('share links', () => {
  it('makes an unguessable read-only link that opens in the web app', async () => {
    const id = (await create(A)).json.id as string;
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    expect(share.status).toBe(201);
    expect(share.json.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share.json.path).toBe(`/#share=${share.json.token}`);
    expect(Date.parse(share.json.expiresAt) - Date.parse(share.json.createdAt)).toBe(30 * 86_400_000);
    expect((await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A, body: {} })).status).toBe(201);
    expect((await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A, body: { days: 365 } })).status).toBe(400);
  });

  it('reads the case without signing in: label, input, rule set, dates; never the owner, id, version or other links', async () => {
    const created = await create(A);
    const id = created.json.id as string;
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    const read = await call(h.shared, { method: 'GET', path: `/v1/shared/${share.json.token}`, as: null });
    expect(read.status).toBe(200);
    expect(read.json).toEqual({
      label: created.json.label,
      input: created.json.input,
      plan: null,
      ruleSetVersion: ruleSet.version,
      updatedAt: created.json.updatedAt,
      expiresAt: share.json.expiresAt,
      ruleSetCheck: null,
    });
    const text = read.body;
    for (const secret of [A.sub, A.email, id]) expect(text).not.toContain(secret);
    expect(read.headers['cache-control']).toBe('no-store');
  });

  it('stops working when revoked (404), and only the owner can revoke it', async () => {
    const id = (await create(A)).json.id as string;
    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A })).json.token as string;
    expect((await call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${token}`, as: B })).status).toBe(404);
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` })).status).toBe(200);
    expect((await call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${token}`, as: A })).status).toBe(204);
    const gone = await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` });
    expect(gone.status).toBe(404);
    expect(gone.json.error).toEqual(expect.any(String));
    expect((await call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${token}`, as: A })).status).toBe(404);
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).json.shares).toEqual([]);
  });

  it('stops working when it expires (the store’s clock: a link made 31 days ago), and when its case is deleted', async () => {
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    const past = createCaseStore({ client: db.client, tableName: db.tableName, now: () => longAgo });
    const old = await past.create(A.sub, { label: 'old', input: CalculationRequest.parse(input), ruleSetVersion: ruleSet.version });
    const expired = await past.createShare(A.sub, old.id);
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${expired.token}` })).status).toBe(404);
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${old.id}`, as: A })).json.shares).toEqual([]);

    const id = (await create(A)).json.id as string;
    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A })).json.token as string;
    await call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: A });
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` })).status).toBe(404);
  });

  it('answers an unknown or malformed token with 404', async () => {
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${'A'.repeat(43)}` })).status).toBe(404);
    expect((await call(h.shared, { method: 'GET', path: '/v1/shared/short' })).status).toBe(404);
  });

  it('has no write route: PUT, POST and DELETE on a shared link are 405 with Allow: GET, HEAD', async () => {
    for (const method of ['PUT', 'POST', 'DELETE']) {
      const answer = await call(h.fallback, { method, path: `/v1/shared/${'A'.repeat(43)}`, body: { label: 'changed' } });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
    }
  });
});

describe('logging', () => {
  it('logs the route, never the case, the label, the token or the coach', async () => {
    const before = logs.lines.length;
    const id = (await create(A, { label: 'Salainen nimi', input })).json.id as string;
    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A })).json.token as string;
    await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` });
    const lines = logs.lines.slice(before).join('\n');
    expect(lines).toContain('"route":"GET /v1/shared/{token}"');
    for (const secret of ['Salainen', token, id, A.sub, A.email]) expect(lines).not.toContain(secret);
  });
});
