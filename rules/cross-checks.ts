import { PARAMETER_UNITS, type ParameterName } from '../functions/core/parameters.ts';
import { formatPath, RULESET_FILE, type RuleParameter } from './rule-files.ts';
import { PLACEHOLDER, type RuleSetFile } from './schema.ts';

/**
 * The checks that need more than one file: indexes, placeholders, the yearly figures against verifiedUntil,
 * and what the engine needs (every parameter it reads, in its unit, from the rule set's first day, or from the
 * later day its file's rules are available from).
 */

const where = (p: RuleParameter, ...rest: string[]) => `${p.file}: ${formatPath(['parameters', p.name, ...rest])}`;

/** Checks that need more than one parameter or the header: indexes, placeholders, gaps, the verified year. */
export function crossChecks(header: RuleSetFile | null, parameters: Record<string, RuleParameter>, problems: string[]): void {
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
 * What the engine needs: every parameter it reads, in the unit it reads it in, with a value from the first day on
 * (or from its file's availableFrom: the engine says so for an earlier date).
 */
export function engineChecks(
  header: RuleSetFile,
  parameters: Record<string, RuleParameter>,
  invalid: Set<string>,
  problems: string[],
): void {
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
    // A file whose rules start later (the tax rules, 2024) says so once; every parameter of it starts that day.
    const starts = parameter.availableFrom;
    if (starts !== undefined && starts < validFrom) {
      problems.push(`${parameter.file}: availableFrom ${starts} is before the rule set's validFrom ${validFrom}; leave it out`);
    } else if (starts !== undefined && first && first.from !== starts) {
      problems.push(
        `${parameter.file}: parameters › ${parameter.name} › values: first value starts ${first.from}, but the file says its rules are available from ${starts}; every parameter of the file starts then`,
      );
    } else if (starts === undefined && first && first.from > validFrom) {
      problems.push(
        `${parameter.file}: parameters › ${parameter.name} › values: first value starts ${first.from}, but the rule set covers ${validFrom} onwards`,
      );
    }
  }
}
