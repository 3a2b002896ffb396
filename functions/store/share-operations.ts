import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_SHARE_LINKS_PER_COACH } from '#contracts/limits.ts';
import { coachCases, removeEntries, staleEntries } from './cleanup.ts';
import type { StoreContext } from './context.ts';
import { CaseNotFoundError, ShareLimitError, ShareNotFoundError } from './errors.ts';
import { caseKey, epochSeconds, isLink, isLive, type SharedCase, type ShareItem, type ShareRecord, savedPlan, shareKey } from './items.ts';

/**
 * Read-only share links. A link is two items: an entry in its case's `shares` map (the authority: the coach
 * sees and revokes links there) and a link item `SHARE#<token>` that finds the case from the token alone.
 * Without transactions, the writes go in an order that is safe if the process stops between any two:
 *
 *   make:    1. the case lists the token as pending   2. the link item   3. the entry is no longer pending
 *   revoke:  1. the entry becomes pending (the link stops at once)   2. the link item goes   3. the entry goes
 *
 * so a link item never exists without its case listing it (no orphan), and an entry that is not pending
 * always has its link item (no dangling reference). A link works only when both agree (readShared), and the
 * coach's next link on that case cleans up whatever an interrupted write left (cleanup.ts).
 */
export function shareOperations(ctx: StoreContext) {
  const { db, TableName, isoNow, later, shareTtl, getItem } = ctx;

  /** The coach's links that count against the limit: every entry that has not expired, on a case that exists. */
  async function linksOf(coachId: string): Promise<number> {
    const at = isoNow();
    const heads = await coachCases(ctx, coachId);
    return heads.filter((h) => isLive(h, at)).reduce((n, h) => n + Object.values(h.shares ?? {}).filter((s) => s.expiresAt > at).length, 0);
  }

  return {
    /** A new unguessable read-only link to the case; it expires after shareTtlDays or with the case. */
    async createShare(coachId: string, caseId: string): Promise<ShareRecord> {
      const item = await getItem(coachId, caseId);
      if (!item) throw new CaseNotFoundError();
      await removeEntries(ctx, coachId, caseId, staleEntries(item.shares, isoNow()));
      if ((await linksOf(coachId)) >= MAX_SHARE_LINKS_PER_COACH) throw new ShareLimitError(MAX_SHARE_LINKS_PER_COACH);
      const token = randomBytes(32).toString('base64url');
      const createdAt = isoNow();
      const shareExpiry = later(createdAt, shareTtl);
      // biome-ignore lint/complexity/useMathMinMax: ISO timestamps, compared as text.
      const expiresAt = shareExpiry < item.expiresAt ? shareExpiry : item.expiresAt;
      const entryNames = { '#shares': 'shares', '#token': token };

      // 1. The case lists the link, as pending.
      try {
        await db.send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: 'SET #shares.#token = :entry',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(deletedAt) AND #expiresAt > :now',
            ExpressionAttributeNames: { ...entryNames, '#expiresAt': 'expiresAt' },
            ExpressionAttributeValues: { ':entry': { createdAt, expiresAt, pendingSince: createdAt }, ':now': createdAt },
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new CaseNotFoundError();
        throw error;
      }
      // 2. The link item. 3. The entry is a link.
      const share: ShareItem = { ...shareKey(token), coachId, caseId, createdAt, expiresAt, ttl: epochSeconds(expiresAt) };
      try {
        await db.send(new PutCommand({ TableName, Item: share, ConditionExpression: 'attribute_not_exists(pk)' }));
        await db.send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: 'REMOVE #shares.#token.#pending',
            ConditionExpression: 'attribute_exists(#shares.#token) AND attribute_not_exists(deletedAt)',
            ExpressionAttributeNames: { ...entryNames, '#pending': 'pendingSince' },
          }),
        );
      } catch (error) {
        // The case was deleted in between (or the write failed): take the link back, link item first.
        await removeEntries(ctx, coachId, caseId, [token]);
        if (error instanceof ConditionalCheckFailedException) throw new CaseNotFoundError();
        throw error;
      }
      return { token, createdAt, expiresAt };
    },

    /** The link stops working with the first write; its items go after. */
    async revokeShare(coachId: string, caseId: string, token: string): Promise<void> {
      const at = isoNow();
      try {
        await db.send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: 'SET #shares.#token.#pending = if_not_exists(#shares.#token.#pending, :at)',
            ConditionExpression: 'attribute_exists(#shares.#token) AND attribute_not_exists(deletedAt) AND #expiresAt > :at',
            ExpressionAttributeNames: { '#shares': 'shares', '#token': token, '#pending': 'pendingSince', '#expiresAt': 'expiresAt' },
            ExpressionAttributeValues: { ':at': at },
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new ShareNotFoundError();
        throw error;
      }
      await db.send(new DeleteCommand({ TableName, Key: shareKey(token) }));
      await db
        .send(
          new UpdateCommand({
            TableName,
            Key: caseKey(coachId, caseId),
            UpdateExpression: 'REMOVE #shares.#token',
            ConditionExpression: 'attribute_exists(#shares.#token.#pending)',
            ExpressionAttributeNames: { '#shares': 'shares', '#token': token, '#pending': 'pendingSince' },
          }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        });
    },

    /** The case behind a share link, read-only; ShareNotFoundError unless the link item and its case agree that it works. */
    async readShared(token: string): Promise<SharedCase> {
      const { Item } = await db.send(new GetCommand({ TableName, Key: shareKey(token), ConsistentRead: true }));
      const share = Item as ShareItem | undefined;
      const at = isoNow();
      if (!share || share.expiresAt <= at) throw new ShareNotFoundError();
      const item = await getItem(share.coachId, share.caseId);
      const entry = item?.shares?.[token];
      if (!item || !entry || !isLink(entry, at)) throw new ShareNotFoundError();
      return {
        label: item.label,
        input: JSON.parse(item.input) as unknown,
        outcome: item.outcome === undefined ? null : (JSON.parse(item.outcome) as unknown),
        plan: savedPlan(item),
        ruleSetVersion: item.ruleSetVersion,
        updatedAt: item.updatedAt,
        expiresAt: item.expiresAt,
        linkExpiresAt: share.expiresAt,
      };
    },
  };
}
