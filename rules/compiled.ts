import { createHash } from 'node:crypto';
import type { Parameter, RuleSet } from '../functions/core/ruleset.ts';
import type { RuleParameter } from './rule-files.ts';
import type { RuleSetFile } from './schema.ts';

/** The rule set as the engine reads it, from rule files that passed every check, with its version (label + content hash). */

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

export function compileRuleSet(header: RuleSetFile, areas: RuleSet['areas'], parameters: Record<string, RuleParameter>): RuleSet {
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
  return { ...content, hash, version: `${header.label}+${hash.slice(0, 12)}` };
}
