import { randomBytes, randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { CaseNotFoundError, ShareNotFoundError, VersionConflictError } from './errors.ts';

/**
 * Saved cases and their read-only share links. The only code that talks to DynamoDB.
 * Every write is conditional: a stale version never overwrites a newer save (optimistic locking).
 * Expired items are treated as gone on every read, whether or not DynamoDB's TTL has removed them yet.
 */

export interface CaseStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** The clock, for tests. */
  now?: () => Date;
  /** A case expires this many days after its last change. */
  caseTtlDays?: number;
  /** A share link expires this many days after it is made (never after its case). */
  shareTtlDays?: number;
}

export const DEFAULT_CASE_TTL_DAYS = 365;
export const DEFAULT_SHARE_TTL_DAYS = 30;

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
  /** What the API recorded about the outcome when the input was saved (opaque to the store); null if nothing. */
  outcome: unknown;
  shares: ShareRecord[];
}

/** What a share link shows: the case without its owner or its other links. */
export interface SharedCase {
  label: string;
  input: unknown;
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
}

interface CaseItem {
  pk: string;
  sk: string;
  id: string;
  coachId: string;
  label: string;
  input: string;
  outcome?: string;
  ruleSetVersion: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  expiresAt: string;
  ttl: number;
  shares: Record<string, { createdAt: string; expiresAt: string }>;
}

interface ShareItem {
  pk: string;
  sk: 'SHARE';
  coachId: string;
  caseId: string;
  createdAt: string;
  expiresAt: string;
  ttl: number;
}

const DAY_MS = 86_400_000;
const caseKey = (coachId: string, caseId: string) => ({ pk: `COACH#${coachId}`, sk: `CASE#${caseId}` });
const shareKey = (token: string) => ({ pk: `SHARE#${token}`, sk: 'SHARE' as const });
const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function summary(item: CaseItem): CaseSummary {
  const { id, label, ruleSetVersion, createdAt, updatedAt, version, expiresAt } = item;
  return { id, label, ruleSetVersion, createdAt, updatedAt, version, expiresAt };
}

const parsedOutcome = (item: CaseItem): unknown => (item.outcome === undefined ? null : (JSON.parse(item.outcome) as unknown));

function record(item: CaseItem, now: string): CaseRecord {
  return {
    ...summary(item),
    input: JSON.parse(item.input) as unknown,
    outcome: parsedOutcome(item),
    shares: Object.entries(item.shares ?? {})
      .filter(([, s]) => s.expiresAt > now)
      .map(([token, s]) => ({ token, ...s }))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
  };
}

