import * as z from 'zod/mini';
import { MAX_SCENARIOS, MUNICIPALITY_NAME_MAX_LENGTH } from '#contracts/limits.ts';
import { bornAfterYear, entitlementAfterMonth, monthEnd } from './case-issues.ts';
import { bool, decimalInput, IsoDateInput, realDate } from './request-fields.ts';

export { decimalLimitOf, IsoDateInput } from './request-fields.ts';

/**
 * The calculation request: one schema for the API (validation, OpenAPI) and the web app (form errors).
 * zod/mini keeps the web bundle small; its schemas are ordinary zod 4 schemas.
 *
 * Custom issues carry `params.reason` (and limits) so that the web app can word them in fi / sv / en.
 * Money may come as a decimal string or a JSON number and leaves the schema as a decimal string.
 */

export const LIMITS = {
  hoursPerWeek: { min: '0', max: '80', decimals: 2 },
  hourlyWage: { min: '0.01', max: '500', decimals: 2 },
  monthlyEarnings: { min: '0', max: '50000', decimals: 2 },
  pensionMonthlyAmount: { min: '0', max: '20000', decimals: 2 },
  stabilisedEarnings: { min: '0.01', max: '50000', decimals: 2 },
  earningsLimit: { min: '0.01', max: '50000', decimals: 2 },
  kelaMonthlyAmount: { min: '0', max: '5000', decimals: 2 },
  dailyAmount: { min: '0.01', max: '2000', decimals: 2 },
  annualIncome: { min: '0', max: '1000000', decimals: 2 },
  fullTimeHoursPerWeek: { min: '1', max: '80', decimals: 2 },
  withholdingPercent: { min: '0', max: '100', decimals: 2 },
  sweepStep: { min: '0.1', max: '80', decimals: 2 },
} as const;

export { MAX_SCENARIOS };
export const MAX_SWEEP_POINTS = 401;
const MAX_WORK_DAYS_PER_WEEK = 6;

/** The last day of a fixed-term benefit (a rehabilitation subsidy) on its decision: nothing is paid for the months after it. */
const endsOn = z.optional(IsoDateInput);
const endsOnNeedsFixedTerm = z.superRefine((value: { fixedTerm: boolean; endsOn?: string | undefined }, ctx) => {
  if (value.endsOn !== undefined && !value.fixedTerm)
    ctx.issues.push({
      code: 'custom',
      path: ['endsOn'],
      input: value.endsOn,
      message: 'is only for a fixed-term benefit: set fixedTerm to true (a rehabilitation subsidy)',
      params: { reason: 'needsFixedTerm' },
    });
});

/** Days counted toward a sickness allowance maximum before the month calculated, as Kela shows them (two years' days at most). */
const MAX_DAYS_USED = 730;
const daysUsed = z.optional(
  z
    .int({ error: 'must be a whole number of days' })
    .check(z.minimum(0, { error: 'must be 0 or more' }), z.maximum(MAX_DAYS_USED, { error: `must be at most ${MAX_DAYS_USED}` })),
);

export const EarningsRelatedPensionInput = z
  .strictObject({
    type: z.enum(['full', 'partial'], { error: 'must be "full" or "partial"' }),
    fixedTerm: bool('true for a rehabilitation subsidy, false for a disability pension'),
    monthlyAmount: decimalInput(LIMITS.pensionMonthlyAmount),
    stabilisedEarnings: z.optional(decimalInput(LIMITS.stabilisedEarnings)),
    earningsLimit: z.optional(decimalInput(LIMITS.earningsLimit)),
    endsOn,
  })
  .check(endsOnNeedsFixedTerm);

export const KelaPensionInput = z
  .strictObject({
    fixedTerm: bool('true for a rehabilitation subsidy, false for a disability pension'),
    monthlyAmount: z.optional(decimalInput(LIMITS.kelaMonthlyAmount)),
    guaranteePension: z.optional(decimalInput(LIMITS.kelaMonthlyAmount)),
    receivesCareAllowance: z.optional(bool('pensioners’ care allowance received')),
    /** The care allowance's level on Kela's decision: what stops while the highest disability allowance is paid instead. */
    careAllowanceLevel: z.optional(z.enum(['basic', 'increased', 'highest'], { error: 'must be "basic", "increased" or "highest"' })),
    /** A disability pension granted under KEL 12 § 4 (blind, or unable to move without help): outside law 738/2009. */
    exemptFromEarningsTest: z.optional(bool('true for a Kela pension granted under KEL 12 § 4, which has no earnings test')),
    endsOn,
  })
  .check(
    endsOnNeedsFixedTerm,
    // Accepted only where it is used: a level says which care allowance is received.
    z.superRefine((value, ctx) => {
      if (value.careAllowanceLevel !== undefined && value.receivesCareAllowance === false)
        ctx.issues.push({
          code: 'custom',
          path: ['careAllowanceLevel'],
          input: value.careAllowanceLevel,
          message: 'is the level of a care allowance received: leave it out, or set receivesCareAllowance to true',
          params: { reason: 'needsCareAllowance' },
        });
    }),
  );

