/**
 * Dated values: each entry is in force from its `from` day (YYYY-MM-DD) until the next entry's. The one
 * place that finds "the value in force on a date", for the engine, the rule commands, the API and the web
 * app. Dates are compared as text, which orders YYYY-MM-DD correctly. Imports nothing.
 */
export interface Dated {
  from: string;
}

/** The entry in force on `date`: the last one dated on or before it. Entries are sorted oldest first; undefined before the first. */
export function inForceOn<T extends Dated>(entries: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    if (entry.from > date) break;
    found = entry;
  }
  return found;
}

/** The entry in force on the day before `date`: the last one dated before it. */
export function inForceBefore<T extends Dated>(entries: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    if (entry.from >= date) break;
    found = entry;
  }
  return found;
}

/** The latest day after `after` (and on or before `asOf`, when given) on which an entry of any history takes effect; null if none. */
export function latestFrom(histories: Iterable<readonly Dated[]>, after: string, asOf?: string): string | null {
  let latest: string | null = null;
  for (const entries of histories) {
    for (const { from } of entries) {
      if (from > after && (asOf === undefined || from <= asOf) && (latest === null || from > latest)) latest = from;
    }
  }
  return latest;
}
