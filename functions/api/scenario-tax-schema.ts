import * as z from 'zod';
import { NET_METHODS } from '#core/result.ts';
import { Hours, Money, ParameterName, Percent } from './schema-parts.ts';

/**
 * The net side of the API's answers (issue 15): how the net figure was obtained, a scenario's income tax
 * and contributions, the extra hour, and the stretches of the hours range where working more pays little.
 */

export const NetMethod = z.enum(NET_METHODS).nullable().meta({
  description:
    'How the net figure was obtained: taxRules (estimated from the tax rules: the scenario’s `tax`) · withholdingPercentages (from the typed tax.wageWithholdingPercent / benefitWithholdingPercent, which override the estimate) · null when there is no net figure (the explanations say what to give)',
});

export const ScenarioTax = z
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

export const ExtraHour = z
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

export const HoursRange = z
  .object({ fromHours: Hours, toHours: Hours, netIncomeFrom: Money, netIncomeTo: Money, earningsFrom: Money, earningsTo: Money })
  .meta({ description: 'A stretch of the hours range, between two of its points' });
