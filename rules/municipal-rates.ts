import type { MunicipalRate, MunicipalRateTable } from '../functions/core/ruleset.ts';

/**
 * Reading the Tax Administration's yearly table of municipal and parish income tax rates ("Kuntien ja
 * seurakuntien tuloveroprosentit vuonna …") from a text file, and comparing two years' tables.
 *
 * The file has one municipality a line: its name, the municipal rate, the Evangelical Lutheran parish rate and
 * the Orthodox parish rate, separated by semicolons, tabs, vertical bars or commas, with a decimal comma or
 * point ("5,30" or "5.30"). A first line of column titles is skipped. This is what the decision's table gives
 * when it is copied into a spreadsheet and saved as CSV (UTF-8).
 */

export interface ParsedRates {
  table: MunicipalRateTable;
  /** Every line that could not be read, with its line number. */
  problems: string[];
}

/** The rates a municipal (or parish) rate can sensibly have; outside them, a column is probably mixed up. */
const PLAUSIBLE = { municipal: { min: 1, max: 30 }, parish: { min: 0, max: 5 } } as const;

const SEPARATORS = [';', '\t', '|', ','] as const;

function separatorOf(line: string): string {
  return SEPARATORS.find((s) => line.includes(s)) ?? ';';
}

/** "9,9" / "9.90" / " 9,90 % " → "9.90"; null when it is not a percentage. */
function percent(cell: string | undefined): string | null {
  const text = (cell ?? '').replace('%', '').trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text)) return null;
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  return `${Number(whole)}.${fraction.padEnd(2, '0')}`;
}

/** Reads the table; a name written twice, a missing or implausible rate is a problem naming the line. */
export function parseMunicipalRates(text: string): ParsedRates {
  const table: MunicipalRateTable = {};
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let first = true;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const cells = line.split(separatorOf(line)).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const [name, ...rest] = cells;
    const rates = rest.map(percent);
    if (first && rates[0] === null) {
      first = false;
      return; // the column titles
    }
    first = false;
    const at = `line ${i + 1}`;
    if (!name || !/^\p{Lu}[\p{L} .-]*\p{L}$/u.test(name)) {
      problems.push(`${at}: "${name ?? ''}" is not a municipality name`);
      return;
    }
    if (cells.length !== 4 || rates.some((r) => r === null)) {
      problems.push(`${at} (${name}): needs a name and three percentages (municipality, Evangelical Lutheran, Orthodox), got "${line}"`);
      return;
    }
    const [municipal, lutheran, orthodox] = rates as [string, string, string];
    const outside = (value: string, range: { min: number; max: number }) => Number(value) < range.min || Number(value) > range.max;
    if (outside(municipal, PLAUSIBLE.municipal) || outside(lutheran, PLAUSIBLE.parish) || outside(orthodox, PLAUSIBLE.parish)) {
      problems.push(`${at} (${name}): ${municipal} / ${lutheran} / ${orthodox} does not look like municipal / parish / parish rates`);
      return;
    }
    if (table[name]) {
      problems.push(`${at}: ${name} is written twice`);
      return;
    }
    table[name] = [municipal, lutheran, orthodox] satisfies MunicipalRate;
  });
  if (Object.keys(table).length === 0 && problems.length === 0) problems.push('no municipality found in the file');
  return { table, problems };
}

export interface TableChanges {
  added: string[];
  removed: string[];
  /** Municipalities whose rates changed, with both. */
  changed: { name: string; before: MunicipalRate; after: MunicipalRate }[];
}

/** What differs between two years' tables. */
export function compareRates(before: MunicipalRateTable, after: MunicipalRateTable): TableChanges {
  const added = Object.keys(after).filter((name) => !before[name]);
  const removed = Object.keys(before).filter((name) => !after[name]);
  const changed = Object.keys(after).flatMap((name) => {
    const b = before[name];
    const a = after[name]!;
    return b?.some((rate, i) => rate !== a[i]) ? [{ name, before: b, after: a }] : [];
  });
  return { added, removed, changed };
}

/** "Akaa 9.90 → 9.95 (ev.lut. 1.70 → 1.75)": one municipality's change in one line. */
export function describeChange({ name, before, after }: TableChanges['changed'][number]): string {
  const columns = ['', 'ev.lut. ', 'orthodox '];
  const parts = columns.flatMap((label, i) => (before[i] === after[i] ? [] : [`${label}${before[i]} → ${after[i]}`]));
  return `${name} ${parts.join(', ')}`;
}

/** True for a value that is a rate table (the municipalRates unit). */
export function isRateTable(value: unknown): value is MunicipalRateTable {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
