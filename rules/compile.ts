import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSet } from '../functions/core/ruleset.ts';
import { loadRuleSet, RULES_DIR, RuleSetError } from './load.ts';

/**
 * Validates rules/*.yaml and writes the compiled rule set to rules/dist/ruleset.json, which the Lambda
 * handlers and the local server import. Run by `npm run rules:build` (and before start, test, synth).
 * An invalid or incomplete rule file stops the build with every problem listed.
 */
export const COMPILED_PATH = join(RULES_DIR, 'dist', 'ruleset.json');

/** The file of the municipalities' Swedish names (Statistics Finland's classification; rules/README.md). */
export const SWEDISH_NAMES_FILE = 'municipality-names-sv.json';

/** The Swedish names as the file gives them: Finnish name (as the Tax Administration writes it) → Swedish name. */
export function readSwedishNames(dir = RULES_DIR): Record<string, string> {
  const file = JSON.parse(readFileSync(join(dir, SWEDISH_NAMES_FILE), 'utf8')) as { names?: Record<string, string> };
  return file.names ?? {};
}

/**
 * The names of the municipalities by the date their rate table took effect, for the web app's searchable
 * field (loaded only when it is used: a few kilobytes instead of the whole rule set). Åland's are marked, as
 * the calculator does not estimate their tax. `swedish`: the Swedish name of each municipality that has one of
 * its own and is in a table (Finnish name → Swedish name).
 */
export interface MunicipalityNames {
  tables: { from: string; names: string[] }[];
  aland: string[];
  swedish: Record<string, string>;
}

export function municipalityNames(ruleSet: Pick<RuleSet, 'parameters'>, swedish: Record<string, string> = {}): MunicipalityNames {
  const rates = ruleSet.parameters.municipalTaxRates?.values ?? [];
  const aland = ruleSet.parameters.alandMunicipalities?.values.at(-1)?.value;
  const tables = rates.map((v) => ({
    from: v.from,
    names: typeof v.value === 'object' && !Array.isArray(v.value) ? Object.keys(v.value).sort((a, b) => a.localeCompare(b, 'fi')) : [],
  }));
  const known = new Set(tables.flatMap((t) => t.names));
  return {
    tables,
    aland: Array.isArray(aland) ? (aland as string[]) : [],
    swedish: Object.fromEntries(Object.entries(swedish).filter(([fi]) => known.has(fi))),
  };
}

export function compileRuleSet(dir = RULES_DIR, out = COMPILED_PATH): string {
  const ruleSet = loadRuleSet(dir);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(ruleSet, null, 1)}\n`);
  writeFileSync(join(out, '..', 'municipalities.json'), `${JSON.stringify(municipalityNames(ruleSet, readSwedishNames(dir)))}\n`);
  // The version alone, for the case Lambdas: they compare a saved case's version with it and read the whole
  // rule set only when the two differ (functions/api/ruleset-version.ts).
  writeFileSync(join(out, '..', 'version.json'), `${JSON.stringify({ version: ruleSet.version })}\n`);
  return ruleSet.version;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`rule set ${compileRuleSet()} written to ${COMPILED_PATH}`);
  } catch (error) {
    console.error(error instanceof RuleSetError ? error.message : error);
    process.exit(1);
  }
}
