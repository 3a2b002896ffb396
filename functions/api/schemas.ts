import * as z from 'zod';
import { PARAMETER_NAMES, PARAMETER_UNITS } from '#core/parameters.ts';
import {
  BENEFITS,
  type CalculationResult,
  EXPLANATION_CODES,
  NET_METHODS,
  STATUSES,
  type SweepResult,
  type TimelineResult,
} from '#core/result.ts';
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
    'continues: paid as without work · mayBecomePartial: a full pension may be converted to a partial one · suspended: left to rest · reduced: paid, but less · notPayable: not paid for another reason · ended: no longer paid at all (a fixed-term benefit after its end date, a pension after two years of rest, a sickness allowance after its maximum days)',
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

const Percent = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: 'A percentage as a decimal string ("7.5" for 7.5 %)' });

const NetMethod = z.enum(NET_METHODS).nullable().meta({
  description:
    'How the net figure was obtained: taxRules (estimated from the tax rules: the scenario’s `tax`) · withholdingPercentages (from the typed tax.wageWithholdingPercent / benefitWithholdingPercent, which override the estimate) · null when there is no net figure (the explanations say what to give)',
});

const ScenarioTax = z
  .object({
    year: z.int(),
    municipality: z.string().meta({ description: 'The municipality as the Tax Administration’s rate table names it' }),
    rates: z.object({
      municipal: Percent,
      church: Percent.meta({ description: 'The parish’s rate; "0" for a person outside the church' }),
    }),
    annualIncome: z.object({ wages: Money, earningsRelatedPension: Money, kelaPension: Money, benefits: Money, total: Money }).meta({
      description: 'Twelve times the month’s taxable income, by kind (benefits: taxable benefits such as the sickness allowance)',
    }),
    annualDeductions: z
      .object({
        costOfEarning: Money,
        employeeContributions: Money,
        dailyAllowanceContribution: Money,
        earnedIncomeAllowance: Money,
        pensionIncome: Money,
        basic: Money,
      })
      .meta({ description: 'The deductions made before the taxes, in the order the law makes them (euros a year)' }),
    annualTaxableIncome: Money.meta({
      description: 'The one taxable earned income of the state, municipal and church taxes and the medical care contribution',
    }),
    annualTaxes: z
      .object({
        state: Money,
        municipal: Money,
        church: Money,
        medicalCare: Money,
        dailyAllowance: Money,
        yle: Money,
        pensionAdditional: Money,
        workIncomeCredit: Money.meta({ description: 'The work income credit taken off the taxes (the part they could absorb)' }),
        total: Money.meta({
          description:
            'The year’s tax as the Tax Administration counts it: state + municipal + church + medical care − work income credit + daily allowance contribution + YLE tax + additional pension tax',
        }),
      })
      .meta({ description: 'Each tax of the year before the credit, the credit, and the total (euros a year)' }),
    annualEmployeeContributions: z
      .object({ pension: Money, unemploymentInsurance: Money, total: Money })
      .meta({ description: 'Withheld from wages besides the tax, not part of it (euros a year)' }),
    taxPercent: Percent.meta({ description: 'annualTaxes.total as a share of annualIncome.total, two decimals' }),
    taxCardPercent: Percent.meta({ description: 'The same share rounded up to the tax card’s step' }),
    monthlyTax: Money.meta({ description: 'The month’s share of the year’s tax (a twelfth)' }),
    monthlyEmployeeContributions: Money.meta({ description: 'The month’s share of the employee contributions' }),
    monthlyTaxFree: Money.meta({ description: 'Tax-free income of the month (the disability allowance), added to net as it is' }),
    monthlyNet: Money.meta({ description: 'The month’s gross income − monthlyTax − monthlyEmployeeContributions' }),
    netChangeFromFirst: Money.meta({ description: 'monthlyNet less the first scenario’s monthlyNet' }),
    sources: z
      .array(ParameterName)
      .meta({ description: "The rule parameters behind the estimate; their values are in the response's `sources`" }),
  })
  .nullable()
  .meta({
    description:
      'The income tax and contributions estimated from the tax rules on twelve times the month’s income (a resident of mainland Finland, earned income only). Present whenever tax.municipality is given and the year’s tax rules and rates are in the rules, also when typed withholding percentages override it for the net (totals.netMethod). null otherwise: the explanations say why.',
  });

const ExtraHour = z
  .object({
    hoursPerWeek: Hours.meta({ description: 'The hours compared with the scenario’s: one more a week' }),
    earningsChange: Money.meta({ description: 'How much more is earned a month' }),
    grossIncomeChange: Money.meta({ description: 'The change of gross income a month, benefits included' }),
    netIncomeChange: Money.nullable().meta({ description: 'The change of net income a month; null without a net figure' }),
    netPerHour: Money.nullable().meta({
      description: 'netIncomeChange per hour of the extra work (one more hour every week of the month: weeks a year ÷ months a year hours)',
    }),
    keptPercent: Percent.nullable().meta({
      description: 'netIncomeChange as a share of earningsChange, one decimal; negative when net falls',
    }),
  })
  .nullable()
  .meta({
    description: '"Is the extra hour worth it": the same scenario with one more hour a week. null for a scenario given as monthly earnings',
  });

const HoursRange = z
  .object({ fromHours: Hours, toHours: Hours, netIncomeFrom: Money, netIncomeTo: Money, earningsFrom: Money, earningsTo: Money })
  .meta({ description: 'A stretch of the hours range, between two of its points' });

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
