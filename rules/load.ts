import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { PARAMETER_UNITS, type ParameterName, type Unit } from '../functions/core/parameters.ts';
import type { Parameter, RuleSet, Texts } from '../functions/core/ruleset.ts';
import { type EntryStatus, ParameterEntry, PLACEHOLDER, type Rounding, RuleFile, RuleSetFile } from './schema.ts';

/** The folder holding the rule files of this repository. */
export const RULES_DIR = dirname(fileURLToPath(import.meta.url));
export const RULESET_FILE = 'ruleset.yaml';

/** A rule set that failed validation; `problems` each name the file, the parameter and the date. */
export class RuleSetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The rule files are not valid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'RuleSetError';
  }
}

/** One dated entry as written in a rule file, placeholders included. */
export interface RuleEntry {
  from: string;
  value: unknown;
  status: EntryStatus;
  source?: string;
  note?: string;
}

/** A parameter as written in its rule file, with what the maintainer commands need beyond the engine's view. */
export interface RuleParameter {
  name: string;
  area: string;
  file: string;
  description: Texts;
  unit: Unit;
  period: Parameter['period'];
  reference: Parameter['reference'];
  /** The index parameter that moves this figure, and how the result is rounded. */
  indexation?: { index: string; rounding: Rounding };
  /** Set anew every year (decree, decision, index point, freeze): needs a value in the year of verifiedUntil. */
  setYearly: boolean;
  /** Sorted by date, oldest first. */
  entries: RuleEntry[];
  /** The dates in the order they are written in the file. */
  writtenOrder: string[];
}

export interface RulesRead {
  dir: string;
  header: RuleSetFile | null;
  /** Rule files, sorted by name. */
  files: string[];
  areas: RuleSet['areas'];
  /** Every parameter of every file that passed the schema, placeholders included. */
  parameters: Record<string, RuleParameter>;
  /** Files that could not be read or failed the schema: the commands that edit files refuse to run. */
  fileErrors: string[];
  /** Everything that stops the rule set from loading (fileErrors included), each naming file › parameter › date. */
  problems: string[];
  /** The compiled rule set; null when there are problems. */
  ruleSet: RuleSet | null;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(' › ');
}

/** Keys written twice in one map (YAML would silently keep one), anywhere in the document. */
function duplicateKeys(node: unknown, path: string[], lines: LineCounter, found: string[]): void {
  if (isMap(node)) {
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const line = lines.linePos((pair.key as Node | null)?.range?.[0] ?? 0).line;
      const first = seen.get(key);
      if (first !== undefined) {
        found.push(
          `${formatPath([...path, key])}: written twice (lines ${first} and ${line}); each ${path.at(-1) === 'values' ? 'date may have only one value' : 'key may appear only once'}, keep the right one`,
        );
      } else {
        seen.set(key, line);
      }
      duplicateKeys(pair.value, [...path, key], lines, found);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) duplicateKeys(item, [...path, String(i)], lines, found);
  }
}

function readYaml(dir: string, file: string, problems: string[]): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    problems.push(`${file}: not readable: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    problems.push(`${file}: not readable YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    return undefined;
  }
  const duplicates: string[] = [];
  duplicateKeys(doc.contents, [], lines, duplicates);
  if (duplicates.length > 0) {
    for (const d of duplicates) problems.push(`${file}: ${d}`);
    return undefined;
  }
  return doc.toJS();
}

/** Sorted keys, so that the hash depends on the content and not on the order it was written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function ruleFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== RULESET_FILE)
    .sort();
}

const where = (p: RuleParameter, ...rest: string[]) => `${p.file}: ${formatPath(['parameters', p.name, ...rest])}`;

/** Checks that need more than one parameter or the header: indexes, placeholders, gaps, the verified year. */
function crossChecks(header: RuleSetFile | null, parameters: Record<string, RuleParameter>, problems: string[]): void {
  const indexNames = new Set<string>();
  for (const p of Object.values(parameters)) {
    for (const entry of p.entries) {
      if (entry.status === PLACEHOLDER) {
        problems.push(
          `${where(p, 'values', entry.from)}: placeholder left by \`rules new-period\`: fill in the value, its status and its source (see rules/README.md)`,
        );
      }
    }
    if (!p.indexation) continue;
    const index = parameters[p.indexation.index];
    if (!index) {
      problems.push(`${where(p, 'indexation')}: no parameter ${p.indexation.index} to follow; indexes are defined in indexes.yaml`);
      continue;
    }
    if (index.indexation || index.unit !== 'count') {
      problems.push(
        `${where(p, 'indexation')}: ${p.indexation.index} is not an index (an index is a plain number, unit count, that follows nothing itself)`,
      );
      continue;
    }
    indexNames.add(index.name);
    // The index moved but the figure did not: a new period was started without running new-period.
    const first = p.entries[0]?.from;
    for (const { from } of index.entries) {
      if (first === undefined || from <= first || (header && from < header.validFrom)) continue;
      if (!p.entries.some((e) => e.from === from)) {
        problems.push(
          `${where(p, 'values')}: ${index.name} (${index.file}) changes on ${from}, but this figure has no value from that date; run \`npm run rules -- new-period ${from}\``,
        );
      }
    }
  }

  if (header) {
    const { validFrom, verifiedUntil } = header;
    const yearStart = `${verifiedUntil.slice(0, 4)}-01-01`;
    for (const p of Object.values(parameters)) {
      if (!p.setYearly) continue;
      const latest = p.entries.at(-1);
      if (latest && latest.from < yearStart && yearStart > validFrom) {
        problems.push(
          `${where(p, 'values')}: set every year, but the latest value is from ${latest.from} while ${RULESET_FILE} says the rules are verified until ${verifiedUntil}; add the ${yearStart.slice(0, 4)} value (npm run rules -- new-period ${yearStart}) or move verifiedUntil back`,
        );
      }
    }
  }
}

