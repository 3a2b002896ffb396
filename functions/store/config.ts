import { DEFAULT_CASE_TTL_DAYS, DEFAULT_SHARE_TTL_DAYS, MAX_TTL_DAYS } from '#contracts/limits.ts';

/**
 * The store's settings, from the environment, read once at cold start. A bad value stops the function
 * from starting (the error names the variable) rather than saving cases with a surprising expiry.
 *
 *   TABLE_NAME       the DynamoDB table (required)
 *   CASE_TTL_DAYS    a case expires this many days after its last change (default 365)
 *   SHARE_TTL_DAYS   a share link expires this many days after it is made (default 30; never after its case)
 */

export interface StoreConfig {
  tableName: string;
  caseTtlDays: number;
  shareTtlDays: number;
}

export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConfigError';
  }
}

/** DynamoDB's rule for table names. */
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

function days(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1 || value > MAX_TTL_DAYS) {
    throw new StoreConfigError(`${name} must be a whole number of days from 1 to ${MAX_TTL_DAYS}, not "${raw}"`);
  }
  return value;
}

export function readStoreConfig(env: Readonly<Record<string, string | undefined>> = process.env): StoreConfig {
  const tableName = env.TABLE_NAME?.trim() ?? '';
  if (!TABLE_NAME.test(tableName)) {
    throw new StoreConfigError(
      tableName === '' ? 'TABLE_NAME is not set: the function has no table' : `TABLE_NAME "${tableName}" is not a DynamoDB table name`,
    );
  }
  return {
    tableName,
    caseTtlDays: days(env, 'CASE_TTL_DAYS', DEFAULT_CASE_TTL_DAYS),
    shareTtlDays: days(env, 'SHARE_TTL_DAYS', DEFAULT_SHARE_TTL_DAYS),
  };
}
