import { inForceOn, latestFrom } from './dated.ts';
import type { ParameterName, Unit } from './parameters.ts';

/** The rule set as the engine sees it: validated and compiled from rules/*.yaml by rules/load.ts. */

type Language = 'fi' | 'sv' | 'en';
export type Texts = Record<Language, string>;
export type ValueStatus = 'official' | 'secondary' | 'derived';

/** A marginal-rate bracket: `percent` of the part of annual income above `over` (euros a year). */
export interface Bracket {
  over: string;
  percent: string;
}

/**
 * One municipality's income tax rates in percent, in the columns of the Tax Administration's decision: the
 * municipality's, the Evangelical Lutheran parish's and the Orthodox parish's.
 */
export type MunicipalRate = [municipal: string, lutheran: string, orthodox: string];

/** Every municipality of a year, by the name the Tax Administration's decision uses. */
export type MunicipalRateTable = Record<string, MunicipalRate>;

export type RuleValue = string | Bracket[] | string[] | MunicipalRateTable;

export interface DatedValue {
  /** First day (YYYY-MM-DD) on which the value is in force; it stays in force until the next entry. */
  from: string;
  value: RuleValue;
  status: ValueStatus;
  source: string;
  note?: string;
}

export interface Reference {
  title: string;
  href: string;
}

export interface Parameter {
  name: string;
  area: string;
  file: string;
  description: Texts;
  unit: Unit;
  period: 'day' | 'week' | 'month' | 'year' | 'none';
  reference: Reference[];
  /** Sorted by `from`, oldest first. */
  values: DatedValue[];
}

export interface RuleSet {
  label: string;
  /** sha-256 of the rule content, hex. */
  hash: string;
  /** `label+hash12`: stamped on every result, saved case and printout. */
  version: string;
  /** First date the rule set covers. */
  validFrom: string;
  /** The maintainers have checked every figure up to and including this date. */
  verifiedUntil: string;
  areas: { id: string; file: string; title: Texts }[];
  parameters: Record<string, Parameter>;
}

/** One value of one parameter, as used in a calculation: the trace behind every figure. */
export interface SourceRef {
  parameter: ParameterName;
  value: RuleValue;
  unit: Unit;
  validFrom: string;
  status: ValueStatus;
  source: string;
  reference: Reference[];
}

export class RuleDateError extends Error {
  readonly date: string;
  readonly validFrom: string;
  /** The request field that holds the date: the month calculated, or e.g. the day a sick leave began. */
  readonly path: (string | number)[];

  constructor(date: string, validFrom: string, path: (string | number)[] = ['date']) {
    super(`No rules for ${date}: the rule set starts on ${validFrom}`);
    this.date = date;
    this.validFrom = validFrom;
    this.path = path;
    this.name = 'RuleDateError';
  }
}

/** The dated entry of `name` in force on `date`. Throws rather than falling back to another period. */
export function valueAt(ruleSet: RuleSet, name: ParameterName, date: string): SourceRef {
  const parameter = ruleSet.parameters[name];
  if (!parameter) throw new Error(`Rule set ${ruleSet.version} has no parameter ${name}`);
  const found = inForceOn(parameter.values, date);
  if (!found) throw new RuleDateError(date, ruleSet.validFrom);
  return {
    parameter: name,
    value: found.value,
    unit: parameter.unit,
    validFrom: found.from,
    status: found.status,
    source: found.source,
    reference: parameter.reference,
  };
}

/** The dated entry of `parameter` in force on `date`; undefined before its first value. Read-only. */
export function entryAt(parameter: Parameter, date: string): DatedValue | undefined {
  return inForceOn(parameter.values, date);
}

/** One entry that takes effect on a change date, with the one it replaces. */
export interface RuleChange {
  parameter: string;
  file: string;
  before: DatedValue | null;
  after: DatedValue;
  /** False when the entry confirms the same value anew (e.g. a frozen amount with a new source). */
  valueChanged: boolean;
}

/**
 * The latest date after the rule set's first day on which any value takes effect (on or before `asOf` when
 * given, e.g. today), with every entry that takes effect then: what a rules page shows as "the latest change".
 * Null when nothing has changed since the first day. Pure: the caller supplies the date.
 */
export function latestChange(ruleSet: RuleSet, asOf?: string): { date: string; changes: RuleChange[] } | null {
  const latest = latestFrom(
    Object.values(ruleSet.parameters).map((p) => p.values),
    ruleSet.validFrom,
    asOf,
  );
  if (latest === null) return null;
  const changes: RuleChange[] = [];
  for (const parameter of Object.values(ruleSet.parameters)) {
    const index = parameter.values.findIndex((v) => v.from === latest);
    if (index < 0) continue;
    const after = parameter.values[index]!;
    const before = parameter.values[index - 1] ?? null;
    changes.push({
      parameter: parameter.name,
      file: parameter.file,
      before,
      after,
      valueChanged: JSON.stringify(before?.value) !== JSON.stringify(after.value),
    });
  }
  return { date: latest, changes };
}
