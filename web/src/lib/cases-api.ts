import { MAX_CASE_PAGE_SIZE, MAX_CASES_PER_COACH } from '#contracts/limits.ts';
import type { CalculationRequestInput } from '#core/request.ts';
import type {
  CaseListResponse,
  CaseResponse,
  CaseSummaryResponse,
  RuleSetCheckResponse,
  SharedCaseResponse,
  ShareLink,
} from '../../../functions/api/cases/answers.ts';
import type { SavedPlan } from './plan.ts';
import type { Issue } from './validation.ts';

/**
 * The client of a coach's saved cases (/v1/cases…, signed in) and of read-only share links
 * (/v1/shared/{token}, no sign-in). A 401 is answered by refreshing the tokens once and trying again;
 * if that fails the coach must sign in again (kind "signIn"). A stale save is a 409 (kind "conflict",
 * with the version now saved): nothing is ever overwritten silently. 401 bodies differ between API
 * Gateway and the local server, so only the status is read.
 */

export type CaseSummary = CaseSummaryResponse;
export type SavedCase = CaseResponse;
export type SharedCase = SharedCaseResponse;
export type RuleSetCheck = RuleSetCheckResponse;
export type { ShareLink };

export type CaseErrorKind = 'signIn' | 'conflict' | 'notFound' | 'invalid' | 'caseLimit' | 'shareLimit' | 'network' | 'server';

export class CaseApiError extends Error {
  readonly kind: CaseErrorKind;
  readonly status: number;
  /** The API's issues on a 400 (params.reason words them). */
  readonly issues: Issue[];
  /** On a 409: the version saved now. */
  readonly currentVersion: number | null;

  constructor(kind: CaseErrorKind, status: number, issues: Issue[] = [], currentVersion: number | null = null) {
    super(`Case request failed: ${kind} (${status})`);
    this.name = 'CaseApiError';
    this.kind = kind;
    this.status = status;
    this.issues = issues;
    this.currentVersion = currentVersion;
  }
}

/** What the client needs of the sign-in (auth.ts's Auth). */
export interface TokenSource {
  accessToken(): Promise<string | null>;
  refresh(): Promise<boolean>;
  forget(): void;
}

type Fetch = typeof fetch;

/** More pages than a coach's cases can fill: a guard against a cursor that never ends. */
const MAX_PAGES = Math.ceil(MAX_CASES_PER_COACH / MAX_CASE_PAGE_SIZE) + 2;

const API_BASE = (import.meta.env?.VITE_API_BASE as string | undefined)?.replace(/\/$/, '') ?? '';

async function errorFrom(response: Response): Promise<CaseApiError> {
  let body: { issues?: unknown; currentVersion?: unknown; reason?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // no readable body: the status says enough
  }
  switch (response.status) {
    case 400: {
      const issues = Array.isArray(body.issues) ? (body.issues as Issue[]).filter((i) => i && Array.isArray(i.path)) : [];
      return new CaseApiError('invalid', 400, issues);
    }
    case 401:
      return new CaseApiError('signIn', 401);
    case 403:
      // The coach has as many cases or links as one coach may have.
      return new CaseApiError(body.reason === 'caseLimit' || body.reason === 'shareLimit' ? body.reason : 'server', 403);
    case 404:
      return new CaseApiError('notFound', 404);
    case 409:
      return new CaseApiError('conflict', 409, [], typeof body.currentVersion === 'number' ? body.currentVersion : null);
    default:
      return new CaseApiError('server', response.status);
  }
}

async function result<T>(response: Response): Promise<T> {
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new CaseApiError('server', response.status);
  }
}

async function send(fetcher: Fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetcher(url, { ...init, referrerPolicy: 'no-referrer', cache: 'no-store' });
  } catch {
    throw new CaseApiError('network', 0);
  }
}

export class CasesApi {
  readonly #auth: TokenSource;
  readonly #fetch: Fetch;
  readonly #base: string;

  constructor(auth: TokenSource, fetcher: Fetch = globalThis.fetch.bind(globalThis), base = API_BASE) {
    this.#auth = auth;
    this.#fetch = fetcher;
    this.#base = base;
  }

  async #call<T>(path: string, init: { method: string; body?: unknown } = { method: 'GET' }): Promise<T> {
    const request = (token: string) =>
      send(this.#fetch, `${this.#base}${path}`, {
        method: init.method,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        credentials: 'same-origin',
      });
    const token = await this.#auth.accessToken();
    if (!token) throw new CaseApiError('signIn', 401);
    let response = await request(token);
    if (response.status === 401) {
      // Once: new tokens with the refresh token, then the same request again.
      const fresh = (await this.#auth.refresh()) ? await this.#auth.accessToken() : null;
      if (fresh) response = await request(fresh);
      if (response.status === 401) {
        this.#auth.forget();
        throw new CaseApiError('signIn', 401);
      }
    }
    return result<T>(response);
  }

  /** Every case of the coach: the API gives them a page at a time, newest change first. */
  async list(): Promise<CaseSummary[]> {
    const cases: CaseSummary[] = [];
    let path = '/v1/cases';
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { cases: more, nextCursor } = await this.#call<CaseListResponse>(path);
      cases.push(...more);
      if (!nextCursor) break;
      path = `/v1/cases?limit=${MAX_CASE_PAGE_SIZE}&cursor=${encodeURIComponent(nextCursor)}`;
    }
    return cases;
  }

  get(id: string): Promise<SavedCase> {
    return this.#call(`/v1/cases/${encodeURIComponent(id)}`);
  }

  /** `plan`: the plan over time saved with the case (lib/plan.ts savedPlanOf), when there is one. */
  create(label: string, input: CalculationRequestInput, plan?: SavedPlan): Promise<SavedCase> {
    return this.#call('/v1/cases', { method: 'POST', body: { label, input, ...(plan ? { plan } : {}) } });
  }

  /** Saved only if the case is still at `version`; else a "conflict" error. */
  update(
    id: string,
    change: { version: number; label?: string; input?: CalculationRequestInput; plan?: SavedPlan | null },
  ): Promise<SavedCase> {
    return this.#call(`/v1/cases/${encodeURIComponent(id)}`, { method: 'PUT', body: change });
  }

  remove(id: string, version?: number): Promise<void> {
    return this.#call(`/v1/cases/${encodeURIComponent(id)}${version !== undefined ? `?version=${version}` : ''}`, { method: 'DELETE' });
  }

  createShare(id: string): Promise<ShareLink> {
    return this.#call(`/v1/cases/${encodeURIComponent(id)}/shares`, { method: 'POST', body: {} });
  }

  revokeShare(id: string, token: string): Promise<void> {
    return this.#call(`/v1/cases/${encodeURIComponent(id)}/shares/${encodeURIComponent(token)}`, { method: 'DELETE' });
  }
}

/** A share token as the API makes them (256 bits, base64url): anything else is never sent anywhere. */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

/** GET /v1/shared/{token}: the only request that ever carries a share token. No sign-in, no credentials. */
export async function readShared(token: string, fetcher: Fetch = globalThis.fetch.bind(globalThis), base = API_BASE): Promise<SharedCase> {
  if (!SHARE_TOKEN.test(token)) throw new CaseApiError('notFound', 404);
  const response = await send(fetcher, `${base}/v1/shared/${encodeURIComponent(token)}`, {
    method: 'GET',
    headers: { accept: 'application/json' },
    credentials: 'omit',
  });
  return result<SharedCase>(response);
}
