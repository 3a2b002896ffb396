import { inForceOn } from '../../functions/core/dated.ts';
import { type CommandResult, daysBetween, formatValue, plural, shown } from '../format.ts';
import { derive } from '../indexation.ts';
import { RULESET_FILE, type RuleParameter, readRules } from '../load.ts';

export interface CheckOptions {
  dir: string;
  /** The date to compare verifiedUntil with (the CLI passes today's date). */
  today: string;
}

interface Warning {
  group: string;
  text: string;
}

const at = (p: RuleParameter, date?: string) => `${p.file} › ${p.name}${date ? ` › ${date}` : ''}`;

/** The latest date after the first day on which any entry takes effect, and how many entries do. */
function latestChange(parameters: RuleParameter[], validFrom: string): { date: string; count: number } | null {
  const dates = parameters.flatMap((p) => p.entries.map((e) => e.from)).filter((d) => d > validFrom);
  if (dates.length === 0) return null;
  const date = dates.sort().at(-1)!;
  return { date, count: parameters.filter((p) => p.entries.some((e) => e.from === date)).length };
}

/** Every value that is not official (placeholders aside), by parameter, in date order: what a maintainer still has to confirm. */
export function unconfirmed(parameters: RuleParameter[]): { p: RuleParameter; entries: RuleParameter['entries'] }[] {
  return parameters
    .map((p) => ({ p, entries: p.entries.filter((e) => e.status === 'secondary' || e.status === 'derived') }))
    .filter((x) => x.entries.length > 0);
}

/** "; to confirm: A, or B." from the titles of the pages that would confirm a value; nothing when none is listed. */
function toConfirmText(confirmWith: readonly { title: string }[]): string {
  return confirmWith.length > 0 ? `; to confirm: ${confirmWith.map((r) => r.title).join(', or ')}.` : '';
}

/** The pages of a `confirmWith`, one a line: "confirm on: title: href". */
function pages(confirmWith: readonly { title: string; href: string }[], indent: string): string[] {
  return confirmWith.map((r, i) => `${indent}${i === 0 ? 'confirm on:' : '           '} ${r.title}: ${r.href}`);
}

/**
 * `rules check`: everything the build refuses (errors, exit 1) and what a maintainer should look at before
 * publishing (warnings, exit 0): figures that are not official, figures past the verified date, derived
 * figures that disagree with their index, dates written out of order, an expired verified date.
 */
export function check({ dir, today }: CheckOptions): CommandResult {
  const read = readRules(dir);
  const parameters = Object.values(read.parameters);
  const warnings: Warning[] = [];
  const header = read.header;

  if (header) {
    const { verifiedUntil } = header;
    for (const p of parameters) {
      const inForce = inForceOn(p.entries, verifiedUntil);
      if (inForce && inForce.status !== 'official' && inForce.status !== 'placeholder') {
        warnings.push({
          group: `Not official on ${verifiedUntil} (users see them marked as such; replace them when the official figure is published)`,
          text: `${at(p, inForce.from)}: ${inForce.status}${toConfirmText(inForce.confirmWith ?? p.confirmWith)}`,
        });
      }
      for (const e of p.entries) {
        if (e.from > verifiedUntil) {
          warnings.push({
            group: `Dated after verifiedUntil ${verifiedUntil} (results for those months carry the "not verified" warning; when checked, move verifiedUntil in ${RULESET_FILE})`,
            text: `${at(p, e.from)}: ${e.status}`,
          });
        }
      }
    }
    if (today > verifiedUntil) {
      warnings.push({
        group: 'Verification',
        text: `verifiedUntil ${verifiedUntil} has passed (${today}): every result for this month carries the "not verified" warning`,
      });
    }
  }

  for (const p of parameters) {
    const index = p.indexation ? read.parameters[p.indexation.index] : undefined;
    if (index) {
      for (const e of p.entries) {
        if (e.status !== 'derived') continue;
        const d = derive(p, index, e.from);
        if (d.ok && JSON.stringify(d.indexed.value) !== JSON.stringify(e.value)) {
          warnings.push({
            group: 'Derived values that the index arithmetic does not reproduce',
            text: `${at(p, e.from)}: written ${JSON.stringify(e.value)}, but ${d.indexed.arithmetic}`,
          });
        }
      }
    }
    const sorted = [...p.writtenOrder].sort();
    if (p.writtenOrder.some((d, i) => d !== sorted[i])) {
      warnings.push({
        group: 'Dates written out of order (they are read in date order; keep the file in order so that diffs read well)',
        text: `${at(p)}: ${p.writtenOrder.join(', ')}`,
      });
    }
  }

  const lines: string[] = [];
  const toConfirm = unconfirmed(parameters);
  const fileCount = read.files.length;
  lines.push(
    `Rule files in ${shown(dir)}: ${plural(fileCount, 'file')}, ${plural(parameters.length, 'parameter')}${header ? `, from ${header.validFrom}` : ''}.`,
  );
  if (header) {
    const days = daysBetween(today, header.verifiedUntil);
    const when = days >= 0 ? `${plural(days, 'day')} from ${today}` : `${plural(-days, 'day')} ago`;
    const change = latestChange(parameters, header.validFrom);
    lines.push(`Verified until ${header.verifiedUntil} (${when}). Label ${header.label}.`);
    if (change)
      lines.push(
        `Latest change: ${change.date} (${plural(change.count, 'parameter')} ${change.count === 1 ? 'takes' : 'take'} a new value).`,
      );
  }
  lines.push('');

  if (read.problems.length > 0) {
    lines.push(`${plural(read.problems.length, 'error')} (the rule set cannot be built or published until they are fixed):`);
    for (const problem of read.problems) lines.push(`  ✗ ${problem}`);
  } else {
    lines.push('No errors.');
  }
  lines.push('');

  if (warnings.length > 0) {
    lines.push(`${plural(warnings.length, 'warning')}:`);
    const groups = [...new Set(warnings.map((w) => w.group))];
    for (const group of groups) {
      lines.push(`  ${group}:`);
      for (const w of warnings.filter((x) => x.group === group)) lines.push(`    ! ${w.text}`);
    }
  } else {
    lines.push('No warnings.');
  }
  lines.push('');

  if (toConfirm.length > 0) {
    const count = toConfirm.reduce((n, c) => n + c.entries.length, 0);
    lines.push(
      `To confirm: ${plural(count, 'value')} of ${plural(toConfirm.length, 'parameter')} not read from an official source, each with why, and the page that would confirm it:`,
    );
    for (const { p, entries } of toConfirm) {
      lines.push(`  ${at(p)}`);
      for (const e of entries) {
        lines.push(`    ${e.from}  ${formatValue(e.value)}  ${e.status}${e.note ? `: ${e.note}` : ''}`);
        lines.push(...pages(e.confirmWith ?? [], '      '));
      }
      if (p.confirmWith.length === 0 && entries.some((e) => !e.confirmWith))
        lines.push('    confirm on: no page listed (add `confirmWith` to the parameter, or to the value)');
      lines.push(...pages(p.confirmWith, '    '));
    }
    lines.push('');
  }

  if (read.problems.length > 0) {
    lines.push(`FAILED: ${plural(read.problems.length, 'error')}, ${plural(warnings.length, 'warning')}.`);
    return { code: 1, stdout: `${lines.join('\n')}\n`, stderr: '' };
  }
  lines.push(`OK: the rule set is valid (${plural(warnings.length, 'warning')}). Version ${read.ruleSet!.version}.`);
  return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
