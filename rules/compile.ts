import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleSet, RULES_DIR, RuleSetError } from './load.ts';

/**
 * Validates rules/*.yaml and writes the compiled rule set to rules/dist/ruleset.json, which the Lambda
 * handlers and the local server import. Run by `npm run rules:build` (and before start, test, synth).
 * An invalid or incomplete rule file stops the build with every problem listed.
 */
export const COMPILED_PATH = join(RULES_DIR, 'dist', 'ruleset.json');

export function compileRuleSet(dir = RULES_DIR, out = COMPILED_PATH): string {
  const ruleSet = loadRuleSet(dir);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(ruleSet, null, 1)}\n`);
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
