import type { ExplanationCatalog } from '../params.ts';

/** The earnings-related pension's name as on the decision. */
const pension = (fixedTerm: boolean, type: 'full' | 'partial') =>
  type === 'full'
    ? fixedTerm
      ? 'rehabilitation subsidy'
      : 'disability pension'
    : fixedTerm
      ? 'partial rehabilitation subsidy'
      : 'partial disability pension';

/**
 * The reasons of the "why" section in English, worded from the engine's codes and figures: loaded with that
 * section (./index.svelte.ts), not with the main catalog (../en.ts), which holds `beyondVerifiedDate`.
 */
export const explanations: ExplanationCatalog = {
  unofficialFigures: (p) =>
    `Not every figure has been read from an official source yet: ${p.parameters}. They are marked below. Check them with Kela or the pension provider if needed.`,
  sicknessAllowanceWithDisabilityPension: () =>
    'Sickness allowance is usually not paid at the same time as a full disability pension or a Kela pension. Check your situation with Kela.',
  earningsFromHours: (p) =>
    `${p.hoursPerWeek} hours a week × ${p.hourlyWage} an hour is ${p.monthlyEarnings} a month (hours × wage × 52 weeks ÷ 12 months).`,
  earningsGiven: (p) => `Pay is ${p.monthlyEarnings} a month before tax.`,
  netEstimate: (p) =>
    `The amount after tax is an estimate. From pay: tax ${p.wageWithholdingPercent}, pension contribution ${p.pensionContributionPercent} and unemployment insurance ${p.unemploymentInsurancePercent}, leaving ${p.netWage}. From benefits: tax ${p.benefitWithholdingPercent}, leaving ${p.netBenefits}.`,
  netNotComputed: (p) => `The amount after tax was not calculated because this is missing: ${p.missing}.`,
  limitFromDecision: (p) => `The earnings limit of ${p.limit} a month is from your pension decision.`,
  limitFromStabilisedEarnings: (p) =>
    `The earnings limit is ${p.percent} of your stabilised earnings of ${p.stabilisedEarnings}. That is ${p.limit} a month.`,
  limitIsEuroMinimum: (p) =>
    `Your own limit of ${p.personal} is below the euro limit. So your limit is ${p.minimum} a month: you can always earn that much.`,
  limitUnknownUsingMinimum: (p) =>
    `No earnings limit was given. The calculator uses the lowest possible limit, ${p.minimum} a month. Your own limit may be higher: it is on your pension decision.`,
  suspensionLimitAssumedMinimum: (p) =>
    `The decision’s figures do not show at what earnings the pension would rest. To be safe, the calculator uses ${p.minimum}. If you know your stabilised earnings, add them.`,
  withinLimit: (p) =>
    `Earnings of ${p.earnings} a month are within the earnings limit of ${p.limit}. The ${pension(p.fixedTerm, p.type)} is paid as before.`,
  overFullPensionLimit: (p) =>
    `Earnings of ${p.earnings} are above the earnings limit of ${p.limit}, but not above ${p.suspensionLimit}. The pension provider may then change the ${pension(p.fixedTerm, 'full')} to a ${pension(p.fixedTerm, 'partial')}, paid at ${p.sharePercent} of the current amount. The work does not end the pension.`,
  overSuspensionLimit: (p) =>
    `Earnings of ${p.earnings} are above ${p.suspensionLimit}. The ${pension(p.fixedTerm, p.type)} is then left to rest: it is not paid for that time. A rest lasts at least ${p.restMinimumMonths} and at most ${p.restMaximumMonths} months: if earnings are still above the limit, the pension ends.${p.fixedTerm ? ' A rehabilitation subsidy still ends on the date in its decision.' : ''}`,
  restartWithoutNewAssessment: () =>
    'When earnings go back under the limit, tell the pension provider. Payment restarts without a new assessment of your ability to work.',
  shortExceedanceMayBeTolerated: (p) =>
    `A short time over the limit, under ${p.restMinimumMonths} months in a row, does not usually stop the pension. Holiday bonus is spread over the whole year, and a bonus paid once a year does not count. Ask your pension provider.`,
  fullPensionPaidUntilReview: (p) =>
    `The pension provider does not change the pension by itself: it reviews your situation and then decides. Until it decides, the full pension is paid. To be on the safe side, the amount shown is the partial pension (${p.sharePercent}). Tell the provider about the work and ask from when a change would apply.`,
  newPensionAccrues: (p) =>
    `Work earns you new pension: ${p.percent} of pay. A year of work at this pay adds about ${p.monthlyPensionPerYearOfWork} a month to your future pension.`,
  kelaAmountFromDecision: (p) => `The national pension of ${p.amount} a month is from the Kela decision.`,
  kelaAmountComputed: (p) =>
    `The national pension is an estimate. The full national pension is ${p.fullAmount} (${p.livingWithPartner ? 'living with a partner' : 'living alone'}). It is reduced by ${p.reductionPercent} of other pensions above ${p.threshold}. Other pensions are ${p.otherPensions}. Estimate: ${p.amount} a month. The exact amount is on the Kela decision.`,
  kelaBelowMinimumPayable: (p) => `The calculated national pension is below the smallest amount paid, ${p.minimum}, so it is not paid.`,
  kelaNotWithPartialPension: () =>
    'The national pension is usually not paid with only a partial earnings-related pension. Check the Kela decision.',
  kelaLimitIsEuroMinimum: (p) =>
    `For the Kela pension the limit is always ${p.limit} a month, even though your earnings-related limit of ${p.earningsRelatedLimit} is higher. Above ${p.limit}, the Kela pension is left to rest.`,
  kelaWithinLimit: (p) => `Earnings of ${p.earnings} are within Kela’s earnings limit of ${p.limit}. Pay does not reduce the Kela pension.`,
  kelaOverLimit: (p) =>
    `Earnings of ${p.earnings} are above Kela’s limit of ${p.limit}. The Kela pension is left to rest for at least ${p.restMinimumMonths} and at most ${p.restMaximumMonths} months: if earnings are still above the limit, the pension ends. When earnings go under the limit, tell Kela and payment restarts.`,
  kelaShortExceedanceMayBeTolerated: () =>
    'Going over the limit for a short time does not necessarily stop the Kela pension: Kela can treat a short job, for example two months, as a work trial. Holiday bonus is usually spread over the whole year, and a bonus paid once a year does not count. Tell Kela about the work.',
  kelaExemptFromEarningsTest: () =>
    'This Kela pension was granted under section 12(4) of the National Pensions Act (for example to a person who is blind or cannot move about without help). The earnings limits do not apply to it: pay does not stop it or make it rest.',
  guaranteeAmountFromDecision: (p) => `The guarantee pension of ${p.amount} a month is from the Kela decision.`,
  guaranteeAmountComputed: (p) =>
    `The guarantee pension is an estimate: the full guarantee pension ${p.fullAmount} minus other pensions ${p.otherPensions} is ${p.amount} a month.`,
  guaranteeBelowMinimumPayable: (p) =>
    `The calculated guarantee pension is below the smallest amount paid, ${p.minimum}, so it is not paid.`,
  guaranteeNotWithPartialPension: () => 'The guarantee pension is not paid with a partial pension.',
  guaranteeEarningsTestWhileKelaExempt: (p) =>
    `The law on earnings limits exempts only the Kela pension itself, not the guarantee pension paid with it. To be on the safe side, the calculator applies the limit of ${p.limit} to the guarantee pension: ${p.over ? `with earnings of ${p.earnings} it would rest` : `earnings of ${p.earnings} are within it`}. Ask Kela how your guarantee pension is treated.`,
  disabilityAllowanceOnlyDuringRest: (p) =>
    `Because you get the pensioners’ care allowance, Kela pays the highest disability allowance of ${p.amount} a month while the pension rests. In this option the pension does not rest.`,
  disabilityAllowanceDuringRest: (p) =>
    `While the pension rests, Kela pays the highest disability allowance of ${p.amount} a month instead of the care allowance.`,
  sicknessDailyFromDecision: (p) => `The allowance of ${p.dailyAmount} a day is from the Kela decision.`,
  sicknessDailyEstimated: (p) =>
    `The allowance is estimated from income of ${p.annualIncome} a year. ${p.deductionPercent} is deducted, leaving ${p.incomeAfterDeduction}. With the ${p.year} formula the allowance is about ${p.dailyAmount} a day.`,
  sicknessDailyMinimum: (p) => `The allowance is always at least ${p.minimum} a day.`,
  sicknessDailyEstimatedWithEntrepreneurIncome: (p) =>
    `The allowance is estimated from wages of ${p.wageIncome} a year (less ${p.deductionPercent}: ${p.wageIncomeAfterDeduction}) and YEL or MYEL work income of ${p.entrepreneurIncome}, from which nothing is deducted: ${p.annualIncome} in all. With the ${p.year} formula the allowance is about ${p.dailyAmount} a day.`,
  sicknessFormulaOfEntitlementYear: (p) =>
    `The sick leave began on ${p.entitlementStartDate}, so the formula and the deduction of ${p.year} are used.`,
  sicknessEntitlementAssumedThisMonth: (p) =>
    `The start of the sick leave was not given, so the calculator assumes it began in ${p.month} and uses the ${p.year} formula. If it began earlier, give the start date: the formula of that year applies.`,
  sicknessNoEarningsBasedAllowance: (p) =>
    `Annual income of ${p.annualIncome} is at most ${p.limit}, so there is no allowance based on earnings. Kela then pays the minimum allowance of ${p.minimum} a weekday after the waiting period (the day you fell ill and the 9 weekdays after it). There has been no 55-day wait for it since 2019.`,
  sicknessPaidForWeekdays: (p) =>
    `The allowance is paid for weekdays, Monday to Saturday, not on public holidays. ${p.month} has ${p.weekdays} such days: ${p.weekdays} × ${p.dailyAmount}. It is paid for at most ${p.maximumDays} weekdays.`,
  sicknessNotPaidForWorkDays: (p) =>
    `The allowance is not paid for the days you work. Working ${p.workDaysPerWeek} days a week makes ${p.workedDays} work days this month. The allowance is paid for ${p.paidDays} days (of ${p.weekdays} weekdays).`,
  assumedWorkDaysPerWeek: (p) => `The number of work days was not given, so the calculator assumes ${p.workDaysPerWeek} work days a week.`,
  regularWorkEndsSicknessAllowance: () =>
    'If you work regularly, Kela may consider you able to work, and the allowance may end. Ask Kela how work fits with the allowance.',
  partialSicknessAllowanceApplies: (p) =>
    `You work ${p.hoursPerWeek} hours a week and your full-time hours are ${p.fullTimeHoursPerWeek}. That is between ${p.minHours} and ${p.maxHours} hours, so you can get the partial sickness allowance: ${p.sharePercent} of the allowance, ${p.dailyAmount} a day, for ${p.weekdays} weekdays. It is paid for at most ${p.maximumDays} weekdays. Your employer pays for the hours you work.`,
  partialSicknessOutsideBand: (p) =>
    `The partial sickness allowance is possible with ${p.minHours}–${p.maxHours} hours a week. ${p.hoursPerWeek} hours is outside that.`,
  partialSicknessNeedsFullTimeJob: (p) =>
    `The partial sickness allowance needs a full-time job with shorter hours agreed. Full time is at least ${p.minimumHours} hours a week (or that much on average over the balancing period), or the normal full-time hours in the sector. ${
      p.fullTimeHoursPerWeek
        ? `The ${p.fullTimeHoursPerWeek} hours given are less: if they are full time in the sector, say so.`
        : 'No full-time hours were given.'
    }`,
  partialSicknessNeedsHours: () =>
    'The partial sickness allowance estimate needs hours a week. Give hours and an hourly wage instead of monthly pay.',
  partialSicknessSectorFullTime: (p) =>
    `${p.fullTimeHoursPerWeek} hours a week is less than ${p.minimumHours}, but it was given as the normal full-time hours in the sector, which also counts as full-time work for the partial sickness allowance. Kela decides this from the employment contract and the collective agreement.`,
};
