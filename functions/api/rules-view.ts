import * as z from 'zod/mini';
import { warning } from '#core/outcome.ts';
import { IsoDateInput } from '#core/request.ts';
import { entryAt, RuleDateError, type RuleSet } from '#core/ruleset.ts';
import type { RulesResponse } from './schemas.ts';

/** GET /v1/rules's query: the date whose values in force are wanted (today in Finland when left out). */
export const RulesQuery = z.strictObject({ date: z.optional(IsoDateInput) });

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
    // The tax rules start later than the rule set (2024, municipal rates 2025): a rule not yet in force on `date`
    // is left out (the date is on or after validFrom, so every other parameter has a value in force).
    parameters: Object.values(ruleSet.parameters).flatMap((p) => {
      const inForce = entryAt(p, date);
      if (!inForce) return [];
      return [
        {
          name: p.name,
          area: p.area,
          description: p.description,
          unit: p.unit,
          period: p.period,
          reference: p.reference,
          inForce,
          history: p.values,
        },
      ];
    }),
  };
}
