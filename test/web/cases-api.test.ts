import { describe, expect, it, vi } from 'vitest';
import { CaseApiError, CasesApi, readShared, type TokenSource } from '../../web/src/lib/cases-api.ts';

/** The case API client: bearer tokens, one refresh on a 401, 409 as a conflict, and share links read without sign-in. */

interface Call {
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
}

function server(answers: ((call: Call) => { status: number; body?: unknown } | undefined)[]) {
  const calls: Call[] = [];
  const fetcher = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call = {
      method: init?.method ?? 'GET',
      url: String(input),
      authorization: headers.get('authorization'),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const answer = answers.shift()?.(call) ?? { status: 500, body: { error: 'no answer' } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

function tokens(options: { refreshes?: boolean } = {}) {
  let current: string | null = 'token-1';
  const source: TokenSource & { refreshCount: number; forgotten: boolean } = {
    refreshCount: 0,
    forgotten: false,
    accessToken: async () => current,
    refresh: async () => {
      source.refreshCount += 1;
      if (!options.refreshes) return false;
      current = `token-${source.refreshCount + 1}`;
      return true;
    },
    forget: () => {
      source.forgotten = true;
      current = null;
    },
  };
  return source;
}

const ok = (body: unknown) => () => ({ status: 200, body });
const status =
  (code: number, body: unknown = { message: 'Unauthorized' }) =>
  () => ({ status: code, body });

describe('case routes', () => {
  it('sends the access token as a bearer token, JSON in and out', async () => {
    const { fetcher, calls } = server([ok({ cases: [{ id: 'a' }] })]);
    const api = new CasesApi(tokens(), fetcher, '');
    expect(await api.list()).toEqual([{ id: 'a' }]);
    expect(calls).toEqual([{ method: 'GET', url: '/v1/cases', authorization: 'Bearer token-1', body: undefined }]);
  });

  it('on a 401 refreshes once and tries again with the new token', async () => {
    const source = tokens({ refreshes: true });
    const { fetcher, calls } = server([status(401), ok({ id: 'c1', version: 2 })]);
    const api = new CasesApi(source, fetcher, '');
    expect(await api.update('c1', { version: 1, label: 'Asiakas A' })).toEqual({ id: 'c1', version: 2 });
    expect(calls.map((c) => c.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(calls[1]).toMatchObject({ method: 'PUT', url: '/v1/cases/c1', body: { version: 1, label: 'Asiakas A' } });
    expect(source.refreshCount).toBe(1);
  });

  it('a second 401 (only once refreshed) means: sign in again; the tokens are forgotten', async () => {
    const source = tokens({ refreshes: true });
    const { fetcher, calls } = server([status(401), status(401, { error: 'Unauthorized', message: 'Unauthorized' })]);
    const error = await new CasesApi(source, fetcher, '').list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseApiError);
    expect(error).toMatchObject({ kind: 'signIn', status: 401 });
    expect(calls).toHaveLength(2);
    expect(source.refreshCount).toBe(1);
    expect(source.forgotten).toBe(true);
  });

  it('a refused refresh (refresh tokens lost in a restart) means: sign in again, without a second request', async () => {
    const source = tokens({ refreshes: false });
    const { fetcher, calls } = server([status(401)]);
    await expect(new CasesApi(source, fetcher, '').list()).rejects.toMatchObject({ kind: 'signIn' });
    expect(calls).toHaveLength(1);
  });

  it('without any token nothing is sent', async () => {
    const source = tokens();
    source.forget();
    const { fetcher, calls } = server([]);
    await expect(new CasesApi(source, fetcher, '').list()).rejects.toMatchObject({ kind: 'signIn' });
    expect(calls).toEqual([]);
  });

  it('a stale save is a conflict with the version saved now (never overwritten)', async () => {
    const { fetcher } = server([status(409, { error: 'The case was saved elsewhere', currentVersion: 4 })]);
    await expect(
      new CasesApi(tokens(), fetcher, '').update('c1', { version: 3, input: { benefits: {}, scenarios: [] } as never }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      status: 409,
      currentVersion: 4,
    });
  });

  it('a 400 keeps the API’s issues (params.reason) for the dialog to word', async () => {
    const issue = {
      path: ['label'],
      message: 'must not contain a personal identity code',
      code: 'custom',
      params: { reason: 'personalIdentityCode' },
    };
    const { fetcher } = server([status(400, { error: 'Invalid request', issues: [issue] })]);
    await expect(new CasesApi(tokens(), fetcher, '').create('010190-123A', {} as never)).rejects.toMatchObject({
      kind: 'invalid',
      issues: [issue],
    });
  });

  it.each([
    [404, 'notFound'],
    [500, 'server'],
    [503, 'server'],
  ])('%i → %s', async (code, kind) => {
    const { fetcher } = server([status(code, { error: 'x' })]);
    await expect(new CasesApi(tokens(), fetcher, '').get('c1')).rejects.toMatchObject({ kind });
  });

  it('a network failure is "network"', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(new CasesApi(tokens(), failing, '').list()).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('delete sends the version as a query parameter; a share link is made with an empty body and revoked by token', async () => {
    const { fetcher, calls } = server([
      () => ({ status: 204 }),
      () => ({ status: 201, body: { token: 't', path: '/#share=t' } }),
      () => ({ status: 204 }),
    ]);
    const api = new CasesApi(tokens(), fetcher, '');
    await api.remove('c1', 3);
    expect(await api.createShare('c1')).toEqual({ token: 't', path: '/#share=t' });
    await api.revokeShare('c1', 'tok_en-1');
    expect(calls.map((c) => `${c.method} ${c.url} ${JSON.stringify(c.body) ?? ''}`)).toEqual([
      'DELETE /v1/cases/c1?version=3 ',
      'POST /v1/cases/c1/shares {}',
      'DELETE /v1/cases/c1/shares/tok_en-1 ',
    ]);
  });
});

describe('shared links', () => {
  const token = 'a'.repeat(43);

  it('are read with GET /v1/shared/{token}, with no Authorization header and no credentials', async () => {
    const { fetcher, calls } = server([ok({ label: 'Asiakas A' })]);
    expect(await readShared(token, fetcher, '')).toEqual({ label: 'Asiakas A' });
    expect(calls).toEqual([{ method: 'GET', url: `/v1/shared/${token}`, authorization: null, body: undefined }]);
    const init = (fetcher as unknown as ReturnType<typeof vi.fn>).mock.calls[0]![1] as RequestInit;
    expect(init.credentials).toBe('omit');
    expect(init.referrerPolicy).toBe('no-referrer');
  });

  it('a revoked, expired or unknown link is "notFound"', async () => {
    const { fetcher } = server([status(404, { error: 'No such share link' })]);
    await expect(readShared(token, fetcher, '')).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('a token that is not one the API makes is never sent anywhere', async () => {
    const { fetcher, calls } = server([]);
    for (const bad of ['', 'short', '../../v1/cases', `${token}/x`, 'ä'.repeat(43)])
      await expect(readShared(bad, fetcher, '')).rejects.toMatchObject({ kind: 'notFound' });
    expect(calls).toEqual([]);
  });
});
