import type { RuleSetCheckResponse, ShareLink } from '../../functions/api/cases/answers.ts';
import { CreateCaseRequest, UpdateCaseRequest } from '../../functions/api/cases/schemas.ts';
import { summaryView } from '../../functions/api/cases/view.ts';
import { fromZod } from '../../functions/api/http/issues.ts';
import { TOKENS_KEY } from '../../web/src/lib/coach-entry.ts';
import { engineFetch, ruleSet } from './engine.ts';

/**
 * A stand-in for the case routes, share links and the token endpoint in component tests: cases in memory,
 * validated with the API's own request schemas (so a henkilötunnus in a label is refused as the API does),
 * versions checked (409 with currentVersion), bearer tokens checked (401). Everything else goes to the
 * engine stand-in. The real routes are driven by the browser test.
 */

const EMAIL = 'coach@example.fi';
const ISSUER = 'urn:test';
const CLIENT_ID = 'test-client';

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** A share token as the API makes them: 32 random bytes, base64url. */
const randomToken = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

/**
 * An unsigned JWT-shaped token with these claims. The web app reads only the e-mail address from it, and
 * the sign-in (oauth4webapi) checks the claims of an ID token from the token endpoint: see `coachIdToken`.
 */
export function idToken(claims: Record<string, unknown>): string {
  const part = (o: object) => base64Url(new TextEncoder().encode(JSON.stringify(o)));
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.signature`;
}

/** An ID token as a token endpoint issues it: issuer, audience (the client), subject, an hour's lifetime. */
export function coachIdToken(issuer: string, clientId: string, email: string, nowMs = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  return idToken({ iss: issuer, aud: clientId, sub: 'coach-1', iat, exp: iat + 3600, token_use: 'id', email });
}

export interface StoredCase {
  id: string;
  label: string;
  input: Record<string, unknown>;
  /** The plan over time saved with it, as the API keeps it (null when none). */
  plan: Record<string, unknown> | null;
  version: number;
  ruleSetVersion: string;
  ruleSetCheck: RuleSetCheckResponse;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  shares: ShareLink[];
}

export interface Request {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

const json = (status: number, value?: unknown) =>
  new Response(value === undefined ? null : JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });

export class CoachBackend {
  readonly cases = new Map<string, StoredCase>();
  readonly requests: Request[] = [];
  /** Access tokens the case routes accept. */
  readonly validAccess = new Set(['access-1']);
  /** False: refresh tokens are refused (e.g. the local server was restarted). */
  refreshWorks = true;
  /** When set, the coach is at the most cases / share links one coach may have: the API's 403. */
  atLimit: 'caseLimit' | 'shareLimit' | null = null;
  #ids = 0;
  #clock = Date.parse('2026-03-10T10:00:00.000Z');
  readonly #engine = engineFetch();

  /** A coach signed in in this tab, as after the callback. */
  signInTab(storage: Storage = sessionStorage): void {
    storage.setItem(
      TOKENS_KEY,
      JSON.stringify({
        accessToken: 'access-1',
        idToken: coachIdToken(ISSUER, CLIENT_ID, EMAIL),
        refreshToken: 'refresh-1',
        expiresAt: Date.now() + 3600_000,
      }),
    );
  }

  #tick(): string {
    this.#clock += 60_000;
    return new Date(this.#clock).toISOString();
  }

  addCase(c: {
    label: string;
    input: object;
    plan?: object | null;
    ruleSetVersion?: string;
    ruleSetCheck?: RuleSetCheckResponse;
  }): StoredCase {
    const at = this.#tick();
    this.#ids += 1;
    const stored: StoredCase = {
      id: `00000000-0000-4000-8000-${String(this.#ids).padStart(12, '0')}`,
      label: c.label,
      input: c.input as Record<string, unknown>,
      plan: (c.plan ?? null) as Record<string, unknown> | null,
      version: 1,
      ruleSetVersion: c.ruleSetVersion ?? ruleSet.version,
      ruleSetCheck: c.ruleSetCheck ?? null,
      createdAt: at,
      updatedAt: at,
      expiresAt: '2027-03-10T10:00:00.000Z',
      shares: [],
    };
    this.cases.set(stored.id, stored);
    return stored;
  }

  /** Another tab or device saves the case: its version moves on. */
  saveElsewhere(id: string, change: (input: Record<string, unknown>) => Record<string, unknown>): void {
    const c = this.cases.get(id)!;
    this.cases.set(id, {
      ...c,
      input: change(c.input),
      version: c.version + 1,
      updatedAt: this.#tick(),
      ruleSetVersion: ruleSet.version,
      ruleSetCheck: null,
    });
  }

  addShare(id: string, token = `tok${this.#ids}`.padEnd(43, 'x')): ShareLink {
    const c = this.cases.get(id)!;
    const link = { token, path: `/#share=${token}`, createdAt: this.#tick(), expiresAt: '2026-04-09T10:00:00.000Z' };
    c.shares.push(link);
    return link;
  }

  #view(c: StoredCase) {
    const { shares, input, plan, ruleSetCheck } = c;
    return { ...this.#summary(c), input, plan, shares, ruleSetCheck };
  }

  /** A case in the list: its outcomeChanged as the stored rule-set check says (as the API's list does). */
  #summary(c: StoredCase) {
    const { ruleSetCheck, shares: _shares, input: _input, plan: _plan, ...summary } = c;
    return summaryView(summary, ruleSetCheck);
  }

  readonly fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost:3000');
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const raw = init?.body ? String(init.body) : undefined;
    const body = raw && headers.get('content-type')?.includes('json') ? (JSON.parse(raw) as unknown) : raw;
    this.requests.push({ method, path: `${url.pathname}${url.search}`, authorization: headers.get('authorization'), body });
    const path = url.pathname;

    if (path === '/config.json') {
      return json(200, {
        auth: {
          provider: 'local',
          issuer: ISSUER,
          clientId: CLIENT_ID,
          authorizeUrl: '/local/oauth2/authorize',
          tokenUrl: '/local/oauth2/token',
          revokeUrl: '/local/oauth2/revoke',
          logoutUrl: '/local/logout',
          redirectPath: '/auth/callback',
          logoutRedirectPath: '/',
          scope: 'openid email',
        },
      });
    }
    if (path === '/local/oauth2/token') {
      const form = new URLSearchParams(String(raw));
      if (form.get('grant_type') !== 'refresh_token' || !this.refreshWorks) return json(400, { error: 'invalid_grant' });
      const access = `access-${this.validAccess.size + 1}`;
      this.validAccess.add(access);
      return json(200, { access_token: access, id_token: coachIdToken(ISSUER, CLIENT_ID, EMAIL), expires_in: 3600, token_type: 'Bearer' });
    }
    if (path === '/local/oauth2/revoke') return json(200, {});

    const shared = /^\/v1\/shared\/([^/]+)$/.exec(path);
    if (shared && method === 'GET') {
      const token = decodeURIComponent(shared[1]!);
      for (const c of this.cases.values()) {
        const link = c.shares.find((s) => s.token === token);
        if (link)
          return json(200, {
            label: c.label,
            input: c.input,
            plan: c.plan,
            ruleSetVersion: c.ruleSetVersion,
            updatedAt: c.updatedAt,
            expiresAt: link.expiresAt,
            ruleSetCheck: c.ruleSetCheck,
          });
      }
      return json(404, { error: 'No such share link, or it has expired or been revoked' });
    }

    if (path === '/v1/cases' || path.startsWith('/v1/cases/')) {
      const bearer = headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
      if (!this.validAccess.has(bearer)) return json(401, { message: 'Unauthorized' });
      const [, , , id, sub, token] = path.split('/');
      const found = id ? this.cases.get(id) : undefined;
      if (!id) {
        if (method === 'GET')
          return json(200, {
            cases: [...this.cases.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((c) => this.#summary(c)),
          });
        const parsed = CreateCaseRequest.safeParse(body);
        if (!parsed.success) return json(400, { error: 'Invalid request', issues: fromZod(parsed.error.issues) });
        if (this.atLimit === 'caseLimit') return json(403, { error: 'At the limit', reason: 'caseLimit', limit: 300 });
        const created = this.addCase({ label: parsed.data.label, input: parsed.data.input, plan: parsed.data.plan ?? null });
        return json(201, this.#view(created));
      }
      if (!found) return json(404, { error: 'No such case' });
      if (sub === 'shares') {
        if (method === 'POST' && this.atLimit === 'shareLimit')
          return json(403, { error: 'At the limit', reason: 'shareLimit', limit: 200 });
        if (method === 'POST') return json(201, this.addShare(found.id, randomToken()));
        found.shares = found.shares.filter((s) => s.token !== token);
        return json(204);
      }
      if (method === 'GET') return json(200, this.#view(found));
      if (method === 'DELETE') {
        const version = url.searchParams.get('version');
        if (version !== null && Number(version) !== found.version) return json(409, { error: 'Conflict', currentVersion: found.version });
        this.cases.delete(found.id);
        return json(204);
      }
      const parsed = UpdateCaseRequest.safeParse(body);
      if (!parsed.success) return json(400, { error: 'Invalid request', issues: fromZod(parsed.error.issues) });
      if (parsed.data.version !== found.version)
        return json(409, { error: 'The case was saved elsewhere since you opened it', currentVersion: found.version });
      const updated: StoredCase = {
        ...found,
        ...(parsed.data.label !== undefined ? { label: parsed.data.label } : {}),
        ...(parsed.data.plan !== undefined ? { plan: parsed.data.plan as Record<string, unknown> | null } : {}),
        ...(parsed.data.input !== undefined
          ? { input: parsed.data.input as Record<string, unknown>, ruleSetVersion: ruleSet.version, ruleSetCheck: null }
          : {}),
        version: found.version + 1,
        updatedAt: this.#tick(),
      };
      this.cases.set(found.id, updated);
      return json(200, this.#view(updated));
    }
    return this.#engine(input, init);
  }) as typeof fetch;
}
