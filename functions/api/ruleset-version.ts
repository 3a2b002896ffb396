import written from '#rules/dist/version.json' with { type: 'json' };

/**
 * The version of the rule set the handlers use (rules/dist/version.json, written with ruleset.json by `npm run
 * rules:build`; ruleset.ts checks that the two agree). A case route compares a saved case's version with it
 * and loads the rule set itself (136 kB of data in its bundle) only for a case saved under other rules.
 */
function checked(value: unknown): string {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version !== 'string' || version === '') {
    throw new Error('rules/dist/version.json holds no rule set version: run `npm run rules:build`');
  }
  return version;
}

export const RULE_SET_VERSION: string = checked(written);
