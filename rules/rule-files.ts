import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Unit } from '../functions/core/parameters.ts';
import type { Parameter, RuleSet, Texts } from '../functions/core/ruleset.ts';
import { type ConfirmWith, type EntryStatus, type IndexBase, ParameterEntry, type Rounding, RuleFile, RuleSetFile } from './schema.ts';

/**
 * Reading the rule files as written: YAML with duplicate keys caught, each file checked by the schema, and
 * every parameter kept with its entries in date order (placeholders included). Problems are collected, each
 * naming the file, the parameter and the date; nothing here throws on a bad file.
 */

export const RULESET_FILE = 'ruleset.yaml';

/** One dated entry as written in a rule file, placeholders included. */
export interface RuleEntry {
  from: string;
  value: unknown;
  status: EntryStatus;
  source?: string;
  note?: string;
  /** Maintainers only: the publication that would confirm this value in particular, when it is not official. */
  confirmWith?: ConfirmWith;
  /** Maintainers only: where a transcribed value was copied from (never shown as its source). */
  provenance?: string;
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
  /** The amount in the law and the index it is written at: each year's value is computed from it. */
  indexBase?: IndexBase;
  /** Where the figure is published each year: what confirms a value that is not official (a value may name its own). */
  confirmWith: Parameter['reference'];
  /** Set anew every year (decree, decision, index point, freeze): needs a value in the year of verifiedUntil. */
  setYearly: boolean;
  /** The first day its file's rules are known, when the file says so (later than the rule set's validFrom). */
  availableFrom?: string;
  /** Sorted by date, oldest first. */
  entries: RuleEntry[];
  /** The dates in the order they are written in the file. */
  writtenOrder: string[];
}

export function formatPath(path: readonly PropertyKey[]): string {
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

export function ruleFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== RULESET_FILE)
    .sort();
}

/** rules/ruleset.yaml: the label, validFrom and verifiedUntil; null (with problems) when it is missing or invalid. */
export function readHeader(dir: string, problems: string[]): RuleSetFile | null {
  const headerRaw = readYaml(dir, RULESET_FILE, problems);
  const headerParsed = headerRaw === undefined ? null : RuleSetFile.safeParse(headerRaw);
  if (headerParsed && !headerParsed.success) {
    for (const issue of headerParsed.error.issues) problems.push(`${RULESET_FILE}: ${formatPath(issue.path)}: ${issue.message}`);
  }
  return headerParsed?.success ? headerParsed.data : null;
}

export interface ParameterFiles {
  /** Rule files, sorted by name. */
  files: string[];
  areas: RuleSet['areas'];
  parameters: Record<string, RuleParameter>;
  /** Parameters written in a file but invalid: already reported, so not reported again as missing. */
  invalid: Set<string>;
}

/** Every rule file in `dir`: its area and parameters. A parameter that is valid on its own is kept even when another in its file is not. */
export function readParameterFiles(dir: string, problems: string[]): ParameterFiles {
  const parameters: Record<string, RuleParameter> = {};
  const areas: RuleSet['areas'] = [];
  const files = ruleFileNames(dir);
  const invalid = new Set<string>();
  for (const file of files) {
    const raw = readYaml(dir, file, problems);
    if (raw === undefined) continue;
    const parsed = RuleFile.safeParse(raw);
    let area: string;
    let availableFrom: string | undefined;
    let entries: [string, ParameterEntry][];
    if (parsed.success) {
      area = parsed.data.area;
      availableFrom = parsed.data.availableFrom;
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
          ...(v.confirmWith ? { confirmWith: v.confirmWith } : {}),
          ...(v.provenance ? { provenance: v.provenance } : {}),
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
        ...(entry.indexBase ? { indexBase: entry.indexBase } : {}),
        confirmWith: entry.confirmWith ?? [],
        setYearly: entry.setYearly === true,
        ...(availableFrom ? { availableFrom } : {}),
        entries,
        writtenOrder: Object.keys(entry.values),
      };
    }
  }
  return { files, areas, parameters, invalid };
}
