import { join } from 'node:path';
import { inForceBefore } from '../../functions/core/dated.ts';
import { addDays, type CommandResult, failed, formatValue, plural, shown, table } from '../format.ts';
import { derive, ROUNDING_TEXT } from '../indexation.ts';
import { RULES_DIR, type RuleParameter, readRules } from '../load.ts';
import { type EntryToWrite, RuleFileEditor } from '../yaml-edit.ts';

export interface NewPeriodOptions {
  dir: string;
  /** The first day of the new period, YYYY-MM-DD. */
  date: string;
  /** Show what would be written, write nothing. */
  dryRun?: boolean;
}

interface Derived {
  p: RuleParameter;
  previous: string;
  value: string;
  arithmetic: string;
}
interface Placeholder {
  p: RuleParameter;
  why: string;
}

const isPlaceholder = (p: RuleParameter, date: string) => p.entries.some((e) => e.from === date && e.status === 'placeholder');
const hasFilled = (p: RuleParameter, date: string) => p.entries.some((e) => e.from === date && e.status !== 'placeholder');

/**
 * `rules new-period <date>`: a dated entry from `date` for every figure that follows an index (computed,
 * status derived, or a placeholder when the index for that date is not there yet) and, on 1 January, a
 * placeholder for every figure set anew each year. Never a copy of the previous figure: a placeholder has
 * no value, and `check` and the build refuse it until a maintainer fills it in.
 */
