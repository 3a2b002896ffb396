import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CASES_PER_COACH, MAX_SHARE_LINKS_PER_COACH } from '../../functions/contracts/limits.ts';
import { type CaseStore, createCaseStore } from '../../functions/store/cases.ts';
import { CaseLimitError, InvalidCursorError, ShareLimitError } from '../../functions/store/errors.ts';
import { startDynalite } from './dynalite.ts';

/** Issue 12, item 8: the case list comes in pages, and one coach's cases and share links are capped. */

let db: Awaited<ReturnType<typeof startDynalite>>;
let clock: Date;
let store: CaseStore;
const content = { label: 'Asiakas', input: { date: '2026-03-01', scenarios: [] }, ruleSetVersion: '2026.11+abc' };
const coach = () => `coach-${Math.random().toString(36).slice(2)}`;
const minutesLater = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeAll(async () => {
  db = await startDynalite();
});
afterAll(async () => db.stop());
beforeEach(() => {
  clock = new Date('2026-03-01T10:00:00.000Z');
  store = createCaseStore({ client: db.client, tableName: db.tableName, now: () => clock });
});

/** Case items written straight into the table (as many as a coach may have, fast). */
async function seed(coachId: string, count: number, extra: (i: number) => Record<string, unknown> = () => ({})) {
  const doc = DynamoDBDocumentClient.from(db.client);
  const items = Array.from({ length: count }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return {
      pk: `COACH#${coachId}`,
      sk: `CASE#${id}`,
      id,
      coachId,
      label: `seeded ${i}`,
      input: '{}',
      ruleSetVersion: '2026.11+abc',
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
      version: 1,
      expiresAt: '2027-02-01T10:00:00.000Z',
      ttl: 1_801_476_000,
      shares: {},
      ...extra(i),
    };
  });
  for (let i = 0; i < items.length; i += 25) {
    await doc.send(
      new BatchWriteCommand({ RequestItems: { [db.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }),
    );
  }
  return items.map((i) => i.id);
}

describe('the case list, a page at a time', () => {
  it('pages through every case once, newest change first, and ends with nextCursor null', async () => {
    const a = coach();
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      ids.push((await store.create(a, { ...content, label: `case ${i}` })).id);
      minutesLater(1);
    }
    const first = await store.list(a, { limit: 3 });
    expect(first.cases.map((c) => c.label)).toEqual(['case 6', 'case 5', 'case 4']);
    const second = await store.list(a, { limit: 3, cursor: first.nextCursor! });
    expect(second.cases.map((c) => c.label)).toEqual(['case 3', 'case 2', 'case 1']);
    const last = await store.list(a, { limit: 3, cursor: second.nextCursor! });
    expect(last).toEqual({ cases: [expect.objectContaining({ label: 'case 0' })], nextCursor: null });
    expect((await store.list(a, { limit: 7 })).nextCursor).toBeNull();
    expect((await store.list(a)).cases).toHaveLength(7);
  });

  it('orders cases changed at the same moment by id, so no page repeats or skips one', async () => {
    const a = coach();
    const ids = await seed(a, 5);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.list(a, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.cases.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('moves a case saved while the coach pages to the front, without showing it twice', async () => {
    const a = coach();
    for (let i = 0; i < 4; i += 1) {
      await store.create(a, { ...content, label: `case ${i}` });
      minutesLater(1);
    }
    const first = await store.list(a, { limit: 2 });
    const oldest = (await store.list(a)).cases.at(-1)!;
    await store.update(a, oldest.id, 1, { label: 'case 0, saved again' });
    const rest = await store.list(a, { limit: 2, cursor: first.nextCursor! });
    expect([...first.cases, ...rest.cases].map((c) => c.label)).toEqual(['case 3', 'case 2', 'case 1']);
    expect((await store.list(a)).cases[0]!.label).toBe('case 0, saved again');
  });

  it.each([
    'not-a-cursor',
    Buffer.from('{"u":1,"i":2}').toString('base64url'),
    Buffer.from('{"u":"2026-01-01T00:00:00.000Z"}').toString('base64url'),
    `${Buffer.from('{"u":"2026-01-01T00:00:00.000Z","i":"x"}').toString('base64url')}=`,
    '',
  ])('refuses a cursor it did not make: %j', async (cursor) => {
    await expect(store.list(coach(), { cursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe('at most MAX_CASES_PER_COACH cases per coach', () => {
  it(`refuses case ${MAX_CASES_PER_COACH + 1}, counting neither expired nor deleted cases, and takes one again after a deletion`, async () => {
    const a = coach();
    const ids = await seed(a, MAX_CASES_PER_COACH);
    await seed(`${a}-other`, 1);
    await expect(store.create(a, content)).rejects.toBeInstanceOf(CaseLimitError);
    await expect(store.create(a, content)).rejects.toMatchObject({ limit: 300 });
    await store.remove(a, ids[0]!);
    const saved = await store.create(a, content);
    await expect(store.create(a, content)).rejects.toBeInstanceOf(CaseLimitError);
    expect((await store.list(a, { limit: 100 })).cases[0]!.id).toBe(saved.id);
  });

  it('does not count expired cases', async () => {
    const a = coach();
    await seed(a, MAX_CASES_PER_COACH, (i) => (i === 0 ? { expiresAt: '2026-02-28T10:00:00.000Z' } : {}));
    expect((await store.create(a, content)).version).toBe(1);
  });
});

describe('at most MAX_SHARE_LINKS_PER_COACH working links per coach', () => {
  const entries = (count: number, expiresAt: string) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `${String(i).padStart(4, '0')}${'t'.repeat(39)}`,
        { createdAt: '2026-02-28T10:00:00.000Z', expiresAt },
      ]),
    );

  it(`refuses link ${MAX_SHARE_LINKS_PER_COACH + 1} over all the coach’s cases; expired links do not count`, async () => {
    const a = coach();
    const half = MAX_SHARE_LINKS_PER_COACH / 2;
    // Two cases with half the links each.
    const [first] = await seed(a, 2, () => ({ shares: entries(half, '2026-03-20T10:00:00.000Z') }));
    await expect(store.createShare(a, first!)).rejects.toBeInstanceOf(ShareLimitError);
    await expect(store.createShare(a, first!)).rejects.toMatchObject({ limit: 200 });
    clock = new Date('2026-03-21T10:00:00.000Z');
    expect((await store.createShare(a, first!)).token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
