import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_CASE_TTL_DAYS, DEFAULT_SHARE_TTL_DAYS } from '#contracts/limits.ts';
import { type CaseItem, caseKey, DAY_MS, isLive } from './items.ts';

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

/** What the case and share operations share: one document client, the table, the clock and the expiries. */
export function storeContext(options: CaseStoreOptions) {
  const db = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
  const TableName = options.tableName;
  const now = options.now ?? (() => new Date());
  const isoNow = () => now().toISOString();
  return {
    db,
    TableName,
    isoNow,
    caseTtl: (options.caseTtlDays ?? DEFAULT_CASE_TTL_DAYS) * DAY_MS,
    shareTtl: (options.shareTtlDays ?? DEFAULT_SHARE_TTL_DAYS) * DAY_MS,
    /** `ms` after `from`: an expiry counted from the same instant as the time stamped beside it. */
    later: (from: string, ms: number) => new Date(Date.parse(from) + ms).toISOString(),

    /** The case item, read consistently; null when it is missing, expired or being deleted. */
    async getItem(coachId: string, caseId: string): Promise<CaseItem | null> {
      const { Item } = await db.send(new GetCommand({ TableName, Key: caseKey(coachId, caseId), ConsistentRead: true }));
      const item = Item as CaseItem | undefined;
      return item && isLive(item, isoNow()) ? item : null;
    },
  };
}

export type StoreContext = ReturnType<typeof storeContext>;