export function newPeriod({ dir, date, dryRun = false }: NewPeriodOptions): CommandResult {
  const read = readRules(dir);
  if (read.fileErrors.length > 0 || !read.header) {
    return failed(
      `The rule files must be readable before a new period can be added. Fix these first (npm run rules -- check):\n  - ${read.fileErrors.join('\n  - ')}\n`,
    );
  }
  if (date <= read.header.validFrom) return failed(`${date} is not after the rule set's first day ${read.header.validFrom}.\n`);

  const parameters = Object.values(read.parameters);
  const moving = parameters.filter((p) => p.indexation || p.setYearly);
  const later = moving.filter((p) => p.entries.some((e) => e.from > date));
  if (later.length > 0) {
    return failed(
      `A new period is added after the latest one, but these already have values dated after ${date}:\n${later
        .map(
          (p) =>
            `  - ${p.file} › ${p.name}: ${p.entries
              .filter((e) => e.from > date)
              .map((e) => e.from)
              .join(', ')}`,
        )
        .join('\n')}\n`,
    );
  }

  const january = date.endsWith('-01-01');
  const derived: Derived[] = [];
  const placeholders: Placeholder[] = [];
  const kept: RuleParameter[] = [];
  const yearlyNotNow: RuleParameter[] = [];
  const writes: { p: RuleParameter; entry: EntryToWrite }[] = [];
  const indexes = new Set(parameters.flatMap((p) => (p.indexation ? [p.indexation.index] : [])));
  const previousOf = (p: RuleParameter) => inForceBefore(p.entries, date);
  const previousText = (p: RuleParameter) => {
    const prev = previousOf(p);
    return prev ? `previous ${formatValue(prev.value)} from ${prev.from}${prev.source ? `, ${prev.source}` : ''}` : 'no previous value';
  };

  // Indexes and other figures set each year: a placeholder on 1 January, to be filled from the publication.
  for (const p of parameters.filter((x) => x.setYearly)) {
    if (hasFilled(p, date)) {
      kept.push(p);
      continue;
    }
    if (!january && !isPlaceholder(p, date)) {
      yearlyNotNow.push(p);
      continue;
    }
    const year = date.slice(0, 4);
    const why = indexes.has(p.name)
      ? `the ${year} index value, as published`
      : p.unit === 'municipalRates'
        ? `the Tax Administration's decision on the ${year} rates; load it with npm run rules -- import-municipal-rates <file> --year ${year} (rules/README.md)`
        : `set every year; ${previousText(p)}`;
    placeholders.push({ p, why });
    writes.push({
      p,
      entry: {
        value: null,
        status: 'placeholder',
        note: `Fill in the figure in force from ${date}, its status and source (${previousText(p)}).`,
      },
    });
  }

  // Figures that follow an index: computed when the index for this date is there.
  for (const p of parameters.filter((x) => x.indexation)) {
    if (hasFilled(p, date)) {
      kept.push(p);
      continue;
    }
    const index = read.parameters[p.indexation!.index]!;
    const d = derive(p, index, date);
    if (d.ok) {
      const value = d.indexed.value;
      const basis =
        d.from.kind === 'base'
          ? `the law's amount at index ${d.from.index} × ${index.name} ${d.newIndex.from} (${d.newIndex.source})`
          : `${index.name} ${d.newIndex.from} / ${d.from.index.from}`;
      const note = `Computed by new-period: ${d.indexed.arithmetic} (${basis}, ${ROUNDING_TEXT[p.indexation!.rounding]}). Compare with the published figure; if it differs, write that one with its status and source.`;
      derived.push({ p, previous: formatValue(d.previous.value), value: formatValue(value), arithmetic: d.indexed.arithmetic });
      const source = d.from.kind === 'base' ? d.from.source : d.newIndex.source!;
      writes.push({ p, entry: { value, status: 'derived', source, note } });
    } else {
      placeholders.push({ p, why: d.reason });
      writes.push({
        p,
        entry: {
          value: null,
          status: 'placeholder',
          note: `Fill in the figure in force from ${date}, its status and source. Not computed: ${d.reason} (${previousText(p)}).`,
        },
      });
    }
  }
  const untouched = parameters.filter((p) => !p.indexation && !p.setYearly);

  // Write, file by file; every other line of each file stays as it was.
  const editors = new Map<string, RuleFileEditor>();
  for (const { p, entry } of writes) {
    let editor = editors.get(p.file);
    if (!editor) {
      editor = new RuleFileEditor(join(dir, p.file));
      editors.set(p.file, editor);
    }
    editor.setEntry(p.name, date, entry);
  }
  if (!dryRun) for (const editor of editors.values()) editor.save();

  const before = addDays(date, -1);
  const out: string[] = [];
  out.push(`${dryRun ? 'Would add' : 'Added'} a new period from ${date} in ${shown(dir)}${dryRun ? ' (dry run: nothing written)' : ''}.`);
  out.push('');
  if (derived.length > 0) {
    out.push(`Computed from the index (status derived; compare each with the published figure):`);
    out.push(
      table(
        ['parameter', 'file', before, date, 'arithmetic'],
        derived.map((d) => [d.p.name, d.p.file, d.previous, d.value, d.arithmetic]),
      ).replace(/^/gm, '  '),
    );
    out.push('');
  }
  if (placeholders.length > 0) {
    out.push(`To fill in (placeholders: \`check\`, the tests and the build fail until each has a value, status and source):`);
    for (const { p, why } of placeholders) out.push(`  ${p.file} › ${p.name} › ${date}: ${why}`);
    out.push('');
  }
  if (kept.length > 0) {
    out.push(`Already have a value from ${date}, left as they are: ${kept.map((p) => p.name).join(', ')}.`);
    out.push('');
  }
  if (yearlyNotNow.length > 0) {
    out.push(`Set every year, on 1 January, so not touched for a period from ${date}: ${yearlyNotNow.map((p) => p.name).join(', ')}.`);
    out.push('');
  }
  out.push(
    `Stay in force without a new entry (they follow no index and are not set every year; change them by hand when the law changes): ${untouched.map((p) => p.name).join(', ')}.`,
  );
  out.push('');
  out.push(
    `${plural(derived.length, 'value')} computed, ${plural(placeholders.length, 'placeholder')} to fill in, in ${plural(editors.size, 'file')}.`,
  );
  out.push('Next: fill in the placeholders, compare the derived values with the official ones, then');
  const dirArg = dir === RULES_DIR ? '' : ` --dir ${dir}`;
  out.push(`  npm run rules -- check${dirArg}`);
  out.push(`  npm run rules -- diff ${before} ${date}${dirArg}`);
  out.push(`  npm run rules -- impact${dirArg}`);
  return { code: 0, stdout: `${out.join('\n')}\n`, stderr: '' };
}
