import * as z from 'zod';
import { PARAMETER_NAMES, PARAMETER_UNITS } from '#core/parameters.ts';
import { BENEFITS, type CalculationResult, EXPLANATION_CODES, STATUSES, type SweepResult } from '#core/result.ts';
import type { Parameter, RuleSet } from '#core/ruleset.ts';

/**
 * The API's answers as zod schemas: the source of the OpenAPI document's response schemas. The engine's
 * result types (functions/core/result.ts) are checked against them at the bottom of this file, so the
 * document cannot drift from what the handlers return without `npm run typecheck` failing.
 * Requests are validated by the core's own schemas (functions/core/request.ts).
 */

const Money = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .meta({ description: 'Euros, as a decimal string with two decimals' });
const Hours = z
  .string()
  .regex(/^\d+(\.\d+)?$/)
  .meta({ description: 'Hours a week, as a decimal string' });
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'A date, YYYY-MM-DD' });
const Benefit = z.enum(BENEFITS);
const Status = z.enum(STATUSES).meta({
  description:
    'continues: paid as without work · mayBecomePartial: a full pension may be converted to a partial one · suspended: left to rest · reduced: paid, but less · notPayable: not paid for another reason',
});

const Texts = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const Reference = z.object({ title: z.string(), href: z.string() });
const Bracket = z.object({ over: z.string(), percent: z.string() });
const MunicipalRate = z.tuple([z.string(), z.string(), z.string()]);
const RuleValue = z.union([
  z.string(),
  z.array(Bracket),
  z.array(z.string()),
  z
    .record(z.string(), MunicipalRate)
    .meta({ description: 'Income tax rates in percent by municipality: [municipality, Evangelical Lutheran parish, Orthodox parish]' }),
]);
const ValueStatus = z.enum(['official', 'secondary', 'derived']).meta({
  description: 'official: read on an official page or in law · secondary: a reliable secondary source · derived: computed from an index',
});
const Unit = z.enum([...new Set(Object.values(PARAMETER_UNITS))]);
const ParameterName = z.enum(PARAMETER_NAMES);

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

const BenefitOutcome = z.object({
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

const RuleSetStamp = z.object({
  version: z.string().meta({ description: 'Label and content hash of the rule set: stamp it on anything you store or print' }),
  label: z.string(),
  verifiedUntil: IsoDate,
  warnings: z.array(Explanation),
});

export const CalculationResponse = z
  .object({
    ruleSet: RuleSetStamp,
    date: IsoDate,
    scenarios: z.array(
      z.object({
        id: z.string(),
        label: z.string().optional(),
        hoursPerWeek: Hours.nullable(),
        hourlyWage: Money.nullable(),
        monthlyEarnings: Money,
        benefits: z.array(BenefitOutcome),
        totals: z.object({
          grossIncome: Money,
          netIncome: Money.nullable().meta({ description: 'Net estimate; null when a withholding percentage it needs was not given' }),
          changeFromFirst: Money,
          netChangeFromFirst: Money.nullable(),
        }),
        explanations: z.array(Explanation),
      }),
    ),
    sources: z
      .partialRecord(ParameterName, SourceRef)
      .meta({ description: 'Every rule value used in the result, once, by parameter name' }),
  })
  .meta({ description: 'Side-by-side outcomes; the first scenario is the baseline for the changes' });

export const SweepResponse = z.object({
  ruleSet: RuleSetStamp,
  date: IsoDate,
  hourlyWage: Money,
  limits: z.array(
    z.object({ benefit: Benefit, kind: z.enum(['earningsLimit', 'suspensionLimit']), monthlyEarnings: Money, maxHoursPerWeek: Hours }),
  ),
  points: z.array(
    z.object({
      hoursPerWeek: Hours,
      monthlyEarnings: Money,
      benefits: z.array(z.object({ benefit: Benefit, status: Status, monthlyAmount: Money })),
      grossIncome: Money,
      netIncome: Money.nullable(),
    }),
  ),
});

const DatedValue = z.object({
  from: IsoDate.meta({ description: 'First day the value is in force; it stays in force until the next entry' }),
  value: RuleValue,
  status: ValueStatus,
  source: z.string(),
  note: z.string().optional(),
});

export const RulesResponse = z.object({
  ruleSet: z.object({
    version: z.string(),
    label: z.string(),
    hash: z.string(),
    validFrom: IsoDate,
    verifiedUntil: IsoDate,
    warnings: z.array(Explanation),
  }),
  date: IsoDate.meta({ description: 'The date the values in force are read for' }),
  areas: z.array(z.object({ id: z.string(), file: z.string(), title: Texts })),
  parameters: z.array(
    z.object({
      name: z.string(),
      area: z.string(),
      description: Texts,
      unit: Unit,
      period: z.enum(['day', 'week', 'month', 'year', 'none']),
      reference: z.array(Reference),
      inForce: DatedValue,
      history: z.array(DatedValue).meta({ description: 'Every dated value, oldest first' }),
    }),
  ),
});
export type RulesResponse = z.output<typeof RulesResponse>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  ruleSet: z.object({ version: z.string(), verifiedUntil: IsoDate }),
});
export type HealthResponse = z.output<typeof HealthResponse>;

export const ErrorResponse = z.object({
  error: z.string(),
  issues: z
    .array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        message: z.string(),
        code: z.string().optional(),
        params: z
          .record(z.string(), z.unknown())
          .optional()
          .meta({ description: 'e.g. { reason: "tooLarge", max: "80" }: lets a client word the problem itself' }),
      }),
    )
    .optional()
    .meta({ description: 'Present on every 400' }),
});

export const UnauthorizedResponse = z
  .object({
    error: z.string().optional().meta({ description: 'From the API (and the local server)' }),
    message: z.string().optional().meta({ description: 'From API Gateway’s JWT authorizer in AWS ("Unauthorized")' }),
  })
  .meta({ description: 'Sign in again: the token is missing, malformed, expired, wrongly signed, or for another issuer or client' });

// ── drift guards: the engine's types and these schemas must describe the same JSON ──────────────────
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function assertSame<T extends true>(): T | undefined {
  return undefined;
}
assertSame<Same<z.output<typeof CalculationResponse>, CalculationResult>>();
assertSame<Same<z.output<typeof SweepResponse>, SweepResult>>();
assertSame<Same<z.output<typeof DatedValue>, Parameter['values'][number]>>();
assertSame<Same<z.output<typeof RulesResponse>['ruleSet']['version'], RuleSet['version']>>();
assertSame<Same<z.output<typeof Unit>, Parameter['unit']>>();