/**
 * Reads and validates every rule file in `dir`, keeping what the maintainer commands need: the parameters
 * as written (placeholders included), and every problem found. `ruleSet` is built only when there is none.
 */
export function readRules(dir: string = RULES_DIR): RulesRead {
  const problems: string[] = [];
  const headerRaw = readYaml(dir, RULESET_FILE, problems);
  const headerParsed = headerRaw === undefined ? null : RuleSetFile.safeParse(headerRaw);
  if (headerParsed && !headerParsed.success) {
    for (const issue of headerParsed.error.issues) problems.push(`${RULESET_FILE}: ${formatPath(issue.path)}: ${issue.message}`);
  }
  const header = headerParsed?.success ? headerParsed.data : null;

  const parameters: Record<string, RuleParameter> = {};
  const areas: RuleSet['areas'] = [];
  const files = ruleFileNames(dir);
  /** Parameters written in a file but invalid: already reported, so not reported again as missing. */
  const invalid = new Set<string>();
  for (const file of files) {
    const raw = readYaml(dir, file, problems);
    if (raw === undefined) continue;
    const parsed = RuleFile.safeParse(raw);
    let area: string;
    let entries: [string, ParameterEntry][];
    if (parsed.success) {
      area = parsed.data.area;
      areas.push({ id: area, file, title: parsed.data.title });
      entries = Object.entries(parsed.data.parameters);
    } else {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
      // Keep the parameters that are valid on their own, so that one bad entry does not hide the rest.
      const rawFile = raw as { area?: unknown; parameters?: unknown } | null;
      area = typeof rawFile?.area === 'string' ? rawFile.area : file.replace(/\.yaml$/, '');
      const rawParameters =
        rawFile?.parameters && typeof rawFile.parameters === 'object' ? Object.entries(rawFile.parameters as Record<string, unknown>) : [];
      entries = rawParameters.flatMap(([name, value]) => {
        const one = ParameterEntry.safeParse(value);
        if (!one.success) invalid.add(name);
        return one.success ? [[name, one.data] as [string, ParameterEntry]] : [];
      });
    }
    for (const [name, entry] of entries) {
      const existing = parameters[name];
      if (existing) {
        problems.push(`${file}: parameters › ${name}: already defined in ${existing.file}`);
        continue;
      }
      const entries: RuleEntry[] = Object.entries(entry.values)
        .map(([from, v]) => ({
          from,
          value: v.value,
          status: v.status,
          ...(v.source ? { source: v.source } : {}),
          ...(v.note ? { note: v.note } : {}),
        }))
        .sort((a, b) => (a.from < b.from ? -1 : 1));
      parameters[name] = {
        name,
        area,
        file,
        description: entry.description,
        unit: entry.unit,
        period: entry.period,
        reference: entry.reference,
        ...(entry.indexation ? { indexation: { index: entry.indexation, rounding: entry.rounding! } } : {}),
        setYearly: entry.setYearly === true,
        entries,
        writtenOrder: Object.keys(entry.values),
      };
    }
  }
  const fileErrors = [...problems];

  crossChecks(header, parameters, problems);

  if (header) {
    const { validFrom, verifiedUntil } = header;
    if (verifiedUntil < validFrom) problems.push(`${RULESET_FILE}: verifiedUntil ${verifiedUntil} is before validFrom ${validFrom}`);
    for (const name of Object.keys(PARAMETER_UNITS) as ParameterName[]) {
      const parameter = parameters[name];
      if (!parameter) {
        if (invalid.has(name)) continue;
        problems.push(`parameter ${name} is missing: the engine needs it (unit ${PARAMETER_UNITS[name]})`);
        continue;
      }
      if (parameter.unit !== PARAMETER_UNITS[name]) {
        problems.push(
          `${parameter.file}: parameters › ${name} › unit: is ${parameter.unit}, the engine reads it as ${PARAMETER_UNITS[name]}`,
        );
      }
    }
    for (const parameter of Object.values(parameters)) {
      const first = parameter.entries[0];
      if (first && first.from > validFrom) {
        problems.push(
          `${parameter.file}: parameters › ${parameter.name} › values: first value starts ${first.from}, but the rule set covers ${validFrom} onwards`,
        );
      }
    }
  }

  const read = { dir, header, files, areas, parameters, fileErrors, problems };
  if (problems.length > 0 || !header) return { ...read, ruleSet: null };

  const compiled: Record<string, Parameter> = {};
  for (const p of Object.values(parameters)) {
    compiled[p.name] = {
      name: p.name,
      area: p.area,
      file: p.file,
      description: p.description,
      unit: p.unit,
      period: p.period,
      reference: p.reference,
      values: p.entries.map((e) => ({
        from: e.from,
        value: e.value as Parameter['values'][number]['value'],
        status: e.status as Parameter['values'][number]['status'],
        source: e.source!,
        ...(e.note ? { note: e.note } : {}),
      })),
    };
  }
  const content = { label: header.label, validFrom: header.validFrom, verifiedUntil: header.verifiedUntil, areas, parameters: compiled };
  const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
  return { ...read, ruleSet: { ...content, hash, version: `${header.label}+${hash.slice(0, 12)}` } };
}

/**
 * Reads, validates and compiles every rule file in `dir`.
 * Throws RuleSetError listing every problem found, never a partial rule set, and never one with a placeholder.
 */
export function loadRuleSet(dir: string = RULES_DIR): RuleSet {
  const read = readRules(dir);
  if (!read.ruleSet) throw new RuleSetError(read.problems);
  return read.ruleSet;
}