export const SicknessAllowanceInput = z
  .strictObject({
    dailyAmount: z.optional(decimalInput(LIMITS.dailyAmount)),
    /** Wage income of the 12 months before (vuositulo); the insurance contribution deduction is made from it. */
    annualIncome: z.optional(decimalInput(LIMITS.annualIncome)),
    /** YEL or MYEL work income (entrepreneur's): no deduction is made from it. With annualIncome too, the two are added. */
    entrepreneurAnnualIncome: z.optional(decimalInput(LIMITS.annualIncome)),
    /** The day the sick leave this allowance is paid for began: its year's formula applies (SVL 11:1). */
    entitlementStartDate: z.optional(IsoDateInput),
    fullTimeHoursPerWeek: z.optional(decimalInput(LIMITS.fullTimeHoursPerWeek)),
    /** The job's hours are the sector's normal full time, even if under 30 h a week (SVL 8:11 4 mom.). */
    fullTimeInSector: z.optional(bool('true when the full-time hours are the normal full time in the sector')),
    /** Sickness allowance days (SVL 8:8) and partial sickness allowance days (8:12) counted before the month calculated. */
    daysUsed,
    partialDaysUsed: daysUsed,
  })
  .check(
    z.superRefine((value, ctx) => {
      // Accepted only where it is used: the sector's full time qualifies only full-time hours that are given.
      if (value.fullTimeInSector === true && value.fullTimeHoursPerWeek === undefined)
        ctx.issues.push({
          code: 'custom',
          path: ['fullTimeInSector'],
          input: value.fullTimeInSector,
          message: 'describes fullTimeHoursPerWeek: give the full-time hours too, or leave fullTimeInSector out',
          params: { reason: 'needsFullTimeHours' },
        });
      const income = value.annualIncome !== undefined || value.entrepreneurAnnualIncome !== undefined;
      const given = Number(value.dailyAmount !== undefined) + Number(income);
      if (given !== 1) {
        ctx.issues.push({
          code: 'custom',
          path: [
            value.dailyAmount === undefined
              ? 'dailyAmount'
              : value.annualIncome !== undefined
                ? 'annualIncome'
                : 'entrepreneurAnnualIncome',
          ],
          message:
            given === 0
              ? 'give the daily amount from the decision, or the annual income'
              : 'give either dailyAmount or annualIncome, not both',
          input: value,
          params: { reason: given === 0 ? 'oneOfRequired' : 'onlyOneAllowed', fields: 'dailyAmount,annualIncome' },
        });
      }
    }),
  );

export const TaxInput = z
  .strictObject({
    wageWithholdingPercent: z.optional(decimalInput(LIMITS.withholdingPercent)),
    benefitWithholdingPercent: z.optional(decimalInput(LIMITS.withholdingPercent)),
    /** The home municipality as the Tax Administration writes it (its tax rate); the rules know which names exist. */
    municipality: z.optional(
      z
        .string({ error: 'must be the name of a municipality' })
        .check(
          z.trim(),
          z.minLength(1, { error: 'must be the name of a municipality' }),
          z.maxLength(MUNICIPALITY_NAME_MAX_LENGTH, { error: `must be at most ${MUNICIPALITY_NAME_MAX_LENGTH} characters` }),
        ),
    ),
    /** A member of a church that levies church tax (the parish of the home municipality). */
    churchMember: z.optional(bool('a member of the Evangelical Lutheran or the Orthodox Church')),
    /** Which church, for its parish tax rate; the Evangelical Lutheran when not given. */
    church: z.optional(z.enum(['lutheran', 'orthodox'], { error: 'must be "lutheran" or "orthodox"' })),
  })
  .check(
    // Accepted only where it is used: a church without membership would be ignored without a word.
    z.superRefine((value, ctx) => {
      if (value.church !== undefined && value.churchMember !== true)
        ctx.issues.push({
          code: 'custom',
          path: ['church'],
          input: value.church,
          message: 'is only used for a church member: set churchMember to true, or leave church out',
          params: { reason: 'needsChurchMember' },
        });
    }),
  );

