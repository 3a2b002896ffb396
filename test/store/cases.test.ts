import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CaseStore, createCaseStore } from '../../functions/store/cases.ts';
import { CaseNotFoundError, ShareNotFoundError, VersionConflictError } from '../../functions/store/errors.ts';
import { startDynalite } from './dynalite.ts';

let db: Awaited<ReturnType<typeof startDynalite>>;
let clock: Date;
let store: CaseStore;
const input = {
  date: '2026-03-01',
  benefits: { kelaPension: { fixedTerm: false, monthlyAmount: '500.00' } },
  scenarios: [{ id: 'a', monthlyEarnings: '0' }],
};
const content = { label: 'Asiakas A / kevät', input, ruleSetVersion: '2026.11+abc' };

beforeAll(async () => {
  db = await startDynalite();
});
afterAll(async () => db.stop());
beforeEach(() => {
  clock = new Date('2026-03-01T10:00:00.000Z');
  store = createCaseStore({ client: db.client, tableName: db.tableName, now: () => clock, caseTtlDays: 365, shareTtlDays: 30 });
});
const advanceDays = (days: number) => (clock = new Date(clock.getTime() + days * 86_400_000));
const coach = () => `coach-${Math.random().toString(36).slice(2)}`;

describe('saved cases in DynamoDB (a real DynamoDB API: dynalite)', () => {
  it('creates and reads a case, version 1, expiring 12 months after the change', async () => {
    const a = coach();
    const created = await store.create(a, content);
    expect(created).toMatchObject({
      label: content.label,
      input,
      ruleSetVersion: '2026.11+abc',
      version: 1,
      createdAt: '2026-03-01T10:00:00.000Z',
      expiresAt: '2027-03-01T10:00:00.000Z',
      shares: [],
      outcome: null,
    });
    expect(await store.get(a, created.id)).toEqual(created);
  });

  it('lists only the coach’s own cases, latest change first', async () => {
    const a = coach();
    const b = coach();
    const first = await store.create(a, { ...content, label: 'first' });
    advanceDays(1);
    const second = await store.create(a, { ...content, label: 'second' });
    await store.create(b, { ...content, label: 'other coach' });
    expect((await store.list(a)).cases.map((c) => c.label)).toEqual(['second', 'first']);
    expect((await store.list(a)).cases.map((c) => c.id)).toEqual([second.id, first.id]);
  });

  it('updates with the right version, bumping the version and the expiry', async () => {
    const a = coach();
    const created = await store.create(a, content);
    advanceDays(10);
    const updated = await store.update(a, created.id, 1, { label: 'renamed' });
    expect(updated).toMatchObject({
      label: 'renamed',
      version: 2,
      input,
      updatedAt: '2026-03-11T10:00:00.000Z',
      expiresAt: '2027-03-11T10:00:00.000Z',
    });
  });

  it('refuses an update with a stale version: two tabs never overwrite each other', async () => {
    const a = coach();
    const created = await store.create(a, content);
    await store.update(a, created.id, 1, { label: 'tab one' });
    const stale = store.update(a, created.id, 1, { label: 'tab two' });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
    expect((await store.get(a, created.id)).label).toBe('tab one');
  });

  it('another coach can neither read, change nor delete the case', async () => {
    const a = coach();
    const b = coach();
    const created = await store.create(a, content);
    await expect(store.get(b, created.id)).rejects.toBeInstanceOf(CaseNotFoundError);
    await expect(store.update(b, created.id, 1, { label: 'x' })).rejects.toBeInstanceOf(CaseNotFoundError);
    await expect(store.remove(b, created.id)).rejects.toBeInstanceOf(CaseNotFoundError);
    expect(await store.list(b)).toEqual({ cases: [], nextCursor: null });
    expect((await store.get(a, created.id)).version).toBe(1);
  });

  it('deletes a case and its share links', async () => {
    const a = coach();
    const created = await store.create(a, content);
    const share = await store.createShare(a, created.id);
    await store.remove(a, created.id);
    await expect(store.get(a, created.id)).rejects.toBeInstanceOf(CaseNotFoundError);
    await expect(store.readShared(share.token)).rejects.toBeInstanceOf(ShareNotFoundError);
    await expect(store.remove(a, created.id)).rejects.toBeInstanceOf(CaseNotFoundError);
  });

  it('refuses to delete with a stale version', async () => {
    const a = coach();
    const created = await store.create(a, content);
    await store.update(a, created.id, 1, { label: 'newer' });
    await expect(store.remove(a, created.id, 1)).rejects.toBeInstanceOf(VersionConflictError);
    await store.remove(a, created.id, 2);
    expect(await store.list(a)).toEqual({ cases: [], nextCursor: null });
  });

  it('honours the expiry on read even before DynamoDB’s TTL removes the item', async () => {
    const a = coach();
    const created = await store.create(a, content);
    advanceDays(365);
    await expect(store.get(a, created.id)).rejects.toBeInstanceOf(CaseNotFoundError);
    expect(await store.list(a)).toEqual({ cases: [], nextCursor: null });
    await expect(store.update(a, created.id, 1, { label: 'late' })).rejects.toBeInstanceOf(CaseNotFoundError);
  });

  it('a share token reads the case without its owner, and cannot be guessed', async () => {
    const a = coach();
    const created = await store.create(a, content);
    const share = await store.createShare(a, created.id);
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share.expiresAt).toBe('2026-03-31T10:00:00.000Z');
    const shared = await store.readShared(share.token);
    expect(shared).toEqual({
      label: content.label,
      input,
      outcome: null,
      plan: null,
      ruleSetVersion: '2026.11+abc',
      updatedAt: created.updatedAt,
      expiresAt: created.expiresAt,
      linkExpiresAt: share.expiresAt,
    });
    expect(JSON.stringify(shared)).not.toContain(a);
    expect((await store.get(a, created.id)).shares.map((s) => s.token)).toEqual([share.token]);
    await expect(store.readShared(`${share.token.slice(0, -1)}x`)).rejects.toBeInstanceOf(ShareNotFoundError);
  });

  it('a share link shows the latest saved version of the case', async () => {
    const a = coach();
    const created = await store.create(a, content);
    const share = await store.createShare(a, created.id);
    await store.update(a, created.id, 1, { label: 'updated' });
    expect((await store.readShared(share.token)).label).toBe('updated');
  });

  it('a revoked or expired share link no longer reads', async () => {
    const a = coach();
    const created = await store.create(a, content);
    const revoked = await store.createShare(a, created.id);
    const expiring = await store.createShare(a, created.id);
    await store.revokeShare(a, created.id, revoked.token);
    await expect(store.readShared(revoked.token)).rejects.toBeInstanceOf(ShareNotFoundError);
    expect((await store.get(a, created.id)).shares.map((s) => s.token)).toEqual([expiring.token]);
    advanceDays(30);
    await expect(store.readShared(expiring.token)).rejects.toBeInstanceOf(ShareNotFoundError);
    expect((await store.get(a, created.id)).shares).toEqual([]);
  });

  it('only the owner can revoke a share link', async () => {
    const a = coach();
    const created = await store.create(a, content);
    const share = await store.createShare(a, created.id);
    await expect(store.revokeShare(coach(), created.id, share.token)).rejects.toBeInstanceOf(ShareNotFoundError);
    expect((await store.readShared(share.token)).label).toBe(content.label);
  });

  it('a share link never outlives its case', async () => {
    const a = coach();
    const shortLived = createCaseStore({ client: db.client, tableName: db.tableName, now: () => clock, caseTtlDays: 10, shareTtlDays: 30 });
    const created = await shortLived.create(a, content);
    const share = await shortLived.createShare(a, created.id);
    expect(share.expiresAt).toBe(created.expiresAt);
  });

  it('keeps what the API records about the outcome with the input, and replaces it with new input', async () => {
    const a = coach();
    const created = await store.create(a, { ...content, outcome: { digest: 'first' } });
    expect(created.outcome).toEqual({ digest: 'first' });
    const renamed = await store.update(a, created.id, 1, { label: 'renamed' });
    expect(renamed.outcome).toEqual({ digest: 'first' });
    const resaved = await store.update(a, created.id, 2, { input, ruleSetVersion: '2027.1+def', outcome: { digest: 'second' } });
    expect(resaved).toMatchObject({ ruleSetVersion: '2027.1+def', outcome: { digest: 'second' }, version: 3 });
    const share = await store.createShare(a, created.id);
    expect((await store.readShared(share.token)).outcome).toEqual({ digest: 'second' });
  });
});
