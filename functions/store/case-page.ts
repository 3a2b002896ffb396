import { InvalidCursorError } from './errors.ts';
import type { CaseSummary } from './items.ts';

/**
 * The case list's pages: most recently changed first (ties by id), a page at a time. A cursor names the last
 * case of a page (its last change and id, base64url JSON): the next page starts after it, so a case saved
 * while the coach pages moves to the front rather than showing up twice.
 */

export interface CasePage<C extends CaseSummary = CaseSummary> {
  cases: C[];
  /** Pass it back for the next page; null on the last one. */
  nextCursor: string | null;
}

const newestFirst = (a: CaseSummary, b: CaseSummary) =>
  a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1;

function encode(c: CaseSummary): string {
  return Buffer.from(JSON.stringify({ u: c.updatedAt, i: c.id })).toString('base64url');
}

function decode(cursor: string): { u: string; i: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { u?: unknown; i?: unknown };
    if (
      typeof value.u === 'string' &&
      typeof value.i === 'string' &&
      value.u.length <= 64 &&
      value.i.length <= 64 &&
      encode({ updatedAt: value.u, id: value.i } as CaseSummary) === cursor
    ) {
      return { u: value.u, i: value.i };
    }
  } catch {
    // not JSON: not ours
  }
  throw new InvalidCursorError();
}

export function pageOf(all: readonly CaseSummary[], limit: number, cursor?: string): CasePage {
  const sorted = [...all].sort(newestFirst);
  let start = 0;
  if (cursor !== undefined) {
    const after = decode(cursor);
    start = sorted.findIndex((c) => c.updatedAt < after.u || (c.updatedAt === after.u && c.id < after.i));
    if (start === -1) start = sorted.length;
  }
  const cases = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  return { cases, nextCursor: more && cases.length > 0 ? encode(cases.at(-1)!) : null };
}
