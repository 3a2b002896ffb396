import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

/** A saved case as the maintainers' `rules impact --stored` reads it: every coach's, with its input and outcome. */
export interface StoredCase {
  coachId: string;
  id: string;
  label: string;
  ruleSetVersion: string;
  updatedAt: string;
  input: unknown;
  outcome: unknown;
}

/**
 * Every case in the table that has not expired, for the rule maintainers' report of what a rules update changes
 * (the local server's data folder). A scan reads the whole table: never on a request path.
 */
export async function scanStoredCases(client: DynamoDBClient, tableName: string, now = new Date()): Promise<StoredCase[]> {
  const db = DynamoDBDocumentClient.from(client);
  const at = now.toISOString();
  const cases: StoredCase[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(sk, :case) AND expiresAt > :now',
        ExpressionAttributeValues: { ':case': 'CASE#', ':now': at },
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) {
      cases.push({
        coachId: String(item.coachId),
        id: String(item.id),
        label: String(item.label),
        ruleSetVersion: String(item.ruleSetVersion),
        updatedAt: String(item.updatedAt),
        input: JSON.parse(String(item.input)) as unknown,
        outcome: item.outcome === undefined ? null : (JSON.parse(String(item.outcome)) as unknown),
      });
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return cases.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}
