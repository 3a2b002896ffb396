import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CaseStore, createCaseStore } from '../../functions/store/cases.ts';
import { CaseNotFoundError, ShareNotFoundError } from '../../functions/store/errors.ts';
import { brokenReferences, clientThatStopsAfter, tableState } from './crash.ts';
import { startDynalite } from './dynalite.ts';

/**
 * Issue 12, item 7: a share link is two items and DynamoDB Local has no transactions, so every write that
 * touches links is tried with the process stopping after each of its writes. At every point: no link item
 * that its case does not list (an orphan), no link shown to the coach that does not work (a dangling
 * reference), and the coach's view and the link agree. The coach's next write cleans up what was left.
 */

let db: Awaited<ReturnType<typeof startDynalite>>;
let clock: Date;
let store: CaseStore;
const content = { label: 'Asiakas A', input: { date: '2026-03-01', scenarios: [] }, ruleSetVersion: '2026.11+abc' };
const coach = () => `coach-${Math.random().toString(36).slice(2)}`;
const storeOn = (client = db.client) => createCaseStore({ client, tableName: db.tableName, now: () => clock });
const stoppingAfter = (writes: number) => storeOn(clientThatStopsAfter(db.endpoint, writes));
const minutesLater = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeAll(async () => {
  db = await startDynalite();
});
afterAll(async () => db.stop());
beforeEach(() => {
  clock = new Date('2026-03-01T10:00:00.000Z');
  store = storeOn();
});

/** What the coach sees and what the links do agree, and nothing in the table is broken. */
async function consistent(coachId: string, caseId: string): Promise<{ listed: string[] }> {
  const state = await tableState(db.client, db.tableName);
  expect(brokenReferences(state)).toEqual({ orphans: [], dangling: [] });
  const listed = await store.get(coachId, caseId).then(
    (c) => c.shares.map((s) => s.token),
    () => [] as string[],
  );
  const linkTokens = [...state.links].filter(([, l]) => l.caseId === caseId).map(([t]) => t);
  for (const token of new Set([...listed, ...linkTokens])) {
    const works = await store.readShared(token).then(
      () => true,
      () => false,
    );
    expect(works, token).toBe(listed.includes(token));
  }
  return { listed };
}

/** After the grace time, nothing pending is left on the case, and its link items are exactly its links. */
async function cleanedUp(caseId: string) {
  const state = await tableState(db.client, db.tableName);
  const entries = state.cases.get(caseId)?.entries ?? new Map();
  expect([...entries.values()].filter((e) => e.pending)).toEqual([]);
  expect(
    [...state.links]
      .filter(([, l]) => l.caseId === caseId)
      .map(([t]) => t)
      .sort(),
  ).toEqual([...entries.keys()].sort());
}

