import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSet } from '../functions/core/ruleset.ts';
import { loadRuleSet, RULES_DIR, RuleSetError } from './load.ts';

/**
 * Validates rules/*.yaml and writes the compiled rule set to rules/dist/ruleset.json, which the Lambda
 * handlers and the local server import. Run by `npm run rules:build` (and before start, test, synth).
 * An invalid or incomplete rule file stops the build with every problem listed.
 */
export const COMPILED_PATH = join(RULES_DIR, 'dist', 'ruleset.json');

/**
 * The names of the municipalities by the date their rate table took effect, for the web app's searchable
 * field (loaded only when it is used: a few kilobytes instead of the whole rule set). Åland's are marked, as
 * the calculator does not estimate their tax.
 */
export interface MunicipalityNames {
  tables: { from: string; names: string[] }[];
  aland: string[];
}

export function municipalityNames(ruleSet: Pick<RuleSet, 'parameters'>): MunicipalityNames {
  const rates = ruleSet.parameters.municipalTaxRates?.values ?? [];
  const aland = ruleSet.parameters.alandMunicipalities?.values.at(-1)?.value;
  return {
    tables: rates.map((v) => ({
      from: v.from,
      names: typeof v.value === 'object' && !Array.isArray(v.value) ? Object.keys(v.value).sort((a, b) => a.localeCompare(b, 'fi')) : [],
    })),
    aland: Array.isArray(aland) ? (aland as string[]) : [],
  };
}

export function compileRuleSet(dir = RULES_DIR, out = COMPILED_PATH): string {
  const ruleSet = loadRuleSet(dir);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(ruleSet, null, 1)}\n`);
  writeFileSync(join(out, '..', 'municipalities.json'), `${JSON.stringify(municipalityNames(ruleSet))}\n`);
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
