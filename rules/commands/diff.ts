import { inForceOn } from '../../functions/core/dated.ts';
import { type CommandResult, failed, formatValue, plural, shown, table } from '../format.ts';
import { type RuleEntry, readRules } from '../load.ts';
import { compareRates, describeChange, isRateTable } from '../municipal-rates.ts';

export interface DiffOptions {
  dir: string;
  from: string;
  to: string;
  json?: boolean;
}

interface Side {
  date: string;
  value: unknown;
  status: string;
  source: string | null;
}

interface DiffRow {
  parameter: string;
  file: string;
  from: Side | null;
  to: Side | null;
}

export interface DiffReport {
  from: string;
  to: string;
  parameters: number;
  /** A different value on `to` than on `from`. */
  changed: DiffRow[];
  /** A new entry between the dates that confirms the same value (new source or status). */
  reconfirmed: DiffRow[];
}

const side = (e: RuleEntry | undefined): Side | null =>
  e ? { date: e.from, value: e.value, status: e.status, source: e.source ?? null } : null;

/** What changes between two dates, parameter by parameter. Works on placeholders too (shown as "to fill in"). */
function diffReport({ dir, from, to }: DiffOptions): DiffReport | { errors: string[] } {
  const read = readRules(dir);
  if (read.fileErrors.length > 0) return { errors: read.fileErrors };
  const changed: DiffRow[] = [];
  const reconfirmed: DiffRow[] = [];
  const parameters = Object.values(read.parameters);
  for (const p of parameters) {
    const a = inForceOn(p.entries, from);
    const b = inForceOn(p.entries, to);
    if (a === b) continue;
    const row = { parameter: p.name, file: p.file, from: side(a), to: side(b) };
    if (a && b && b.status !== 'placeholder' && JSON.stringify(a.value) === JSON.stringify(b.value)) reconfirmed.push(row);
    else changed.push(row);
  }
  return { from, to, parameters: parameters.length, changed, reconfirmed };
}

/** `rules diff <from> <to>`: a table of every parameter whose value differs between the two dates. */
export function diff(options: DiffOptions): CommandResult {
  const report = diffReport(options);
  if ('errors' in report)
    return failed(`The rule files cannot be read. Fix these first (npm run rules -- check):\n  - ${report.errors.join('\n  - ')}\n`);
  if (options.json) return { code: 0, stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: '' };

  const { from, to, changed, reconfirmed } = report;
  const out: string[] = [`Changes between ${from} and ${to} in ${shown(options.dir)}:`, ''];
  if (changed.length > 0) {
    out.push(
      table(
        ['parameter', 'file', from, to, `status on ${to}`, 'source'],
        changed.map((r) => [
          r.parameter,
          r.file,
          formatValue(r.from?.value),
          formatValue(r.to?.value),
          r.to?.status ?? '—',
          r.to?.source ?? '—',
        ]),
      ),
    );
  } else {
    out.push('No value changes.');
  }
  out.push('');
  out.push(
    `${plural(changed.length, 'parameter')} of ${report.parameters} ${changed.length === 1 ? 'changes' : 'change'} between ${from} and ${to}.`,
  );
  for (const r of changed) {
    // A rate table changes a few rows at a time: say which.
    if (!isRateTable(r.from?.value) || !isRateTable(r.to?.value)) continue;
    const { added, removed, changed: rows } = compareRates(r.from.value, r.to.value);
    out.push(
      `${r.parameter}: ${plural(rows.length, 'municipality', 'municipalities')} with new rates, ${added.length} new, ${removed.length} gone:`,
    );
    for (const name of added) out.push(`  new: ${name}`);
    for (const name of removed) out.push(`  gone: ${name}`);
    for (const row of rows) out.push(`  ${describeChange(row)}`);
  }
  if (reconfirmed.length > 0) {
    out.push(
      `Confirmed anew with the same value: ${reconfirmed.map((r) => `${r.parameter} (${formatValue(r.to!.value)}, ${r.from!.status} → ${r.to!.status})`).join(', ')}.`,
    );
  }
  return { code: 0, stdout: `${out.join('\n')}\n`, stderr: '' };
}
