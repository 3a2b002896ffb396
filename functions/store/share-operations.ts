import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { CaseNotFoundError, ShareNotFoundError } from './errors.ts';
import { caseKey, epochSeconds, type SharedCase, type ShareItem, type ShareRecord, shareKey } from './items.ts';

/** Read-only share links to a case: make one, revoke one, and read the case behind one. */
export function shareOperations(ctx: StoreContext) {
  const { db, TableName, isoNow, later, shareTtl, getItem } = ctx;
  return {
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
