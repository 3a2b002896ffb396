/**
 * What the table holds (single-table design, see table.ts) and what the store hands out. Items are stored as
 * DynamoDB sees them; records are what the API gets: no keys, JSON parsed, expired share links left out.
 */

export interface ShareRecord {
  token: string;
  createdAt: string;
  expiresAt: string;
}

export interface CaseSummary {
  id: string;
  label: string;
  ruleSetVersion: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  expiresAt: string;
}

/** A case as listed: its summary, and the input and outcome saved with it (to tell whether a newer rule set changes it). */
export interface ListedCase extends CaseSummary {
  input: unknown;
  outcome: unknown;
}

export interface CaseRecord extends CaseSummary {
  /** The calculation input as the coach saved it (validated by the API before it gets here). */
  input: unknown;
  /** The plan over time saved with it (a timeline's start and months), or null. */
  plan: unknown;
  /** What the API recorded about the outcome when the input was saved (opaque to the store); null if nothing. */
  outcome: unknown;
  shares: ShareRecord[];
}

/** What a share link shows: the case without its owner or its other links. */
export interface SharedCase {
  label: string;
  input: unknown;
  plan: unknown;
  outcome: unknown;
  ruleSetVersion: string;
  updatedAt: string;
  /** When the case itself expires. */
  expiresAt: string;
  /** When this link stops working (never after the case). */
  linkExpiresAt: string;
}

export interface CaseContent {
  label: string;
  input: unknown;
  ruleSetVersion: string;
  /** Saved with the input: e.g. a digest of its outcome under `ruleSetVersion`. */
  outcome?: unknown;
  /** The plan over time; null on an update removes it. */
  plan?: unknown;
}

/**
 * A share link as its case lists it. The case item is the authority on its links: a link works only while
 * its case lists it without `pendingSince` (share-operations.ts). An entry with `pendingSince` is a link
 * being made or revoked: never shown, never working, and cleaned up if the write that made it never finished.
 */
export interface ShareEntry {
  createdAt: string;
  expiresAt: string;
  pendingSince?: string;
}

export interface CaseItem {
  pk: string;
  sk: string;
  id: string;
  coachId: string;
  label: string;
  input: string;
  outcome?: string;
  /** The plan over time (JSON), when one was saved. */
  plan?: string;
  ruleSetVersion: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  expiresAt: string;
  ttl: number;
  shares: Record<string, ShareEntry>;
  /** Set when the case is being deleted: gone for every reader from that moment (case-operations.ts). */
  deletedAt?: string;
}

/** The item that finds a share link's case from its token alone. */
export interface ShareItem {
  pk: string;
  sk: 'SHARE';
  coachId: string;
  caseId: string;
  createdAt: string;
  expiresAt: string;
  ttl: number;
}

export const DAY_MS = 86_400_000;
export const caseKey = (coachId: string, caseId: string) => ({ pk: `COACH#${coachId}`, sk: `CASE#${caseId}` });
export const shareKey = (token: string) => ({ pk: `SHARE#${token}`, sk: 'SHARE' as const });
export const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** An entry that is a working link at `now`: made to the end, not being revoked, not expired. */
export const isLink = (entry: ShareEntry, now: string) => entry.pendingSince === undefined && entry.expiresAt > now;

/** A case that exists for its readers: not expired, not being deleted. */
export const isLive = (item: Pick<CaseItem, 'expiresAt' | 'deletedAt'>, now: string) =>
  item.deletedAt === undefined && item.expiresAt > now;

export function summary(item: CaseItem): CaseSummary {
  const { id, label, ruleSetVersion, createdAt, updatedAt, version, expiresAt } = item;
  return { id, label, ruleSetVersion, createdAt, updatedAt, version, expiresAt };
}

/** The input and outcome saved with a case, parsed. */
export function savedContent(item: Pick<CaseItem, 'input' | 'outcome'>): { input: unknown; outcome: unknown } {
  return { input: JSON.parse(item.input) as unknown, outcome: item.outcome === undefined ? null : (JSON.parse(item.outcome) as unknown) };
}

/** The plan saved with a case, parsed; null when there is none. */
export const savedPlan = (item: Pick<CaseItem, 'plan'>): unknown => (item.plan === undefined ? null : (JSON.parse(item.plan) as unknown));

export function record(item: CaseItem, now: string): CaseRecord {
  return {
    ...summary(item),
    ...savedContent(item),
    plan: savedPlan(item),
    shares: Object.entries(item.shares ?? {})
      .filter(([, s]) => isLink(s, now))
      .map(([token, s]) => ({ token, createdAt: s.createdAt, expiresAt: s.expiresAt }))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
  };
}
