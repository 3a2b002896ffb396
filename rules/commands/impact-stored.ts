import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type OutcomeChange, type RuleSetCheck, ruleSetCheck } from '../../functions/api/cases/outcome.ts';
import { type CommandResult, failed, plural, shown, table } from '../format.ts';
import { readRules } from '../load.ts';

export interface StoredImpactOptions {
  dir: string;
  /** The local server's data folder (`npm start` keeps DynamoDB under <dataDir>/dynamodb). */
  dataDir: string;
  json?: boolean;
}

interface CaseImpact {
  id: string;
  label: string;
  savedWith: string;
  /** true: the outcome changes; false: the same; null: not comparable (see reason). */
  outcomeChanged: boolean | null;
  reason?: string;
  changes: OutcomeChange[];
}

export interface StoredImpactReport {
  dataDir: string;
  ruleSetVersion: string;
  cases: number;
  savedWithOtherRules: number;
  changed: CaseImpact[];
  notComparable: CaseImpact[];
}

const FIELD: Record<OutcomeChange['field'], string> = {
  status: 'status',
  monthlyAmount: 'amount €/month',
  maxHoursPerWeek: 'max hours/week',
  grossIncome: 'gross income',
  netIncome: 'net income €/month',
  presence: 'in the outcome',
};

/**
 * The saved cases of the local server (`npm start`, its data folder), each computed again under the rule files
 * of `dir` and compared with the outcome saved with it: the same comparison a coach sees when opening the case
 * and in the case list (`outcomeChanged`). Reads the data with the embedded DynamoDB engine, so the local
 * server must not be running at the same time (it holds the folder).
 */
export async function storedImpact(options: StoredImpactOptions): Promise<CommandResult> {
  const read = readRules(options.dir);
  if (!read.ruleSet)
    return failed(
      `The rule set is not valid, so the saved cases cannot be computed. Fix these first (npm run rules -- check):\n  - ${read.problems.join('\n  - ')}\n`,
    );
  const ruleSet = read.ruleSet;
  const dbDir = join(options.dataDir, 'dynamodb');
  const where = shown(options.dataDir);
  if (!existsSync(dbDir)) {
    return {
      code: 0,
      stdout: `No saved cases: ${where} holds no DynamoDB data (the local server makes it when it first starts).\n`,
      stderr: '',
    };
  }

  let stored: Awaited<ReturnType<typeof readStored>>;
  try {
    stored = await readStored(dbDir);
  } catch (error) {
    return failed(
      `Could not read the saved cases in ${where}: ${(error as Error).message.split('\n')[0]}\nIf npm start is running, stop it first: it holds the data folder.\n`,
    );
  }

  const impacts: CaseImpact[] = [];
  for (const c of stored) {
    const check: RuleSetCheck | null = await ruleSetCheck(ruleSet, c);
    if (check === null) continue;
    impacts.push({
      id: c.id,
      label: c.label,
      savedWith: check.savedWith,
      outcomeChanged: check.outcomeChanged,
      ...(check.reason ? { reason: check.reason } : {}),
      changes: check.changes,
    });
  }
  const report: StoredImpactReport = {
    dataDir: options.dataDir,
    ruleSetVersion: ruleSet.version,
    cases: stored.length,
    savedWithOtherRules: impacts.length,
    changed: impacts.filter((i) => i.outcomeChanged === true),
    notComparable: impacts.filter((i) => i.outcomeChanged === null),
  };
  if (options.json) return { code: 0, stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: '' };

  const out = [
    `Saved cases in ${where} (the local server's data folder), computed again under the rules in ${shown(options.dir)} (version ${ruleSet.version}).`,
    `${plural(report.cases, 'case')}; ${plural(report.savedWithOtherRules, 'case')} saved under another rule set; the outcome changes in ${plural(report.changed.length, 'case')}.`,
    '',
  ];
  if (report.changed.length > 0) {
    const rows = report.changed.flatMap((c) =>
      c.changes.map((x) => [c.id, c.label, x.scenarioId, x.benefit ?? 'total', FIELD[x.field], x.saved ?? '—', x.now ?? '—']),
    );
    out.push('Outcomes that change (a coach sees them marked in the case list, and in detail when opening the case):');
    out.push(table(['case', 'label', 'scenario', 'benefit', 'change', 'saved', 'now'], rows).replace(/^/gm, '  '));
    out.push('');
  }
  if (report.notComparable.length > 0) {
    out.push('Cannot be compared (the case still opens; its outcome is computed afresh):');
    for (const c of report.notComparable)
      out.push(
        `  ${c.id} (${c.label}): ${c.reason === 'noSavedOutcome' ? 'saved without an outcome' : 'its input cannot be computed under these rules'}`,
      );
    out.push('');
  }
  return { code: 0, stdout: `${out.join('\n')}\n`, stderr: '' };
}

/** Opens the data folder with the embedded engine the local server uses, reads every case, and closes it again. */
async function readStored(dbDir: string) {
  const [{ default: dynalite }, { createDynamoDbClient, LOCAL_ENDPOINT_ENV }, { scanStoredCases }, { LOCAL_TABLE_NAME }] =
    await Promise.all([
      import('dynalite'),
      import('../../functions/store/client.ts'),
      import('../../functions/store/scan.ts'),
      import('../../functions/local/server.ts'),
    ]);
  const server = dynalite({ path: dbDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const client = createDynamoDbClient({ [LOCAL_ENDPOINT_ENV]: `http://127.0.0.1:${port}` });
  // When another process (npm start) holds the folder, the engine cannot open it and throws from inside its
  // request handler ("Database is closed"), out of reach of any promise: catch that one throw while reading.
  let onCrash: ((error: Error) => void) | undefined;
  const crashed = new Promise<never>((_, reject) => {
    onCrash = (error: Error) => reject(error);
    process.once('uncaughtException', onCrash);
  });
  try {
    return await Promise.race([scanStoredCases(client, LOCAL_TABLE_NAME), crashed]);
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return [];
    throw error;
  } finally {
    process.off('uncaughtException', onCrash!);
    client.destroy();
    server.closeAllConnections?.();
    await Promise.race([
      new Promise<void>((resolve) => server.close(() => resolve())),
      new Promise<void>((resolve) => setTimeout(resolve, 1000).unref()),
    ]);
  }
}
