import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOf, type OutcomeDigest } from '../../functions/api/cases/digest.ts';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import { LOCAL_TABLE_NAME } from '../../functions/local/server.ts';
import { createCaseStore } from '../../functions/store/cases.ts';
import { createDynamoDbClient, LOCAL_ENDPOINT_ENV } from '../../functions/store/client.ts';
import { ensureTable } from '../../functions/store/table.ts';
import { main } from '../../rules/cli.ts';
import { type StoredImpactReport, storedImpact } from '../../rules/commands/impact-stored.ts';
import { loadRuleSet, RULES_DIR } from '../../rules/load.ts';

/**
 * `rules impact --stored`: the cases saved on the local server (its data folder, dynalite on disk), computed
 * again under the rule files and compared with the outcome saved with each, as the case list marks them.
 */

const ruleSet = loadRuleSet(RULES_DIR);
const dataDir = mkdtempSync(join(tmpdir(), 'stored-cases-'));
const input = CalculationRequest.parse({
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900.00' }, kelaPension: { fixedTerm: false } },
  scenarios: [
    { id: 'none', monthlyEarnings: 0 },
    { id: 'h10', hoursPerWeek: 10, hourlyWage: '13.50' },
  ],
});
const current = digestOf(calculate(ruleSet, { ...input, date: '2026-03-01' }));
const ids: Record<string, string> = {};

/** The local server's engine on the data folder, as `npm start` runs it. */
async function onDataFolder<T>(use: (client: ReturnType<typeof createDynamoDbClient>) => Promise<T>): Promise<T> {
  const server = dynalite({ path: join(dataDir, 'dynamodb'), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const client = createDynamoDbClient({ [LOCAL_ENDPOINT_ENV]: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  try {
    return await use(client);
  } finally {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

beforeAll(async () => {
  await onDataFolder(async (client) => {
    await ensureTable(client, LOCAL_TABLE_NAME);
    const store = createCaseStore({ client, tableName: LOCAL_TABLE_NAME });
    const older: OutcomeDigest = structuredClone(current);
    // Under last year's rules the Kela pension was 783.41 €; now the case computes 787.07 − ½ × (900 − 66.50).
    older.scenarios[0]!.benefits.find((b) => b.benefit === 'kelaPension')!.monthlyAmount = '365.00';
    const save = (label: string, ruleSetVersion: string, outcome?: unknown) =>
      store.create('coach-a', { label, input, ruleSetVersion, ...(outcome === undefined ? {} : { outcome }) });
    ids.changed = (await save('Asiakas 7 / kevät', '2025.12+0123456789ab', older)).id;
    ids.same = (await save('Asiakas 8', '2025.12+0123456789ab', current)).id;
    ids.noOutcome = (await save('Asiakas 9', '2025.12+0123456789ab')).id;
    ids.current = (await save('Asiakas 10', ruleSet.version, current)).id;
  });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('rules impact --stored', () => {
  it('computes every saved case again and lists the outcomes that change, with what was saved and what it is now', async () => {
    const result = await storedImpact({ dir: RULES_DIR, dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 cases; 3 cases saved under another rule set; the outcome changes in 1 case.');
    expect(result.stdout).toMatch(
      new RegExp(`\\n {2}${ids.changed}\\s+Asiakas 7 / kevät\\s+none\\s+kelaPension\\s+amount €/month\\s+365\\.00\\s+370\\.32`),
    );
    expect(result.stdout).toContain(`${ids.noOutcome} (Asiakas 9): saved without an outcome`);
    expect(result.stdout).not.toContain(ids.same);
    expect(result.stdout).not.toContain(ids.current);
  });

  it('--json gives the same as data', async () => {
    const report = JSON.parse((await storedImpact({ dir: RULES_DIR, dataDir, json: true })).stdout) as StoredImpactReport;
    expect(report).toMatchObject({ cases: 4, savedWithOtherRules: 3, ruleSetVersion: ruleSet.version });
    expect(report.changed.map((c) => c.id)).toEqual([ids.changed]);
    expect(report.changed[0]!.changes).toEqual([
      { scenarioId: 'none', benefit: 'kelaPension', field: 'monthlyAmount', saved: '365.00', now: '370.32' },
    ]);
    expect(report.notComparable.map((c) => c.id)).toEqual([ids.noOutcome]);
  });

  it('runs from the command line on a data folder given with --data', async () => {
    const result = await main(['impact', '--stored', '--data', dataDir, '--dir', RULES_DIR]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the outcome changes in 1 case');
  });

  it('says so when the local server has saved nothing yet', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-cases-'));
    try {
      const result = await storedImpact({ dir: RULES_DIR, dataDir: empty });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('No saved cases');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.each([
    {
      args: ['impact', '--stored', '2025-12-31', '2026-01-01'],
      message: '--stored computes the saved cases under the rules as they are now',
    },
    { args: ['impact', '--stored', '--cases', '/tmp'], message: 'it takes no dates and no --cases' },
    { args: ['impact', '--data', '/tmp'], message: '--data goes with --stored' },
  ])('$args → exit 2', async ({ args, message }) => {
    const result = await main(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
