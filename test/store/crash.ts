import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

/**
 * A process that stops between two writes: a DynamoDB client that lets `writes` writes through and then
 * fails every request (a read or a write), as if the process had been killed at that point.
 */
export function clientThatStopsAfter(endpoint: string, writes: number): DynamoDBClient {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  let done = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (done >= writes) throw new Error('the process stopped here');
      if (/^(Put|Update|Delete|BatchWrite)(Item)?Command$/.test(context.commandName ?? '')) done += 1;
      return next(args);
    },
    { step: 'initialize', name: 'stopAfterWrites' },
  );
  return client;
}

export interface TableState {
  /** Case items by id: their share entries (token → pending or not) and whether they are marked deleted. */
  cases: Map<string, { coachId: string; deleted: boolean; entries: Map<string, { pending: boolean }> }>;
  /** Link items: token → the case they point to. */
  links: Map<string, { coachId: string; caseId: string }>;
}

/** Everything in the table, as the invariants need it. */
export async function tableState(client: DynamoDBClient, tableName: string): Promise<TableState> {
  const doc = DynamoDBDocumentClient.from(client);
  const { Items = [] } = await doc.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
  const state: TableState = { cases: new Map(), links: new Map() };
  for (const item of Items) {
    if (String(item.pk).startsWith('SHARE#')) state.links.set(String(item.pk).slice(6), { coachId: item.coachId, caseId: item.caseId });
    else
      state.cases.set(item.id, {
        coachId: item.coachId,
        deleted: item.deletedAt !== undefined,
        entries: new Map(
          Object.entries(item.shares ?? {}).map(([t, e]) => [t, { pending: (e as { pendingSince?: string }).pendingSince !== undefined }]),
        ),
      });
  }
  return state;
}

/** Link items that no case lists (orphans), and entries shown as links without their link item (dangling). */
export function brokenReferences(state: TableState): { orphans: string[]; dangling: string[] } {
  const orphans = [...state.links].filter(([token, link]) => !state.cases.get(link.caseId)?.entries.has(token)).map(([t]) => t);
  const dangling = [...state.cases.values()].flatMap((c) =>
    [...c.entries].filter(([token, e]) => !e.pending && !c.deleted && !state.links.has(token)).map(([t]) => t),
  );
  return { orphans, dangling };
}