/** What the rules need to know about the person besides the benefits (ages in contributions and deductions). @public */
export const PersonInput = z.strictObject({
  birthYear: z.optional(
    z
      .int({ error: 'must be a year such as 1985' })
      .check(z.minimum(1900, { error: 'must be 1900 or later' }), z.maximum(2100, { error: 'must be 2100 or earlier' })),
  ),
});

export const HouseholdInput = z.strictObject({
  livingWithPartner: bool('married or cohabiting'),
});

export const BenefitsInput = z
  .strictObject({
    earningsRelatedPension: z.optional(EarningsRelatedPensionInput),
    kelaPension: z.optional(KelaPensionInput),
    sicknessAllowance: z.optional(SicknessAllowanceInput),
  })
  .check(
    z.refine((b) => b.earningsRelatedPension !== undefined || b.kelaPension !== undefined || b.sicknessAllowance !== undefined, {
      error: 'give at least one benefit: earningsRelatedPension, kelaPension or sicknessAllowance',
      params: { reason: 'benefitRequired' },
    }),
  );

/** A month's work, as a scenario or a timeline's month gives it: hours and wage, or the monthly earnings. */
export const WorkFields = {
  hoursPerWeek: z.optional(decimalInput(LIMITS.hoursPerWeek)),
  hourlyWage: z.optional(decimalInput(LIMITS.hourlyWage)),
  monthlyEarnings: z.optional(decimalInput(LIMITS.monthlyEarnings)),
  workDaysPerWeek: z.optional(
    z
      .int({ error: 'must be a whole number of days' })
      .check(
        z.minimum(1, { error: 'must be at least 1' }),
        z.maximum(MAX_WORK_DAYS_PER_WEEK, { error: `must be at most ${MAX_WORK_DAYS_PER_WEEK}` }),
      ),
  ),
};

type GivenWork = { hoursPerWeek?: string | undefined; hourlyWage?: string | undefined; monthlyEarnings?: string | undefined };

/** Either hoursPerWeek and hourlyWage, or monthlyEarnings: never both, never neither. */
export const workGiven = z.superRefine((s: GivenWork, ctx) => {
  const hours = s.hoursPerWeek !== undefined;
  const wage = s.hourlyWage !== undefined;
  const monthly = s.monthlyEarnings !== undefined;
  if (monthly && (hours || wage)) {
    ctx.issues.push({
      code: 'custom',
      path: ['monthlyEarnings'],
      input: s,
      message: 'give either hoursPerWeek and hourlyWage, or monthlyEarnings, not both',
      params: { reason: 'onlyOneAllowed', fields: 'hoursPerWeek+hourlyWage,monthlyEarnings' },
    });
  } else if (!monthly && !(hours && wage)) {
    ctx.issues.push({
      code: 'custom',
      path: [hours ? 'hourlyWage' : 'hoursPerWeek'],
      input: s,
      message: 'give hoursPerWeek and hourlyWage, or monthlyEarnings',
      params: { reason: 'required' },
    });
  }
});

export const ScenarioInput = z
  .strictObject({
    id: z
      .string({ error: 'must be a short text id' })
      .check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'must be 1–40 letters, digits, - or _' })),
    label: z.optional(z.string({ error: 'must be text' }).check(z.maxLength(80, { error: 'must be at most 80 characters' }))),
    ...WorkFields,
  })
  .check(workGiven);

export const CaseFields = {
  date: z.optional(IsoDateInput),
  household: z.optional(HouseholdInput),
  benefits: BenefitsInput,
  tax: z.optional(TaxInput),
  person: z.optional(PersonInput),
};

type CaseLike = {
  household?: { livingWithPartner: boolean } | undefined;
  benefits: { kelaPension?: { monthlyAmount?: string | undefined } | undefined };
};

type Dated = { date?: string | undefined; benefits: { sicknessAllowance?: { entitlementStartDate?: string | undefined } | undefined } };

