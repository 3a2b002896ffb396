import type { MunicipalityNames } from '#rules/compile.ts';

/**
 * The home municipality's searchable field: the names of the year's municipalities as the Tax Administration
 * writes them (the keys of its rate table, from the compiled rules: rules/dist/municipalities.json, a download of
 * its own, loaded when the field is first used), found by the start or any part of the name, in Finnish or, for
 * the municipalities that have one, by the Swedish name (Statistics Finland's classification, in the same download:
 * rules/municipality-names-sv.json); case and accents do not matter. The field always puts the Tax
 * Administration's (Finnish) name in the request.
 */

/** How names are compared: case, accents (ä = a, å = a) and extra spaces do not matter (as the API compares them). */
function folded(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The year's names, ready to search. */
export interface NameList {
  names: string[];
  /** Finnish name → its Swedish name, for those the table has. */
  swedish: Map<string, string>;
  aland: Set<string>;
}

let loading: Promise<MunicipalityNames> | null = null;

/** The names of every year's table: one small download, once. A failed one can be tried again. */
export function loadMunicipalityNames(): Promise<MunicipalityNames> {
  loading ??= import('#rules/dist/municipalities.json')
    .then((module) => (module.default ?? module) as MunicipalityNames)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The names in force in the month calculated (YYYY-MM); a month before the first table uses the first (names rarely change). */
export function namesAt(data: MunicipalityNames, month: string): NameList {
  const date = `${month}-01`;
  const tables = [...data.tables].sort((a, b) => a.from.localeCompare(b.from));
  const table = tables.findLast((t) => t.from <= date) ?? tables[0];
  const names = table?.names ?? [];
  const present = new Set(names);
  const swedish = new Map(Object.entries(data.swedish ?? {}).filter(([fi]) => present.has(fi)));
  return { names, swedish, aland: new Set(data.aland) };
}

export interface Match {
  /** The Tax Administration's name: what the request gets. */
  name: string;
  /** The Swedish name, when the municipality has one. */
  swedish: string | undefined;
}

/**
 * The names that fit what is typed: those starting with it (Finnish, then Swedish), then those containing it,
 * each group in alphabetical order. Nothing typed: none.
 */
export function searchMunicipalities(list: NameList, typed: string, max = 8): Match[] {
  const q = folded(typed);
  if (q === '') return [];
  const scored: { name: string; score: number }[] = [];
  for (const name of list.names) {
    const fi = folded(name);
    const sv = list.swedish.has(name) ? folded(list.swedish.get(name)!) : '';
    const score = fi.startsWith(q) ? 0 : sv.startsWith(q) ? 1 : fi.includes(q) ? 2 : sv !== '' && sv.includes(q) ? 3 : -1;
    if (score >= 0) scored.push({ name, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, 'fi'))
    .slice(0, max)
    .map(({ name }) => ({ name, swedish: list.swedish.get(name) }));
}

/** The Tax Administration's name for a name typed in full, in Finnish or Swedish ("helsingfors" → "Helsinki"), or null. */
export function resolveMunicipality(list: NameList, typed: string): string | null {
  const q = folded(typed);
  if (q === '') return null;
  for (const name of list.names) {
    if (folded(name) === q) return name;
    const sv = list.swedish.get(name);
    if (sv !== undefined && folded(sv) === q) return name;
  }
  return null;
}

/** A name as the list shows it in a language: "Helsingfors (Helsinki)" in Swedish, "Helsinki (Helsingfors)" otherwise. */
export function displayName(match: Match, lang: string): string {
  if (!match.swedish) return match.name;
  return lang === 'sv' ? `${match.swedish} (${match.name})` : `${match.name} (${match.swedish})`;
}