describe('making a link, stopped after each of its writes', () => {
  it.each([0, 1, 2, 3])('after %i writes: no orphan, no dangling link, and the next link cleans up', async (writes) => {
    const a = coach();
    const { id } = await store.create(a, content);
    const made = stoppingAfter(writes).createShare(a, id);
    if (writes < 3) await expect(made).rejects.toThrow('the process stopped here');
    else expect((await made).token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { listed } = await consistent(a, id);
    expect(listed).toHaveLength(writes < 3 ? 0 : 1);
    minutesLater(3);
    await store.createShare(a, id);
    await consistent(a, id);
    await cleanedUp(id);
    expect((await store.get(a, id)).shares).toHaveLength(writes < 3 ? 1 : 2);
  });
});

describe('revoking a link, stopped after each of its writes', () => {
  it.each([0, 1, 2, 3])('after %i writes: the link works until the first write and never after', async (writes) => {
    const a = coach();
    const { id } = await store.create(a, content);
    const { token } = await store.createShare(a, id);
    const revoked = stoppingAfter(writes).revokeShare(a, id, token);
    if (writes < 3) await expect(revoked).rejects.toThrow('the process stopped here');
    else await revoked;
    const { listed } = await consistent(a, id);
    expect(listed).toEqual(writes === 0 ? [token] : []);
    minutesLater(3);
    await store.createShare(a, id);
    await cleanedUp(id);
  });
});

describe('deleting a case, stopped after each of its writes', () => {
  it.each([0, 1, 2, 3])(
    'after %i writes: the case and its links are gone from the first write on, and the next case finishes it',
    async (writes) => {
      const a = coach();
      const { id } = await store.create(a, content);
      const links = [await store.createShare(a, id), await store.createShare(a, id)].map((s) => s.token);
      const removed = stoppingAfter(writes).remove(a, id);
      if (writes < 3) await expect(removed).rejects.toThrow('the process stopped here');
      else await removed;
      await consistent(a, id);
      const gone = writes > 0;
      for (const token of links)
        expect(
          await store.readShared(token).then(
            () => 'works',
            () => 'gone',
          ),
        ).toBe(gone ? 'gone' : 'works');
      expect((await store.list(a)).cases.map((c) => c.id)).toEqual(gone ? [] : [id]);
      if (gone) await expect(store.get(a, id)).rejects.toBeInstanceOf(CaseNotFoundError);
      await store.create(a, { ...content, label: 'the next case' });
      const state = await tableState(db.client, db.tableName);
      expect(state.cases.has(id)).toBe(!gone);
      for (const token of links) expect(state.links.has(token)).toBe(!gone);
    },
  );
});

describe('data written by the previous version', () => {
  it('reads, lists, shares, revokes and deletes a case and a link saved before links had a pending state', async () => {
    const doc = DynamoDBDocumentClient.from(db.client);
    const a = coach();
    const id = '5b0c3a39-2b53-4d4e-9c66-1f2a3b4c5d6e';
    const token = 'x'.repeat(43);
    const at = '2026-02-20T09:00:00.000Z';
    // Exactly what the first version wrote: the case with its link, and the link item.
    await doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          pk: `COACH#${a}`,
          sk: `CASE#${id}`,
          id,
          coachId: a,
          label: 'vanha tapaus',
          input: JSON.stringify(content.input),
          outcome: JSON.stringify({ scenarios: [] }),
          ruleSetVersion: '2026.1+old',
          createdAt: at,
          updatedAt: at,
          version: 3,
          expiresAt: '2027-02-20T09:00:00.000Z',
          ttl: 1_803_027_600,
          shares: { [token]: { createdAt: at, expiresAt: '2026-03-22T09:00:00.000Z' } },
        },
      }),
    );
    await doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          pk: `SHARE#${token}`,
          sk: 'SHARE',
          coachId: a,
          caseId: id,
          createdAt: at,
          expiresAt: '2026-03-22T09:00:00.000Z',
          ttl: 1_774_170_000,
        },
      }),
    );
    expect((await store.list(a)).cases).toEqual([expect.objectContaining({ id, label: 'vanha tapaus', version: 3 })]);
    expect((await store.get(a, id)).shares).toEqual([{ token, createdAt: at, expiresAt: '2026-03-22T09:00:00.000Z' }]);
    expect((await store.readShared(token)).label).toBe('vanha tapaus');
    expect((await store.update(a, id, 3, { label: 'uusi nimi' })).version).toBe(4);
    expect((await store.readShared(token)).label).toBe('uusi nimi');
    const second = await store.createShare(a, id);
    await store.revokeShare(a, id, token);
    await expect(store.readShared(token)).rejects.toBeInstanceOf(ShareNotFoundError);
    expect((await store.get(a, id)).shares.map((s) => s.token)).toEqual([second.token]);
    await consistent(a, id);
    await store.remove(a, id, 4);
    await expect(store.readShared(second.token)).rejects.toBeInstanceOf(ShareNotFoundError);
    expect(brokenReferences(await tableState(db.client, db.tableName))).toEqual({ orphans: [], dangling: [] });
  });
});
