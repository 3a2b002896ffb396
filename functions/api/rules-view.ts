import { warning } from '#core/outcome.ts';
import type { ParameterName } from '#core/parameters.ts';
import { RuleDateError, type RuleSet, valueAt } from '#core/ruleset.ts';
import type { RulesResponse } from './schemas.ts';

/** The rule set as the API shows it: every parameter with the value in force on `date` and its history. */
export function describeRules(ruleSet: RuleSet, date: string): RulesResponse {
  if (date < ruleSet.validFrom) throw new RuleDateError(date, ruleSet.validFrom);
  const warnings = date > ruleSet.verifiedUntil ? [warning('beyondVerifiedDate', { date, verifiedUntil: ruleSet.verifiedUntil })] : [];
  return {
    ruleSet: {
      version: ruleSet.version,
      label: ruleSet.label,
      hash: ruleSet.hash,
      validFrom: ruleSet.validFrom,
      verifiedUntil: ruleSet.verifiedUntil,
      warnings,
    },
    date,
    areas: ruleSet.areas,
    // The tax rules start later than the rule set (2024, municipal rates 2025): a rule not yet in force is left out.
    parameters: Object.values(ruleSet.parameters)
      .filter((p) => p.values[0]!.from <= date)
      .map((p) => {
        const { validFrom } = valueAt(ruleSet, p.name as ParameterName, date);
        const inForce = p.values.find((v) => v.from === validFrom)!;
        return {
          name: p.name,
          area: p.area,
          description: p.description,
          unit: p.unit,
          period: p.period,
          reference: p.reference,
          inForce,
          history: p.values,
        };
      }),
  };
}
