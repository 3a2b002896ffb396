import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PARAMETER_UNITS, type ParameterName } from '../functions/core/parameters.ts';
import type { Parameter, RuleSet } from '../functions/core/ruleset.ts';
import { RuleFile, RuleSetFile } from './schema.ts';

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

function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(' › ');
}

function readYaml(dir: string, file: string, problems: string[]): unknown {
  try {
    return parse(readFileSync(join(dir, file), 'utf8'), { uniqueKeys: true });
  } catch (error) {
    problems.push(`${file}: not readable YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
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

/**
 * Reads, validates and compiles every rule file in `dir`.
 * Throws RuleSetError listing every problem found, never a partial rule set.
 */
export function loadRuleSet(dir: string = RULES_DIR): RuleSet {
  const problems: string[] = [];
  const headerRaw = readYaml(dir, RULESET_FILE, problems);
  const header = RuleSetFile.safeParse(headerRaw);
  if (!header.success) {
    for (const issue of header.error.issues) problems.push(`${RULESET_FILE}: ${formatPath(issue.path)}: ${issue.message}`);
  }

  const parameters: Record<string, Parameter> = {};
  const areas: RuleSet['areas'] = [];
  for (const file of ruleFileNames(dir)) {
    const raw = readYaml(dir, file, problems);
    if (raw === undefined) continue;
    const parsed = RuleFile.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
      continue;
    }
    areas.push({ id: parsed.data.area, file, title: parsed.data.title });
    for (const [name, entry] of Object.entries(parsed.data.parameters)) {
      const existing = parameters[name];
      if (existing) {
        problems.push(`${file}: parameters › ${name}: already defined in ${existing.file}`);
        continue;
      }
      parameters[name] = {
        name,
        area: parsed.data.area,
        file,
        description: entry.description,
        unit: entry.unit,
        period: entry.period,
        reference: entry.reference,
        values: Object.entries(entry.values)
          .map(([from, v]) => ({
            from,
            value: v.value as Parameter['values'][number]['value'],
            status: v.status,
            source: v.source,
            ...(v.note ? { note: v.note } : {}),
          }))
          .sort((a, b) => (a.from < b.from ? -1 : 1)),
      };
    }
  }

  if (header.success) {
    const { validFrom, verifiedUntil } = header.data;
    if (verifiedUntil < validFrom) problems.push(`${RULESET_FILE}: verifiedUntil ${verifiedUntil} is before validFrom ${validFrom}`);
    for (const name of Object.keys(PARAMETER_UNITS) as ParameterName[]) {
      const parameter = parameters[name];
      if (!parameter) {
        problems.push(`parameter ${name} is missing: the engine needs it (unit ${PARAMETER_UNITS[name]})`);
        continue;
      }
      if (parameter.unit !== PARAMETER_UNITS[name]) {
        problems.push(`${parameter.file}: parameters › ${name} › unit: is ${parameter.unit}, the engine reads it as ${PARAMETER_UNITS[name]}`);
      }
      const first = parameter.values[0];
      if (first && first.from > validFrom) {
        problems.push(`${parameter.file}: parameters › ${name} › values: first value starts ${first.from}, but the rule set covers ${validFrom} onwards`);
      }
    }
  }

  if (problems.length > 0 || !header.success) throw new RuleSetError(problems);

  const content = { label: header.data.label, validFrom: header.data.validFrom, verifiedUntil: header.data.verifiedUntil, areas, parameters };
  const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
  return { ...content, hash, version: `${header.data.label}+${hash.slice(0, 12)}` };
}
