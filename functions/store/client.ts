import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { type CaseStore, createCaseStore } from './cases.ts';
import { readStoreConfig } from './config.ts';
import { ensureTable } from './table.ts';

/**
 * The DynamoDB client, made once per cold start. In AWS: the function's role credentials from the
 * environment, where Lambda puts them (lambda-credentials.ts says why not the SDK's whole default chain), and
 * the SDK's defaults for the rest (its region). Locally (`npm start`, tests): the embedded engine named by
 * DYNAMODB_ENDPOINT, with dummy credentials. The endpoint is read on every call, so a local server that restarts its engine on a new
 * port (same data folder) is followed by handlers that were already loaded.
 */
export const LOCAL_ENDPOINT_ENV = 'DYNAMODB_ENDPOINT';

export function createDynamoDbClient(env: Readonly<Record<string, string | undefined>> = process.env): DynamoDBClient {
  if (!env[LOCAL_ENDPOINT_ENV]) return new DynamoDBClient({ credentials: fromEnv() });
  return new DynamoDBClient({
    endpoint: async () => {
      const current = env[LOCAL_ENDPOINT_ENV];
      if (!current) throw new Error(`${LOCAL_ENDPOINT_ENV} is no longer set`);
      return { url: new URL(current) };
    },
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/** The case store of a handler: config from the environment (fails fast on bad values), one client. */
export function caseStoreFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): CaseStore {
  const config = readStoreConfig(env);
  return createCaseStore({ client: createDynamoDbClient(env), ...config });
}

/** Creates the table on a local engine when it is missing (the local server; in AWS the stack owns it). */
export async function ensureLocalTable(endpoint: string, tableName: string): Promise<void> {
  const client = createDynamoDbClient({ [LOCAL_ENDPOINT_ENV]: endpoint });
  try {
    await ensureTable(client, tableName);
  } finally {
    client.destroy();
  }
}
