import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, PutCommand, paginateQuery, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { CaseNotFoundError, VersionConflictError } from './errors.ts';
import {
  type CaseContent,
  type CaseItem,
  type CaseRecord,
  type CaseSummary,
  caseKey,
  epochSeconds,
  record,
  shareKey,
  summary,
} from './items.ts';

/**
 * A coach's saved cases: list, create, read, update and delete. Every write is conditional: a stale version
 * never overwrites a newer save (optimistic locking), and an expired case is gone for every reader.
 */
export function caseOperations(ctx: StoreContext) {
  const { db, TableName, isoNow, later, caseTtl, getItem } = ctx;

  /** After a refused conditional write: the case is gone (404) or was saved since (409 with its version). */
  async function refusal(coachId: string, caseId: string): Promise<never> {
    const current = await getItem(coachId, caseId);
    if (!current) throw new CaseNotFoundError();
    throw new VersionConflictError(current.version);
  }

  return {
    /** The coach's cases that have not expired, most recently changed first. */
    async list(coachId: string): Promise<CaseSummary[]> {
      const items: CaseItem[] = [];
      const pages = paginateQuery(
        { client: db },
        {
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :case)',
          ExpressionAttributeValues: { ':pk': `COACH#${coachId}`, ':case': 'CASE#' },
        },
      );
      for await (const page of pages) items.push(...((page.Items ?? []) as CaseItem[]));
      const at = isoNow();
      return items
        .filter((i) => i.expiresAt > at)
        .map(summary)
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
        return refusal(coachId, caseId);
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
        return refusal(coachId, caseId);
      }
      const tokens = Object.keys(old?.shares ?? {});
      for (let i = 0; i < tokens.length; i += 25) {
        const batch = tokens.slice(i, i + 25).map((token) => ({ DeleteRequest: { Key: shareKey(token) } }));
        await db.send(new BatchWriteCommand({ RequestItems: { [TableName]: batch } }));
      }
    },
  };
}
