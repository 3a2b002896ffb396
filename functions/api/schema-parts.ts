import * as z from 'zod';
import { PARAMETER_NAMES, PARAMETER_UNITS } from '#core/parameters.ts';
import { BENEFITS, EXPLANATION_CODES, STATUSES } from '#core/result.ts';

/**
 * The pieces the API's answers are made of (functions/api/schemas.ts): money, hours, dates and percentages
 * as decimal strings, a benefit's outcome, the explanations, the rule values and their sources, and the
 * rule set's stamp.
 */

export const Money = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .meta({ description: 'Euros, as a decimal string with two decimals' });
export const Hours = z
  .string()
  .regex(/^\d+(\.\d+)?$/)
  .meta({ description: 'Hours a week, as a decimal string' });
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'A date, YYYY-MM-DD' });
export const Benefit = z.enum(BENEFITS);
export const Status = z.enum(STATUSES).meta({
  description:
    'continues: paid as without work · mayBecomePartial: a full pension may be converted to a partial one · suspended: left to rest · reduced: paid, but less · notPayable: not paid for another reason · ended: no longer paid at all (a fixed-term benefit after its end date, a pension after two years of rest, a sickness allowance after its maximum days)',
});

export const Texts = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export const Reference = z.object({ title: z.string(), href: z.string() });
const Bracket = z.object({ over: z.string(), percent: z.string() });
const MunicipalRate = z.tuple([z.string(), z.string(), z.string()]);
export const RuleValue = z.union([
  z.string(),
  z.array(Bracket),
  z.array(z.string()),
  z
    .record(z.string(), MunicipalRate)
    .meta({ description: 'Income tax rates in percent by municipality: [municipality, Evangelical Lutheran parish, Orthodox parish]' }),
]);
export const ValueStatus = z.enum(['official', 'secondary', 'derived']).meta({
  description: 'official: read on an official page or in law · secondary: a reliable secondary source · derived: computed from an index',
});
export const Unit = z.enum([...new Set(Object.values(PARAMETER_UNITS))]);
export const ParameterName = z.enum(PARAMETER_NAMES);

export const Explanation = z
  .object({
    code: z.enum(EXPLANATION_CODES),
    severity: z.enum(['info', 'warning']),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  })
  .meta({ description: 'Why an outcome is what it is: a code and its parameters, worded by the client (fi / sv / en)' });

export const SourceRef = z
  .object({
    parameter: ParameterName,
    value: RuleValue,
    unit: Unit,
    validFrom: IsoDate,
    status: ValueStatus,
    source: z.string(),
    reference: z.array(Reference),
  })
  .meta({ description: 'One rule value used in the outcome, with its source' });

export const BenefitOutcome = z.object({
  benefit: Benefit,
  status: Status,
  monthlyAmount: Money,
  monthlyAmountWithoutWork: Money,
  earningsLimit: Money.nullable().meta({
    description: 'Monthly gross earnings up to which the benefit is paid as without work; null where no euro limit applies',
  }),
  suspensionLimit: Money.nullable().meta({
    description: 'For a full earnings-related pension: the higher limit above which it is left to rest',
  }),
  headroom: z.string().nullable().meta({ description: 'earningsLimit − earnings (euros, two decimals); negative when over the limit' }),
  maxHoursPerWeek: Hours.nullable().meta({
    description: "The most hours a week at this scenario's wage that keep earnings within earningsLimit",
  }),
  explanations: z.array(Explanation),
  sources: z
    .array(ParameterName)
    .meta({ description: "The rule parameters behind this outcome; their values and sources are in the response's top-level `sources`" }),
});

export const Percent = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: 'A percentage as a decimal string ("7.5" for 7.5 %)' });

export const RuleSetStamp = z.object({
  version: z.string().meta({ description: 'Label and content hash of the rule set: stamp it on anything you store or print' }),
  label: z.string(),
  verifiedUntil: IsoDate,
  warnings: z.array(Explanation),
});
