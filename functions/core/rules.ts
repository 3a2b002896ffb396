import { type Dec, dec } from './money.ts';
import type { ParameterName } from './parameters.ts';
import { type Bracket, type MunicipalRateTable, type RuleSet, type SourceRef, valueAt } from './ruleset.ts';

/**
 * Reads parameters in force on one date and remembers which ones were used, so that every outcome can
 * list the sources behind it. One reader per benefit keeps each benefit's sources to itself.
 */
export class RuleReader {
  private readonly used = new Map<ParameterName, SourceRef>();

  constructor(
    readonly ruleSet: RuleSet,
    readonly date: string,
  ) {}

  private read(name: ParameterName): SourceRef {
    const ref = valueAt(this.ruleSet, name, this.date);
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

  /** The names of the parameters read so far: what an outcome lists as its sources. */
  parameters(): ParameterName[] {
    return [...this.used.keys()];
  }
}
