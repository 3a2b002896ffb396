import type { CalculationRequestInput } from '#core/request.ts';
import type { CalculationResult, SweepResult } from '#core/result.ts';
import type { Issue } from './validation.ts';

/**
 * The API client. Same origin by default (`npm start` serves both); a deployment with the API elsewhere
 * sets VITE_API_BASE at build time. The state in the URL fragment is never sent: only the request body.
 */

const BASE = (import.meta.env?.VITE_API_BASE as string | undefined)?.replace(/\/$/, '') ?? '';

/** The API said no: `issues` when the input was the problem (400), else only the status. */
export class ApiError extends Error {
  readonly status: number;
  readonly issues: Issue[];

  constructor(status: number, issues: Issue[] = []) {
    super(`API answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
  }
}

export type Fetch = typeof fetch;

/** One request to the API (the timeline view posts its plan with it). */
export async function call<T>(fetcher: Fetch, path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(`${BASE}${path}`, {
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0);
  }
  if (!response.ok) {
    let issues: Issue[] = [];
    if (response.status === 400) {
      try {
        const body = (await response.json()) as { issues?: Issue[] };
        if (Array.isArray(body.issues)) issues = body.issues.filter((i) => i && Array.isArray(i.path));
      } catch {
        // a 400 without a readable body: no field to point at
      }
    }
    throw new ApiError(response.status, issues);
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status);
  }
}

export function calculate(
  request: CalculationRequestInput,
  signal?: AbortSignal,
  fetcher: Fetch = globalThis.fetch.bind(globalThis),
): Promise<CalculationResult> {
  return call(fetcher, '/v1/calculations', { method: 'POST', body: JSON.stringify(request), ...(signal ? { signal } : {}) });
}

export function sweep(request: object, signal?: AbortSignal, fetcher: Fetch = globalThis.fetch.bind(globalThis)): Promise<SweepResult> {
  return call(fetcher, '/v1/calculations/sweep', { method: 'POST', body: JSON.stringify(request), ...(signal ? { signal } : {}) });
}

export function rules<T>(date?: string, fetcher: Fetch = globalThis.fetch.bind(globalThis)): Promise<T> {
  return call(fetcher, `/v1/rules${date ? `?date=${encodeURIComponent(date)}` : ''}`);
}
