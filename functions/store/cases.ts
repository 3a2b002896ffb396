import { caseOperations } from './case-operations.ts';
import { type CaseStoreOptions, storeContext } from './context.ts';
import { shareOperations } from './share-operations.ts';

/**
 * Saved cases and their read-only share links: the only code that talks to DynamoDB (with client.ts and
 * table.ts). The item shapes are in items.ts, the case operations in case-operations.ts, the links in
 * share-operations.ts. Expired items are treated as gone on every read, whether or not DynamoDB's TTL has
 * removed them yet.
 */
export function createCaseStore(options: CaseStoreOptions) {
  const ctx = storeContext(options);
  return { ...caseOperations(ctx), ...shareOperations(ctx) };
}

export type CaseStore = ReturnType<typeof createCaseStore>;