/** The sick leave cannot begin after the month calculated (checked here when the date is given, else by the engine). */
function entitlementNotLater(value: Dated, ctx: { issues: unknown[] }) {
  const start = value.benefits.sicknessAllowance?.entitlementStartDate;
  if (start === undefined || value.date === undefined || !realDate(value.date)) return;
  const last = monthEnd(value.date);
  if (start > last) (ctx.issues as object[]).push(entitlementAfterMonth(start, last));
}

/** A person cannot be born after the year calculated (checked here when the date is given, else by the engine). */
function bornByYear(
  value: { date?: string | undefined; person?: { birthYear?: number | undefined } | undefined },
  ctx: { issues: unknown[] },
) {
  const birthYear = value.person?.birthYear;
  if (birthYear === undefined || value.date === undefined || !realDate(value.date)) return;
  const year = Number(value.date.slice(0, 4));
  if (birthYear > year) (ctx.issues as object[]).push(bornAfterYear(birthYear, year));
}

/** The household is needed only when the national pension has to be computed. */
export function householdNeeded(value: CaseLike, ctx: { issues: unknown[] }) {
  if (value.benefits.kelaPension && value.benefits.kelaPension.monthlyAmount === undefined && value.household === undefined) {
    (ctx.issues as object[]).push({
      code: 'custom',
      path: ['household', 'livingWithPartner'],
      input: value,
      message: 'say whether the person lives with a spouse or partner, or give the Kela pension amount',
      params: { reason: 'required' },
    });
  }
}

export const CalculationRequest = z
  .strictObject({
    ...CaseFields,
    scenarios: z.array(ScenarioInput, { error: 'must be a list of scenarios' }).check(
      z.minLength(1, { error: 'give at least one scenario' }),
      z.maxLength(MAX_SCENARIOS, { error: `give at most ${MAX_SCENARIOS} scenarios` }),
      z.superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((s, i) => {
          if (seen.has(s.id))
            ctx.issues.push({
              code: 'custom',
              path: [i, 'id'],
              input: s.id,
              message: 'each scenario needs its own id',
              params: { reason: 'duplicateId' },
            });
          seen.add(s.id);
        });
      }),
    ),
  })
  .check(z.superRefine(householdNeeded), z.superRefine(entitlementNotLater), z.superRefine(bornByYear));

/** The chart's usual range: 0–40 h a week in 0.5 h steps. Stated in the API documentation. */
export const SWEEP_DEFAULTS = { fromHours: '0', toHours: '40', stepHours: '0.5' } as const;

export const SweepInput = z
  .strictObject({
    hourlyWage: decimalInput(LIMITS.hourlyWage),
    fromHours: z.optional(decimalInput(LIMITS.hoursPerWeek)),
    toHours: z.optional(decimalInput(LIMITS.hoursPerWeek)),
    stepHours: z.optional(decimalInput(LIMITS.sweepStep)),
    workDaysPerWeek: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_WORK_DAYS_PER_WEEK))),
  })
  .check(
    z.superRefine((s, ctx) => {
      const from = Number(s.fromHours ?? SWEEP_DEFAULTS.fromHours);
      const to = Number(s.toHours ?? SWEEP_DEFAULTS.toHours);
      const step = Number(s.stepHours ?? SWEEP_DEFAULTS.stepHours);
      if (to < from) {
        ctx.issues.push({
          code: 'custom',
          path: ['toHours'],
          input: s,
          message: 'must not be smaller than fromHours',
          params: { reason: 'tooSmall', min: String(from) },
        });
      } else if (Math.floor((to - from) / step + 1e-9) + 1 > MAX_SWEEP_POINTS) {
        ctx.issues.push({
          code: 'custom',
          path: ['stepHours'],
          input: s,
          message: `gives more than ${MAX_SWEEP_POINTS} points; use a larger step`,
          params: { reason: 'tooManyPoints', max: MAX_SWEEP_POINTS },
        });
      }
    }),
  );

export const SweepRequest = z
  .strictObject({
    ...CaseFields,
    sweep: SweepInput,
  })
  .check(z.superRefine(householdNeeded), z.superRefine(entitlementNotLater), z.superRefine(bornByYear));

export type CalculationRequest = z.output<typeof CalculationRequest>;
export type CalculationRequestInput = z.input<typeof CalculationRequest>;
export type SweepRequest = z.output<typeof SweepRequest>;
export type ScenarioInput = z.output<typeof ScenarioInput>;
export type CaseInput = Omit<CalculationRequest, 'scenarios'>;
