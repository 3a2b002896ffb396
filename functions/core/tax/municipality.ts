import { perObject } from '../memo.ts';
import type { MunicipalRate, MunicipalRateTable } from '../ruleset.ts';
import { AlandOutOfScopeError, UnknownMunicipalityError } from './errors.ts';

/** Membership of a parish, which decides the church tax rate. */
export type Church = 'none' | 'lutheran' | 'orthodox';

/** How a name is compared: case, accents (ä = a) and extra spaces do not matter. */
function folded(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Edit distance, for suggesting the names closest to a mistyped one. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** At most this many suggestions, each within this many edits (or sharing the first letters typed). */
const SUGGESTIONS = 5;
const MAX_EDITS = 3;

/** The names of `table` closest to `name`, nearest first. */
export function closestMunicipalities(table: MunicipalRateTable, name: string): string[] {
  const wanted = folded(name);
  if (wanted === '') return [];
  return Object.keys(table)
    .map((candidate) => {
      const f = folded(candidate);
      return { candidate, score: f.startsWith(wanted) ? 0 : distance(wanted, f) };
    })
    .filter((c) => c.score <= MAX_EDITS)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate, 'fi'))
    .slice(0, SUGGESTIONS)
    .map((c) => c.candidate);
}

/** Each table's names by their folded form, built once per table (the rule set's tables never change). */
const byFoldedName = perObject(
  (table: MunicipalRateTable) => new Map(Object.keys(table).map((candidate) => [folded(candidate), candidate])),
);

/**
 * The rates of a municipality, by the name the Tax Administration writes ("Koski Tl", "Pedersören kunta"),
 * in any case and with or without accents. Throws UnknownMunicipalityError with the closest names, and
 * AlandOutOfScopeError for a municipality of Åland.
 */
export function municipalityRates(
  table: MunicipalRateTable,
  aland: readonly string[],
  name: string,
): { name: string; rates: MunicipalRate } {
  const found = Object.hasOwn(table, name) ? name : byFoldedName(table).get(folded(name));
  if (found === undefined) throw new UnknownMunicipalityError(name, closestMunicipalities(table, name));
  if (aland.includes(found)) throw new AlandOutOfScopeError(found);
  return { name: found, rates: table[found]! };
}

/** The municipal rate, in percent. */
export function municipalRate([municipal]: MunicipalRate): string {
  return municipal;
}

/** The church tax rate of a municipality for a member of the given church ("0" for none). */
export function churchRate([, lutheran, orthodox]: MunicipalRate, church: Church): string {
  if (church === 'lutheran') return lutheran;
  if (church === 'orthodox') return orthodox;
  return '0';
}
