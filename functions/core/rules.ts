import { perObject } from './memo.ts';
import { type Dec, dec } from './money.ts';
import type { ParameterName } from './parameters.ts';
import { type Bracket, type MunicipalRateTable, type RuleSet, type SourceRef, valueAt } from './ruleset.ts';

/** How many dates' values are kept per rule set (a timeline reads one date a month; a long-lived Lambda is bounded). */
const KEPT_DATES = 512;

/**
 * The values in force on each date, by rule set: a value depends only on the rule set, the parameter and the
 * date, so each is looked up once per date and then shared (frozen: no reader can change another's). Never a
 * request's result: only what the rule set says on that day.
 */
const inForce = perObject((_ruleSet: RuleSet) => new Map<string, Map<ParameterName, SourceRef>>());

/** The value of `name` on `date`, looked up once per rule set and date. Exported for its test. */
export function ruleValueOn(ruleSet: RuleSet, name: ParameterName, date: string): SourceRef {
  const dates = inForce(ruleSet);
  let values = dates.get(date);
  if (values === undefined) {
    if (dates.size >= KEPT_DATES) dates.clear();
    values = new Map();
    dates.set(date, values);
  }
  let ref = values.get(name);
  if (ref === undefined) {
    ref = Object.freeze(valueAt(ruleSet, name, date));
    values.set(name, ref);
  }
  return ref;
}

/**
 * Reads parameters in force on one date and remembers which ones were used, so that every outcome can
 * list the sources behind it. One reader per benefit keeps each benefit's sources to itself.
 */
export class RuleReader {
  private readonly used = new Map<ParameterName, SourceRef>();

  readonly ruleSet: RuleSet;
  readonly date: string;

  constructor(ruleSet: RuleSet, date: string) {
    this.ruleSet = ruleSet;
    this.date = date;
  }

  private read(name: ParameterName): SourceRef {
    const ref = ruleValueOn(this.ruleSet, name, this.date);
    this.used.set(name, ref);
    return ref;
  }

  /** A euro amount, percentage or count. */
  number(name: ParameterName): Dec {
    const { value } = this.read(name);
    if (typeof value !== 'string') throw new Error(`Parameter ${name} is not a single number`);
    return dec(value);
  }

  brackets(name: ParameterName): Bracket[] {
    const { value } = this.read(name);
    if (!Array.isArray(value) || typeof value[0] !== 'object') throw new Error(`Parameter ${name} is not a bracket list`);
    return value as Bracket[];
  }

  list(name: ParameterName): string[] {
    const { value } = this.read(name);
    if (!Array.isArray(value) || (value.length > 0 && typeof value[0] !== 'string')) throw new Error(`Parameter ${name} is not a list`);
    return value as string[];
  }

  /** A table of rates by municipality (unit municipalRates), with the day its entry took effect. */
  table(name: ParameterName): { table: MunicipalRateTable; from: string } {
    const { value, validFrom } = this.read(name);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`Parameter ${name} is not a rate table`);
    return { table: value, from: validFrom };
  }

  /**
   * Lists parameters among this benefit's sources without reading their values: the law that also applies to
   * it (e.g. the guarantee pension turns on the same work test as the Kela pension, 738/2009 § 2).
   */
  cite(...names: ParameterName[]): void {
    for (const name of names) this.read(name);
  }

  sources(): SourceRef[] {
    return [...this.used.values()];
  }

  /** Adds this reader's sources to `into`, by parameter (a later one replaces an earlier one of the same name). */
  addSourcesTo(into: Map<ParameterName, SourceRef>): void {
    for (const [name, ref] of this.used) into.set(name, ref);
  }

  /** The names of the parameters read so far: what an outcome lists as its sources. */
  parameters(): ParameterName[] {
    return [...this.used.keys()];
  }
}
