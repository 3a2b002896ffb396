import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inForceBefore } from '../../functions/core/dated.ts';
import type { MunicipalRateTable } from '../../functions/core/ruleset.ts';
import { type CommandResult, failed, plural, shown } from '../format.ts';
import { RULES_DIR, readRules } from '../load.ts';
import { compareRates, describeChange, isRateTable, parseMunicipalRates } from '../municipal-rates.ts';
import { RuleFileEditor } from '../yaml-edit.ts';

const MUNICIPAL_RATES_PARAMETER = 'municipalTaxRates';

export interface ImportOptions {
  dir: string;
  /** The file with the year's table (see rules/municipal-rates.ts for the format). */
  file: string;
  year: string;
  /** The web address of the Tax Administration's decision. */
  source: string;
  /** The decision's diary number, e.g. VH/6585/00.01.00/2025. */
  decision: string;
  /** The day the decision was given (the date of the source file), YYYY-MM-DD. */
  sourceDate: string;
  /** official when the file is the Tax Administration's own; secondary for a transcription. */
  status: 'official' | 'secondary';
  /** Where the file came from, when it is not the Tax Administration's own download. */
  provenance?: string;
  /** The day of the import (the CLI passes today). */
  today: string;
  dryRun?: boolean;
}

/**
 * `rules import-municipal-rates <file> --year YYYY …`: writes the year's municipal and parish rates into
 * municipal-tax-rates.yaml as the entry dated 1 January of that year (replacing a placeholder left by
 * new-period, or an earlier import of the same year), and says what changed from the year before.
 */
export function importMunicipalRates(o: ImportOptions): CommandResult {
  let text: string;
  try {
    text = readFileSync(o.file, 'utf8');
  } catch (error) {
    return failed(`${o.file}: not readable: ${(error as Error).message.split('\n')[0]}\n`);
  }
  const { table, problems } = parseMunicipalRates(text);
  if (problems.length > 0) return failed(`${o.file} cannot be imported:\n  - ${problems.join('\n  - ')}\nNothing written.\n`);

  const read = readRules(o.dir);
  const parameter = read.parameters[MUNICIPAL_RATES_PARAMETER];
  if (!parameter) {
    return failed(
      `${shown(o.dir)} has no parameter ${MUNICIPAL_RATES_PARAMETER} to import into (it lives in municipal-tax-rates.yaml)${read.fileErrors.length > 0 ? `; fix these first:\n  - ${read.fileErrors.join('\n  - ')}` : ''}\n`,
    );
  }
  const date = `${o.year}-01-01`;
  // The table in force before this year's, placeholders aside.
  const previous = inForceBefore(
    parameter.entries.filter((e) => isRateTable(e.value)),
    date,
  );
  const later = parameter.entries.filter((e) => e.from > date);
  if (later.length > 0)
    return failed(`${parameter.file} already has rates dated after ${date} (${later.map((e) => e.from).join(', ')}).\n`);

  const transcription = o.status === 'secondary' ? ' A transcription, not yet checked against the official file.' : '';
  const entry = {
    value: table,
    status: o.status,
    source: o.source,
    note: `Verohallinto, "Kuntien ja seurakuntien tuloveroprosentit vuonna ${o.year}", ${o.decision}, given ${o.sourceDate}: ${plural(Object.keys(table).length, 'municipality', 'municipalities')}.${transcription}`,
    ...(o.status === 'secondary'
      ? {
          confirmWith: [
            { title: `The official table of decision ${o.decision}: compare every rate, then set the status to official`, href: o.source },
          ],
        }
      : {}),
    provenance: `Imported on ${o.today} from ${basename(o.file)}${o.provenance ? `: ${o.provenance}` : ''}.`,
  };
  const editor = new RuleFileEditor(join(o.dir, parameter.file));
  const how = editor.setEntry(MUNICIPAL_RATES_PARAMETER, date, entry);
  if (!o.dryRun) editor.save();

  const out: string[] = [];
  out.push(
    `${o.dryRun ? 'Would import' : 'Imported'} ${plural(Object.keys(table).length, 'municipality', 'municipalities')} for ${o.year} into ${shown(o.dir).replace(/\/?$/, '/')}${parameter.file} (status ${o.status}, source ${o.source})${how === 'replaced' ? `, replacing the entry written for ${date}` : ''}${o.dryRun ? ' (dry run: nothing written)' : ''}.`,
  );
  if (previous) out.push(...changesSince(previous.from, previous.value as MunicipalRateTable, table));
  out.push('');
  const dirArg = o.dir === RULES_DIR ? '' : ` --dir ${o.dir}`;
  out.push('Next: read the changes against the decision, then');
  out.push(`  npm run rules -- check${dirArg}`);
  return { code: 0, stdout: `${out.join('\n')}\n`, stderr: '' };
}

function changesSince(from: string, before: MunicipalRateTable, after: MunicipalRateTable): string[] {
  const { added, removed, changed } = compareRates(before, after);
  const out = [
    `Compared with ${from}: ${plural(changed.length, 'municipality', 'municipalities')} with new rates, ${added.length} new, ${removed.length} gone.`,
  ];
  for (const name of added) out.push(`  new: ${name}`);
  for (const name of removed) out.push(`  gone (merged?): ${name}`);
  for (const change of changed) out.push(`  ${describeChange(change)}`);
  return out;
}
