import type { RuleSet } from '#core/ruleset.ts';
import compiled from '#rules/dist/ruleset.json' with { type: 'json' };
import { RULE_SET_VERSION } from './ruleset-version.ts';

/**
 * The rule set the handlers use: rules/dist/ruleset.json, validated and written by `npm run rules:build`
 * and bundled into each Lambda. Checked once at cold start, so a missing or foreign file fails fast.
 */
function checked(value: unknown): RuleSet {
  const r = value as Partial<RuleSet> | null;
  if (
    !r ||
    typeof r.version !== 'string' ||
    typeof r.validFrom !== 'string' ||
    typeof r.verifiedUntil !== 'string' ||
    typeof r.parameters !== 'object'
  ) {
    throw new Error('rules/dist/ruleset.json is not a compiled rule set: run `npm run rules:build`');
  }
  return r as RuleSet;
}

export const ruleSet: RuleSet = checked(compiled);

if (ruleSet.version !== RULE_SET_VERSION) {
  throw new Error(
    `rules/dist/ruleset.json (${ruleSet.version}) and version.json (${RULE_SET_VERSION}) differ: run \`npm run rules:build\``,
  );
}