export function createCaseStore(options: CaseStoreOptions) {
  const db = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
  const TableName = options.tableName;
  const now = options.now ?? (() => new Date());
  const caseTtl = (options.caseTtlDays ?? DEFAULT_CASE_TTL_DAYS) * DAY_MS;
  const shareTtl = (options.shareTtlDays ?? DEFAULT_SHARE_TTL_DAYS) * DAY_MS;
  const isoNow = () => now().toISOString();
  /** `ms` after `from`: an expiry counted from the same instant as the time stamped beside it. */
  const later = (from: string, ms: number) => new Date(Date.parse(from) + ms).toISOString();

  async function getItem(coachId: string, caseId: string): Promise<CaseItem | null> {
    const { Item } = await db.send(new GetCommand({ TableName, Key: caseKey(coachId, caseId), ConsistentRead: true }));
    const item = Item as CaseItem | undefined;
    return item && item.expiresAt > isoNow() ? item : null;
  }

  return {
    /** The coach's cases that have not expired, most recently changed first. */
    async list(coachId: string): Promise<ListedCase[]> {
      const items: CaseItem[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :case)',
            ExpressionAttributeValues: { ':pk': `COACH#${coachId}`, ':case': 'CASE#' },
            ExclusiveStartKey,
          }),
        );
        items.push(...((page.Items ?? []) as CaseItem[]));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      const at = isoNow();
      return items
        .filter((i) => i.expiresAt > at)
        .map((i) => ({ ...summary(i), input: JSON.parse(i.input) as unknown, outcome: parsedOutcome(i) }))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    },

    async create(coachId: string, content: CaseContent): Promise<CaseRecord> {
      const at = isoNow();
      const expiresAt = later(at, caseTtl);
      const id = randomUUID();
      const item: CaseItem = {
        ...caseKey(coachId, id),
        id,
        coachId,
        label: content.label,
        input: JSON.stringify(content.input),
        ...(content.outcome === undefined ? {} : { outcome: JSON.stringify(content.outcome) }),
        ruleSetVersion: content.ruleSetVersion,
        createdAt: at,
        updatedAt: at,
        version: 1,
        expiresAt,
        ttl: epochSeconds(expiresAt),
        shares: {},
      };
      await db.send(new PutCommand({ TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      return record(item, at);
    },

    async get(coachId: string, caseId: string): Promise<CaseRecord> {
      const item = await getItem(coachId, caseId);
      if (!item) throw new CaseNotFoundError();
      return record(item, isoNow());
    },

    /** Saves new content if the case is still at `expectedVersion`; otherwise VersionConflictError. */
    async update(coachId: string, caseId: string, expectedVersion: number, content: Partial<CaseContent>): Promise<CaseRecord> {
      const at = isoNow();
      const expiresAt = later(at, caseTtl);
      const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt', '#expiresAt': 'expiresAt', '#ttl': 'ttl' };
      const values: Record<string, unknown> = {
        ':expected': expectedVersion,
        ':one': 1,
        ':at': at,
        ':expiresAt': expiresAt,
        ':ttl': epochSeconds(expiresAt),
        ':now': at,
      };
      const sets = ['#version = #version + :one', '#updatedAt = :at', '#expiresAt = :expiresAt', '#ttl = :ttl'];
      const set = (field: keyof typeof content, name: string, value: unknown) => {
        names[`#${name}`] = field;
        values[`:${name}`] = value;
        sets.push(`#${name} = :${name}`);
      };
      if (content.label !== undefined) set('label', 'label', content.label);
      if (content.input !== undefined) set('input', 'input', JSON.stringify(content.input));
      if (content.ruleSetVersion !== undefined) set('ruleSetVersion', 'rsv', content.ruleSetVersion);
      if (content.outcome !== undefined) set('outcome', 'outcome', JSON.stringify(content.outcome));
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: `SET ${sets.join(', ')}`,
            ConditionExpression: 'attribute_exists(pk) AND #version = :expected AND #expiresAt > :now',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ReturnValues: 'ALL_NEW',
          }),
        );
        return record(Attributes as CaseItem, at);
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const current = await getItem(coachId, caseId);
        if (!current) throw new CaseNotFoundError();
        throw new VersionConflictError(current.version);
      }
    },

    /** Deletes the case and its share links. With `expectedVersion`, only if nobody saved it since. */
    async remove(coachId: string, caseId: string, expectedVersion?: number): Promise<void> {
      let old: CaseItem | undefined;
      try {
        const result = await db.send(
          new DeleteCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            ConditionExpression:
              expectedVersion === undefined
                ? 'attribute_exists(pk) AND #expiresAt > :now'
                : 'attribute_exists(pk) AND #expiresAt > :now AND #version = :expected',
            ExpressionAttributeNames: { '#expiresAt': 'expiresAt', ...(expectedVersion === undefined ? {} : { '#version': 'version' }) },
            ExpressionAttributeValues: { ':now': isoNow(), ...(expectedVersion === undefined ? {} : { ':expected': expectedVersion }) },
            ReturnValues: 'ALL_OLD',
          }),
        );
        old = result.Attributes as CaseItem | undefined;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const current = await getItem(coachId, caseId);
        if (!current) throw new CaseNotFoundError();
        throw new VersionConflictError(current.version);
      }
      const tokens = Object.keys(old?.shares ?? {});
      for (let i = 0; i < tokens.length; i += 25) {
        const batch = tokens.slice(i, i + 25).map((token) => ({ DeleteRequest: { Key: shareKey(token) } }));
        await db.send(new BatchWriteCommand({ RequestItems: { [TableName]: batch } }));
      }
    },

    /** A new unguessable read-only link to the case; it expires after shareTtlDays or with the case. */
    async createShare(coachId: string, caseId: string): Promise<ShareRecord> {
      const item = await getItem(coachId, caseId);
      if (!item) throw new CaseNotFoundError();
      const token = randomBytes(32).toString('base64url');
      const createdAt = isoNow();
      const shareExpiry = later(createdAt, shareTtl);
      // biome-ignore lint/complexity/useMathMinMax: ISO timestamps, compared as text.
      const expiresAt = shareExpiry < item.expiresAt ? shareExpiry : item.expiresAt;
      const share: ShareItem = { ...shareKey(token), coachId, caseId, createdAt, expiresAt, ttl: epochSeconds(expiresAt) };
      await db.send(new PutCommand({ TableName, Item: share, ConditionExpression: 'attribute_not_exists(pk)' }));
      try {
        await db.send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: 'SET #shares.#token = :share',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#shares': 'shares', '#token': token },
            ExpressionAttributeValues: { ':share': { createdAt, expiresAt } },
          }),
        );
      } catch (error) {
        // The case was deleted in between: take the link back rather than leave it dangling.
        await db.send(new DeleteCommand({ TableName, Key: shareKey(token) }));
        if (error instanceof ConditionalCheckFailedException) throw new CaseNotFoundError();
        throw error;
      }
      return { token, createdAt, expiresAt };
    },

    async revokeShare(coachId: string, caseId: string, token: string): Promise<void> {
      try {
        await db.send(
          new DeleteCommand({
            TableName,
            Key: shareKey(token),
            ConditionExpression: 'coachId = :coach AND caseId = :case',
            ExpressionAttributeValues: { ':coach': coachId, ':case': caseId },
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new ShareNotFoundError();
        throw error;
      }
      await db
        .send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: 'REMOVE #shares.#token',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#shares': 'shares', '#token': token },
          }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        });
    },

    /** The case behind a share link, read-only; ShareNotFoundError when the link or its case is gone or expired. */
    async readShared(token: string): Promise<SharedCase> {
      const { Item } = await db.send(new GetCommand({ TableName, Key: shareKey(token), ConsistentRead: true }));
      const share = Item as ShareItem | undefined;
      if (!share || share.expiresAt <= isoNow()) throw new ShareNotFoundError();
      const item = await getItem(share.coachId, share.caseId);
      if (!item) throw new ShareNotFoundError();
      return {
        label: item.label,
        input: JSON.parse(item.input) as unknown,
        outcome: item.outcome === undefined ? null : (JSON.parse(item.outcome) as unknown),
        ruleSetVersion: item.ruleSetVersion,
        updatedAt: item.updatedAt,
        expiresAt: item.expiresAt,
        linkExpiresAt: share.expiresAt,
      };
    },
  };
}

export type CaseStore = ReturnType<typeof createCaseStore>;
