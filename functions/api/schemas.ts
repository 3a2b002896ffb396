import * as z from 'zod';
import type { CalculationResult, SweepResult, TimelineResult } from '#core/result.ts';
import type { Parameter, RuleSet } from '#core/ruleset.ts';
import { ExtraHour, HoursRange, NetMethod, ScenarioTax } from './scenario-tax-schema.ts';
import {
  Benefit,
  BenefitOutcome,
  Explanation,
  Hours,
  IsoDate,
  Money,
  ParameterName,
  Reference,
  RuleSetStamp,
  RuleValue,
  SourceRef,
  Status,
  Texts,
  Unit,
  ValueStatus,
} from './schema-parts.ts';

/**
 * The API's answers as zod schemas: the source of the OpenAPI document's response schemas. The engine's
 * result types (functions/core/result.ts) are checked against them at the bottom of this file, so the
 * document cannot drift from what the handlers return without `npm run typecheck` failing.
 * Requests are validated by the core's own schemas (functions/core/request.ts). The pieces they are made of
 * are in schema-parts.ts, the net side (tax, extra hour) in scenario-tax-schema.ts.
 */

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
          netIncome: Money.nullable().meta({
            description:
              'Money in the pocket a month: gross income less tax and employee contributions (see netMethod); null when it cannot be computed',
          }),
          netMethod: NetMethod,
          changeFromFirst: Money,
          netChangeFromFirst: Money.nullable(),
        }),
        tax: ScenarioTax,
        extraHour: ExtraHour,
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
  netMethod: NetMethod,
  points: z.array(
    z.object({
      hoursPerWeek: Hours,
      monthlyEarnings: Money,
      benefits: z.array(z.object({ benefit: Benefit, status: Status, monthlyAmount: Money })),
      grossIncome: Money,
      netIncome: Money.nullable().meta({ description: 'Net income a month at this point (see netMethod)' }),
    }),
  ),
  netFalls: z.array(HoursRange).meta({
    description:
      'Where net income falls as the hours rise: each a run of consecutive points, each lower than the one before (mark them on the chart)',
  }),
  littleGains: z.array(HoursRange).meta({
    description: 'Where net income rises by less than a quarter of the extra pay (falls excepted)',
  }),
  explanations: z.array(Explanation).meta({
    description: 'In words: where working more pays little or nothing (the first five stretches of each kind), or why there is no net line',
  }),
});

const Month = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .meta({ description: 'A month, YYYY-MM' });

export const TimelineResponse = z
  .object({
    ruleSet: RuleSetStamp,
    start: Month,
    months: z.array(
      z.object({
        month: Month,
        hoursPerWeek: Hours.nullable(),
        hourlyWage: Money.nullable(),
        monthlyEarnings: Money.meta({ description: "The month's regular pay, before tax" }),
        holidayBonus: Money,
        annualBonus: Money,
        countedEarnings: Money.meta({
          description:
            "The regular pay plus a twelfth of the calendar year's holiday bonuses, as pension providers spread it (a once-a-year bonus is not counted). The limits test the regular pay; a month over a limit only with this share gets the warning holidayBonusOverLimit",
        }),
        benefits: z.array(BenefitOutcome).meta({
          description: 'Each benefit over time: after the months in a row over a limit, rests, restarts, end dates and maximum days',
        }),
        grossIncome: Money.meta({ description: 'Pay, bonuses and benefits of the month, before tax' }),
        netIncome: Money.nullable().meta({
          description:
            "After tax: the month's share of its year's estimated tax, or the withholding percentages given; null when the year has no net (its explanations say why)",
        }),
        explanations: z.array(Explanation),
      }),
    ),
    years: z.array(
      z.object({
        year: z.number().int(),
        months: z.number().int().meta({ description: 'How many months of the year the plan covers' }),
        earnings: Money.meta({ description: 'Pay and bonuses' }),
        benefits: z.array(z.object({ benefit: Benefit, amount: Money })),
        grossIncome: Money,
        netIncome: Money.nullable(),
        net: z
          .object({
            method: z.enum(['taxEstimate', 'withholding']).meta({
              description:
                'taxEstimate: the tax engine on the year’s income in the plan (scaled to a whole year and back when the plan covers part of it) · withholding: the percentages given',
            }),
            deductions: Money.meta({ description: 'grossIncome − netIncome' }),
            tax: Money.nullable().meta({
              description: 'Income tax and the contributions collected with it, less credits; null for withholding',
            }),
            employeeContributions: Money.nullable().meta({
              description: 'Pension and unemployment insurance contributions withheld from pay; null for withholding',
            }),
          })
          .nullable(),
        explanations: z.array(Explanation),
      }),
    ),
    totals: z.object({ grossIncome: Money, netIncome: Money.nullable() }),
    sources: z.array(SourceRef).meta({
      description:
        'Every rule value used, once per parameter and the date it took effect (a plan over a change of year uses both years’ values)',
    }),
  })
  .meta({ description: 'The plan month by month, and the totals per calendar year' });

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
assertSame<Same<z.output<typeof TimelineResponse>, TimelineResult>>();
assertSame<Same<z.output<typeof DatedValue>, Parameter['values'][number]>>();
assertSame<Same<z.output<typeof RulesResponse>['ruleSet']['version'], RuleSet['version']>>();
assertSame<Same<z.output<typeof Unit>, Parameter['unit']>>();
