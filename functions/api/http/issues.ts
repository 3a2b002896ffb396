import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages; load the English ones once so that generic issues (a wrong type, an
// unknown key) read well. The schemas' own messages and their `params.reason` are kept as they are.
z.config(en());

/** One problem with a request, as the API reports it. `params` lets the web app word it in fi / sv / en. */
export interface Issue {
  path: (string | number)[];
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** A 400 answer lists at most this many issues (a body of thousands of bad items stays small). */
export const MAX_ISSUES = 100;

/** The parts of zod's built-in issues that help a client explain them; never the input itself. */
const BUILT_IN_PARAMS = ['expected', 'keys', 'minimum', 'maximum', 'inclusive', 'values', 'format', 'origin', 'divisor'] as const;

function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
  }
  return undefined;
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, unknown> | undefined {
  const source: Record<string, unknown> =
    issue.code === 'custom'
      ? (issue.params ?? {})
      : Object.fromEntries(BUILT_IN_PARAMS.filter((k) => k in issue).map((k) => [k, (issue as unknown as Record<string, unknown>)[k]]));
  const entries = Object.entries(source)
    .map(([k, v]) => [k, jsonSafe(v)] as const)
    .filter(([, v]) => v !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function fromZod(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((issue) => {
    const params = paramsOf(issue);
    return {
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: issue.message,
      code: issue.code,
      ...(params ? { params } : {}),
    };
  });
}
