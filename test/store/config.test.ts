import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TTL_DAYS } from '../../functions/contracts/limits.ts';
import { caseStoreFromEnv, createDynamoDbClient, ensureLocalTable } from '../../functions/store/client.ts';
import { readStoreConfig, StoreConfigError } from '../../functions/store/config.ts';
import { startDynalite } from './dynalite.ts';

describe('the store’s configuration, read once at cold start', () => {
  it('takes the table from TABLE_NAME and defaults to 365 days for a case and 30 for a link', () => {
    expect(readStoreConfig({ TABLE_NAME: 'cases' })).toEqual({ tableName: 'cases', caseTtlDays: 365, shareTtlDays: 30 });
  });

  it('takes the expiries from CASE_TTL_DAYS and SHARE_TTL_DAYS', () => {
    expect(readStoreConfig({ TABLE_NAME: 'cases', CASE_TTL_DAYS: '180', SHARE_TTL_DAYS: ' 7 ' })).toEqual({
      tableName: 'cases',
      caseTtlDays: 180,
      shareTtlDays: 7,
    });
  });

  it.each([
    ['no TABLE_NAME', {}, /TABLE_NAME is not set/],
    ['an empty TABLE_NAME', { TABLE_NAME: ' ' }, /TABLE_NAME is not set/],
    ['a TABLE_NAME DynamoDB refuses', { TABLE_NAME: 'a b' }, /not a DynamoDB table name/],
    ['days that are not a number', { TABLE_NAME: 'cases', CASE_TTL_DAYS: 'a year' }, /CASE_TTL_DAYS must be a whole number/],
    ['a fraction of a day', { TABLE_NAME: 'cases', SHARE_TTL_DAYS: '1.5' }, /SHARE_TTL_DAYS must be a whole number/],
    ['zero days', { TABLE_NAME: 'cases', SHARE_TTL_DAYS: '0' }, /SHARE_TTL_DAYS/],
    ['a negative number', { TABLE_NAME: 'cases', CASE_TTL_DAYS: '-1' }, /CASE_TTL_DAYS/],
    ['more than ten years', { TABLE_NAME: 'cases', CASE_TTL_DAYS: String(MAX_TTL_DAYS + 1) }, /CASE_TTL_DAYS/],
  ])('fails fast, naming the variable, on %s', (_name, env, message) => {
    expect(() => readStoreConfig(env)).toThrow(StoreConfigError);
    expect(() => readStoreConfig(env)).toThrow(message);
  });

  it('refuses to make a store without a table (a handler module fails at import, not at the first request)', () => {
    expect(() => caseStoreFromEnv({})).toThrow(/TABLE_NAME/);
  });
});

describe('the local DynamoDB client', () => {
  let db: Awaited<ReturnType<typeof startDynalite>>;
  beforeAll(async () => {
    db = await startDynalite('existing');
  });
  afterAll(async () => db.stop());

  it('creates the table on a local engine once (the local server’s start), and leaves an existing one alone', async () => {
    await ensureLocalTable(db.endpoint, 'made-locally');
    await ensureLocalTable(db.endpoint, 'made-locally');
    const { Table } = await db.client.send(new DescribeTableCommand({ TableName: 'made-locally' }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
  });

  it('follows DYNAMODB_ENDPOINT when it changes (a restarted local engine on a new port)', async () => {
    const env: Record<string, string | undefined> = { DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' };
    const client = createDynamoDbClient(env);
    await expect(client.send(new DescribeTableCommand({ TableName: 'existing' }))).rejects.toThrow();
    env.DYNAMODB_ENDPOINT = db.endpoint;
    expect((await client.send(new DescribeTableCommand({ TableName: 'existing' }))).Table?.TableName).toBe('existing');
    client.destroy();
  });
});

describe('the DynamoDB client in AWS', () => {
  const saved = { ...process.env };
  afterAll(() => {
    for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('takes the role’s credentials from the environment, where Lambda puts them, and no other source', async () => {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDROLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'token' });
    const client = createDynamoDbClient({});
    expect(await client.config.credentials()).toMatchObject({ accessKeyId: 'AKIDROLE', secretAccessKey: 'secret', sessionToken: 'token' });
    client.destroy();
    // Without them the client fails clearly instead of looking for a profile or instance metadata.
    delete process.env.AWS_ACCESS_KEY_ID;
    process.env.AWS_PROFILE = 'somebody';
    const bare = createDynamoDbClient({});
    await expect(bare.config.credentials()).rejects.toThrow(/environment variable credentials/);
    bare.destroy();
  });
});
