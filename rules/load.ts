import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleSet } from '../functions/core/ruleset.ts';
import { compileRuleSet } from './compiled.ts';
import { crossChecks, engineChecks } from './cross-checks.ts';
import { type RuleParameter, readHeader, readParameterFiles } from './rule-files.ts';
import type { RuleSetFile } from './schema.ts';

export { RULESET_FILE, type RuleEntry, type RuleParameter, ruleFileNames } from './rule-files.ts';

/** The folder holding the rule files of this repository. */
export const RULES_DIR = dirname(fileURLToPath(import.meta.url));

/** A rule set that failed validation; `problems` each name the file, the parameter and the date. */
export class RuleSetError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The rule files are not valid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'RuleSetError';
    this.problems = problems;
  }
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

/**
 * Reads and validates every rule file in `dir`, keeping what the maintainer commands need: the parameters
 * as written (placeholders included), and every problem found. `ruleSet` is built only when there is none.
 * Four steps: the header, the files (schema), the checks across files, and the compiled rule set.
 */
export function readRules(dir: string = RULES_DIR): RulesRead {
  const problems: string[] = [];
  const header = readHeader(dir, problems);
  const { files, areas, parameters, invalid } = readParameterFiles(dir, problems);
  const fileErrors = [...problems];
  crossChecks(header, parameters, problems);
  if (header) engineChecks(header, parameters, invalid, problems);
  const read = { dir, header, files, areas, parameters, fileErrors, problems };
  if (problems.length > 0 || !header) return { ...read, ruleSet: null };
  return { ...read, ruleSet: compileRuleSet(header, areas, parameters) };
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
