import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, paginateQuery, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { type CaseItem, caseKey, type ShareEntry, shareKey } from './items.ts';

/**
 * Finishing what a crash interrupted. DynamoDB Local's engine has no transactions, so a link or a deletion
 * takes several writes in an order that is safe at every point (share-operations.ts, case-operations.ts):
 * whatever a crash leaves is recorded in the case item (an entry with `pendingSince`, a case with
 * `deletedAt`), invisible to every reader, and finished here by the coach's next write.
 */

/** A write that never finished within this time has been interrupted (a Lambda stops after 10 seconds). */
const PENDING_GRACE_MS = 2 * 60_000;

/** A case item without its input and outcome: what the list, the limits and the clean-up need. */
export type CaseHead = Omit<CaseItem, 'input' | 'outcome' | 'coachId' | 'ttl'>;

const HEAD_FIELDS = ['pk', 'sk', 'id', 'label', 'ruleSetVersion', 'createdAt', 'updatedAt', 'version', 'expiresAt', 'deletedAt', 'shares'];

/** All of a coach's case items (expired and half-deleted ones too), without input and outcome. */
export async function coachCases(ctx: StoreContext, coachId: string): Promise<CaseHead[]> {
  const heads: CaseHead[] = [];
  const pages = paginateQuery(
    { client: ctx.db },
    {
      TableName: ctx.TableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :case)',
      ExpressionAttributeValues: { ':pk': `COACH#${coachId}`, ':case': 'CASE#' },
      ProjectionExpression: HEAD_FIELDS.map((_, i) => `#f${i}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(HEAD_FIELDS.map((f, i) => [`#f${i}`, f])),
      ConsistentRead: true,
    },
  );
  for await (const page of pages) heads.push(...((page.Items ?? []) as CaseHead[]));
  return heads;
}

/** Deletes share-link items (BatchWriteItem, 25 at a time, retrying what DynamoDB leaves unprocessed). */
async function deletePointers(ctx: StoreContext, tokens: readonly string[]): Promise<void> {
  for (let i = 0; i < tokens.length; i += 25) {
    let requests: Record<string, unknown>[] = tokens.slice(i, i + 25).map((token) => ({ DeleteRequest: { Key: shareKey(token) } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt === 5) throw new Error('DynamoDB left share links undeleted after five tries');
      const { UnprocessedItems } = await ctx.db.send(new BatchWriteCommand({ RequestItems: { [ctx.TableName]: requests as never } }));
      requests = (UnprocessedItems?.[ctx.TableName] ?? []) as Record<string, unknown>[];
    }
  }
}

/** The entries to clean up: pending longer than the grace time (an interrupted write), or expired. */
export function staleEntries(shares: Record<string, ShareEntry> | undefined, now: string): string[] {
  const before = new Date(Date.parse(now) - PENDING_GRACE_MS).toISOString();
  return Object.entries(shares ?? {})
    .filter(([, s]) => (s.pendingSince !== undefined && s.pendingSince < before) || s.expiresAt <= now)
    .map(([token]) => token);
}

/** Removes stale entries from a case: first their link items, then the entries (so no link item is left unlisted). */
export async function removeEntries(ctx: StoreContext, coachId: string, caseId: string, tokens: readonly string[]): Promise<void> {
  if (tokens.length === 0) return;
  await deletePointers(ctx, tokens);
  await ctx.db
    .send(
      new UpdateCommand({
        TableName: ctx.TableName,
        Key: caseKey(coachId, caseId),
        UpdateExpression: `REMOVE ${tokens.map((_, i) => `#shares.#t${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#shares': 'shares', ...Object.fromEntries(tokens.map((t, i) => [`#t${i}`, t])) },
      }),
    )
    .catch((error: unknown) => {
      // The case has gone meanwhile: nothing to remove.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** Finishes deleting a case: its link items, then the case item itself (if it is still marked deleted). */
export async function finishDeletion(ctx: StoreContext, coachId: string, head: Pick<CaseHead, 'id' | 'shares'>): Promise<void> {
  await deletePointers(ctx, Object.keys(head.shares ?? {}));
  await ctx.db
    .send(
      new DeleteCommand({
        TableName: ctx.TableName,
        Key: caseKey(coachId, head.id),
        ConditionExpression: 'attribute_exists(deletedAt)',
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** Everything a crash left in a coach's cases: half-made or half-revoked links, half-deleted cases. */
export async function cleanUp(ctx: StoreContext, coachId: string, heads: readonly CaseHead[]): Promise<void> {
  const now = ctx.isoNow();
  for (const head of heads) {
    if (head.deletedAt !== undefined) await finishDeletion(ctx, coachId, head);
    else if (head.expiresAt > now) await removeEntries(ctx, coachId, head.id, staleEntries(head.shares, now));
  }
}
