import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CASE_PAGE_SIZE, MAX_CASES_PER_COACH } from '#contracts/limits.ts';
import { type CasePage, pageOf } from './case-page.ts';
import { cleanUp, coachCases, finishDeletion } from './cleanup.ts';
import type { StoreContext } from './context.ts';
import { CaseLimitError, CaseNotFoundError, VersionConflictError } from './errors.ts';
import {
  type CaseContent,
  type CaseItem,
  type CaseRecord,
  caseKey,
  epochSeconds,
  isLive,
  type ListedCase,
  record,
  savedContent,
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
    /**
     * A page of the coach's cases that exist, most recently changed first (case-page.ts), each with the input
     * and outcome saved with it (read for the page's cases only), so the API can tell whether a rules update
     * changes it. A case deleted between the two reads is left out.
     */
    async list(coachId: string, page: { limit?: number; cursor?: string } = {}): Promise<CasePage<ListedCase>> {
      const at = isoNow();
      const heads = await coachCases(ctx, coachId);
      const live = heads.filter((h) => isLive(h, at)).map((h) => summary(h as CaseItem));
      const { cases, nextCursor } = pageOf(live, page.limit ?? CASE_PAGE_SIZE, page.cursor);
      const items = await Promise.all(cases.map((c) => getItem(coachId, c.id)));
      const listed = cases.flatMap((c, i) => {
        const item = items[i];
        return item ? [{ ...c, ...savedContent(item) }] : [];
      });
      return { cases: listed, nextCursor };
    },

    /**
     * Saves a new case, unless the coach already has MAX_CASES_PER_COACH (CaseLimitError). The count is read
     * first: two saves at the same instant may both pass, which a limit against runaway use can allow.
     */
    async create(coachId: string, content: CaseContent): Promise<CaseRecord> {
      const heads = await coachCases(ctx, coachId);
      await cleanUp(ctx, coachId, heads);
      const at = isoNow();
      if (heads.filter((h) => isLive(h, at)).length >= MAX_CASES_PER_COACH) throw new CaseLimitError(MAX_CASES_PER_COACH);
      const expiresAt = later(at, caseTtl);
      const id = randomUUID();
      const item: CaseItem = {
        ...caseKey(coachId, id),
        id,
        coachId,
        label: content.label,
        input: JSON.stringify(content.input),
        ...(content.outcome === undefined ? {} : { outcome: JSON.stringify(content.outcome) }),
        ...(content.plan === undefined || content.plan === null ? {} : { plan: JSON.stringify(content.plan) }),
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
      if (content.plan !== undefined && content.plan !== null) set('plan', 'plan', JSON.stringify(content.plan));
      const removes = content.plan === null ? ['#plan'] : [];
      if (content.plan === null) names['#plan'] = 'plan';
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(deletedAt) AND #version = :expected AND #expiresAt > :now',
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

    /**
     * Deletes the case and its share links. With `expectedVersion`, only if nobody saved it since. Three
     * writes, safe at any point: the case is marked deleted (gone for every reader, its links dead), its link
     * items go, then the case item. An interrupted deletion is finished by the coach's next new case
     * (cleanup.ts); until then the marked case is invisible.
     */
    async remove(coachId: string, caseId: string, expectedVersion?: number): Promise<void> {
      const at = isoNow();
      let marked: CaseItem;
      try {
        const result = await db.send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: 'SET #deletedAt = :now',
            ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(#deletedAt) AND #expiresAt > :now${
              expectedVersion === undefined ? '' : ' AND #version = :expected'
            }`,
            ExpressionAttributeNames: {
              '#deletedAt': 'deletedAt',
              '#expiresAt': 'expiresAt',
              ...(expectedVersion === undefined ? {} : { '#version': 'version' }),
            },
            ExpressionAttributeValues: { ':now': at, ...(expectedVersion === undefined ? {} : { ':expected': expectedVersion }) },
            ReturnValues: 'ALL_NEW',
          }),
        );
        marked = result.Attributes as CaseItem;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        return refusal(coachId, caseId);
      }
      await finishDeletion(ctx, coachId, marked);
    },
  };
}
