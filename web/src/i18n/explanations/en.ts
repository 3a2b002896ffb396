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
  sicknessAllowanceWithPartialPension: () =>
    'A partial disability pension can reduce the sickness allowance: in certain cases Kela deducts the pension from the allowance. Here both are counted in full, so the total may be too high. Check with Kela.',
  earningsFromHours: (p) =>
    `${p.hoursPerWeek} hours a week × ${p.hourlyWage} an hour is ${p.monthlyEarnings} a month (hours × wage × 52 weeks ÷ 12 months).`,
  earningsGiven: (p) => `Pay is ${p.monthlyEarnings} a month before tax.`,
  netEstimate: (p) =>
    `The amount after tax is an estimate. From pay: tax ${p.wageWithholdingPercent}, pension contribution ${p.pensionContributionPercent} and unemployment insurance ${p.unemploymentInsurancePercent}, leaving ${p.netWage}. From benefits: tax ${p.benefitWithholdingPercent}, leaving ${p.netBenefits}.`,
  netNotComputed: (p) => `The amount after tax was not calculated because this is missing: ${p.missing}.`,
  taxEstimate: (p) =>
    `The amount after tax is an estimate from the tax rules of ${p.year}, as if this month’s income went on all year: ${p.annualIncome} a year before tax. The tax on it would be ${p.annualTax} a year (${p.taxPercent}): state tax, municipal tax at ${p.municipalPercent}${p.churchMember ? `, church tax at ${p.churchPercent}` : ''}, the health insurance contributions and the YLE tax, after the deductions and credits the Tax Administration makes by itself.${p.annualContributions ? ` Besides the tax, the pension and unemployment insurance contributions are taken from pay: ${p.annualContributions} a year.` : ''} That leaves ${p.monthlyNet} a month${p.monthlyTaxFree ? `, with the tax-free disability allowance of ${p.monthlyTaxFree}` : ''}.${p.churchMember ? ' ' : ' Church tax is not included. '}${p.ageGiven ? '' : 'Without a birth year, the contributions of a person aged 18–52 are used. '}Deductions you claim yourself are not included. The tax card may withhold a different amount; the final tax is settled in the yearly tax assessment.`,
  taxEstimateOverridden: (p) =>
    `You gave withholding percentages, so the amount after tax uses them. From the tax rules it would be about ${p.estimatedMonthlyNet} a month.`,
  taxNotEstimatedNoMunicipality: () =>
    'To see the amount after tax, give your home municipality and whether you belong to a church, or the withholding percentages from your tax cards.',
  taxNotEstimatedNoMunicipalRates: (p) =>
    `The municipal and church tax rates of ${p.year} are not in the calculator yet, so the tax of ${p.year} is not estimated. To see the amount after tax, give the withholding percentages from your tax cards.`,
  taxNotEstimatedAland: () =>
    'Tax is not estimated for Åland, where income is taxed differently from mainland Finland. To see the amount after tax, give the withholding percentages from your tax cards.',
  extraHourPaysLittle: (p) =>
    `One more hour a week (${p.nextHoursPerWeek} hours instead of ${p.hoursPerWeek}) would add ${p.earningsChange} to your pay a month, but only ${p.netChange} to the money in your pocket: you would keep about ${p.keptPercent} of the extra pay.`,
  extraHourPaysNothing: (p) =>
    `One more hour a week (${p.nextHoursPerWeek} hours instead of ${p.hoursPerWeek}) would add ${p.earningsChange} to your pay a month, but the money in your pocket would change by ${p.netChange} a month. In money terms, the extra hour does not pay here.`,
  netFallsWithMoreHours: (p) =>
    `Between ${p.fromHours} and ${p.toHours} hours a week you earn more, but the money in your pocket falls by ${p.netLoss} a month.`,
  moreHoursPayLittle: (p) => `Between ${p.fromHours} and ${p.toHours} hours a week, you keep only about ${p.keptPercent} of the extra pay.`,
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
    `Earnings of ${p.earnings} are above the earnings limit of ${p.limit}, but not above ${p.suspensionLimit}. The pension provider may then change the ${pension(p.fixedTerm, 'full')} to a ${pension(p.fixedTerm, 'partial')}, paid at ${p.sharePercent} of the current amount.${p.fixedTerm ? ' A rehabilitation subsidy still ends on the date in its decision.' : ''}`,
  overSuspensionLimit: (p) =>
    `Earnings of ${p.earnings} are above ${p.suspensionLimit}. When earnings stay above the limit, the ${pension(p.fixedTerm, p.type)} is left to rest, on your notice or at the pension provider’s initiative: it is not paid for those months. Tell the provider about the work before you start: pension paid for months when your earnings were above the limit can be recovered. A rest lasts at least ${p.restMinimumMonths} and at most ${p.restMaximumMonths} months: if earnings are still above the limit after that, the pension ends, and you would have to apply for it again.${p.fixedTerm ? ' A rehabilitation subsidy still ends on the date in its decision.' : ''}`,
  restartWithoutNewAssessment: () =>
    'When earnings go back under the limit, tell the pension provider. Payment restarts without a new assessment of your ability to work.',
  shortExceedanceMayBeTolerated: (p) =>
    `A short time over the limit, under ${p.restMinimumMonths} months in a row, does not usually stop the pension. Holiday bonus counts: it is spread over the whole year and must fit within the earnings limit too, so leave a little margin. A bonus paid once a year does not count. Ask your pension provider.`,
  fullPensionPaidUntilReview: (p) =>
    `The pension provider reviews your situation and decides whether the pension becomes a partial pension, and from when. The change can also apply to time already past: then the pension paid in excess is recovered. That is why the amount shown is the partial pension (${p.sharePercent}). Tell the provider about the work before you start.`,
  newPensionAccrues: (p) =>
    `Work earns you new pension: ${p.percent} of pay after the employee’s pension contribution. A year of work at this pay adds a little under ${p.monthlyPensionPerYearOfWork} a month to your future old-age pension.`,
  kelaAmountFromDecision: (p) => `The national pension of ${p.amount} a month is from the Kela decision.`,
  kelaAmountComputed: (p) =>
    `The national pension is an estimate. The full national pension is ${p.fullAmount} (${p.livingWithPartner ? 'living with a partner' : 'living alone'}). It is reduced by ${p.reductionPercent} of other pensions above ${p.threshold}. Other pensions are ${p.otherPensions}. Estimate: ${p.amount} a month. The exact amount is on the Kela decision.`,
  kelaBelowMinimumPayable: (p) => `The calculated national pension is below the smallest amount paid, ${p.minimum}, so it is not paid.`,
  kelaOverOtherPensionsLimit: (p) =>
    `Your other pensions are more than ${p.limit} a month, Kela’s limit for other pensions (${p.livingWithPartner ? 'living with a partner' : 'living alone'}), so the Kela pension is not paid.`,
  kelaNotWithPartialPension: () =>
    'The national pension is usually not paid with only a partial earnings-related pension. Check the Kela decision.',
  kelaLimitIsEuroMinimum: (p) =>
    `For the Kela pension the limit is always ${p.limit} a month, even though your earnings-related limit of ${p.earningsRelatedLimit} is higher. If earnings are above ${p.limit} for several months in a row, the Kela pension is left to rest.`,
  kelaWithinLimit: (p) => `Earnings of ${p.earnings} are within Kela’s earnings limit of ${p.limit}. Pay does not reduce the Kela pension.`,
  kelaOverLimit: (p) =>
    `Earnings of ${p.earnings} are above Kela’s limit of ${p.limit}. If they are above it for ${p.restMinimumMonths} months in a row, Kela stops paying the pension, that is, the pension is left to rest, for at least ${p.restMinimumMonths} and at most ${p.restMaximumMonths} months. Tell Kela about the work before you start: pension paid in excess can be recovered. When earnings go under the limit, tell Kela and payment restarts. If the pension has rested for ${p.restMaximumMonths} months and the work goes on, the pension ends, and you would have to apply for it again.${p.fixedTerm ? ' A rehabilitation subsidy still ends on the date in its decision.' : ''}`,
  kelaShortExceedanceMayBeTolerated: () =>
    'Going over the limit for a short time does not necessarily stop the Kela pension: Kela can treat a short job, for example two months, as a work trial. Tell Kela about the work and ask how holiday bonus and other one-off payments are counted.',
  kelaExemptFromEarningsTest: () =>
    'This Kela pension was granted under section 12(4) of the National Pensions Act (for example to a person who is blind or cannot move about without help). The earnings limits do not apply to it: pay does not stop it or make it rest.',
  guaranteeAmountFromDecision: (p) => `The guarantee pension of ${p.amount} a month is from the Kela decision.`,
  guaranteeAmountComputed: (p) =>
    `The guarantee pension is an estimate: the full guarantee pension ${p.fullAmount} minus other pensions ${p.otherPensions} is ${p.amount} a month.`,
  guaranteeBelowMinimumPayable: (p) =>
    `The calculated guarantee pension is below the smallest amount paid, ${p.minimum}, so it is not paid.`,
  guaranteeNotWithPartialPension: () => 'The guarantee pension is not paid with a partial pension.',
  kelaRevisedAfterEarningsRelatedEnded: (p) =>
    `Your earnings-related pension is not paid from ${p.endedFrom}: it has ended. The national pension is reduced by it, so Kela revises the national pension when it learns of the change: from ${p.before} to ${p.after} a month. This plan shows the new amount from ${p.revisedFrom}; Kela decides from which month it is paid. Report the end to Kela (in OmaKela or on the review form). If the earnings-related pension is continued after all, the amount stays ${p.before}.`,
  guaranteeRevisedAfterEarningsRelatedEnded: (p) =>
    `Your earnings-related pension is not paid from ${p.endedFrom}: it has ended. The guarantee pension is the full guarantee pension minus your other pensions, so Kela revises it when it learns of the change: from ${p.before} to ${p.after} a month. This plan shows the new amount from ${p.revisedFrom}; Kela decides from which month it is paid. Report the change to Kela. If the earnings-related pension is continued after all, nothing changes.`,
  kelaDecisionAfterEarningsRelatedEnded: (p) =>
    `Your earnings-related pension is not paid from ${p.endedFrom}: it has ended. The national pension on your Kela decision was set with it, so Kela revises it when you report the end, and it may rise. The calculator cannot work out the new amount from the decision, so the decision’s amount is shown. Ask Kela.`,
  guaranteeDecisionAfterEarningsRelatedEnded: (p) =>
    `Your earnings-related pension is not paid from ${p.endedFrom}: it has ended. The guarantee pension on your Kela decision was set with it, so Kela revises it when you report the end, and it may rise. The calculator cannot work out the new amount from the decision, so the decision’s amount is shown. Ask Kela.`,
  guaranteeEarningsTestWhileKelaExempt: (p) =>
    `Act 738/2009 on returning to work exempts only the Kela pension itself, not the guarantee pension paid with it. To be on the safe side, the calculator applies the limit of ${p.limit} to the guarantee pension: ${p.over ? `with earnings of ${p.earnings} it would rest` : `earnings of ${p.earnings} are within it`}. Ask Kela how your guarantee pension is treated.`,
  disabilityAllowanceOnlyDuringRest: (p) =>
    `Because you get the pensioners’ care allowance, Kela pays the highest disability allowance of ${p.amount} a month while the pension rests. In this option the pension does not rest.`,
  disabilityAllowanceDuringRest: (p) =>
    `While the pension rests, Kela pays the highest disability allowance of ${p.amount} a month instead of the care allowance.`,
  disabilityAllowanceInsteadOfCare: (p) =>
    `While the pension rests, Kela pays the highest disability allowance of ${p.amount} a month instead of the care allowance of ${p.careAllowance}. The care allowance is not paid meanwhile, so you get ${p.difference} more than without work.`,
  careAllowanceWithinLimit: (p) =>
    `The care allowance of ${p.careAllowance} is paid as before. If the pension rests, Kela pays the highest disability allowance of ${p.amount} instead.`,
  careAllowanceLevelUnknown: (p) =>
    `The care allowance is not paid while the disability allowance is. Its amount (${p.lowest}–${p.highest}, by level) is not subtracted because its level was not given: the real gain is smaller by that much.`,
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
    `Annual income of ${p.annualIncome} is at most ${p.limit}, so there is no allowance based on earnings. Kela then pays the minimum allowance of ${p.minimum} a weekday after the waiting period (the day you fell ill and the 9 weekdays after it).`,
  sicknessPaidForWeekdays: (p) =>
    `The allowance is paid for weekdays, Monday to Saturday, not on public holidays. ${p.month} has ${p.weekdays} such days: ${p.weekdays} × ${p.dailyAmount}. It is paid for at most ${p.maximumDays} weekdays.`,
  sicknessNotPaidForWorkDays: (p) =>
    `The allowance is not paid for the days you work. Working ${p.workDaysPerWeek} days a week makes ${p.workedDays} work days this month. The allowance is paid for ${p.paidDays} days (of ${p.weekdays} weekdays).`,
  assumedWorkDaysPerWeek: (p) => `The number of work days was not given, so the calculator assumes ${p.workDaysPerWeek} work days a week.`,
  regularWorkEndsSicknessAllowance: () =>
    'If you work regularly, Kela may consider you able to work, and the allowance may end. Ask Kela how work fits with the allowance.',
  partialSicknessAllowanceApplies: (p) =>
    `You work ${p.hoursPerWeek} hours a week and your full-time hours are ${p.fullTimeHoursPerWeek}. That is between ${p.minHours} and ${p.maxHours} hours. If this is your own full-time job, whose hours you cut by agreement with your employer for at least 12 weekdays, and your doctor finds it suitable, you can get the partial sickness allowance: ${p.sharePercent} of the allowance, ${p.dailyAmount} a day, for ${p.weekdays} weekdays. It is paid for at most ${p.maximumDays} weekdays. Your employer pays for the hours you work. A new part-time job with another employer does not give a right to it.`,
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
  fixedTermEndsOn: (p) =>
    `It is granted until ${p.endsOn}. If you still cannot work as before, apply for a continuation in good time before that day.`,
  fixedTermEndsThisMonth: (p) =>
    `It ends on ${p.endsOn}, this month. Nothing is paid after that day unless a continuation is granted: apply for one now if you have not yet.`,
  fixedTermEnded: (p) =>
    `It ended on ${p.endsOn}. It is not paid after that day unless a continuation was granted. If you applied for one, the decision says what is paid.`,
  sicknessDaysCounted: (p) => `Days counted toward the maximum of ${p.maximumDays} days by the end of this month: ${p.daysCounted}.`,
  partialSicknessDaysCounted: (p) =>
    `Partial sickness allowance days counted toward its own maximum of ${p.maximumDays} days by the end of this month: ${p.daysCounted}.`,
  sicknessMaximumReached: (p) =>
    p.reachedBefore
      ? `The sickness allowance has reached its maximum of ${p.maximumDays} weekdays: it is no longer paid.`
      : `${p.daysCounted} days have been counted by the start of this month, so day ${p.maximumDays} would fall in this month. Kela pays sickness allowance only up to the end of the month before that, so nothing is paid from this month on. If you still cannot work, talk to Kela and your pension provider in good time about rehabilitation or a pension.`,
  partialSicknessMaximumReached: (p) =>
    p.reachedBefore
      ? `The partial sickness allowance has reached its maximum of ${p.maximumDays} weekdays: it is no longer paid.`
      : `Day ${p.maximumDays}, the last day of partial sickness allowance, is ${p.lastDay}. It is not paid after that.`,
  exceedanceTolerated: (p) =>
    `Earnings of ${p.earnings} are over the limit of ${p.limit}, but only for ${p.monthsInRow === '1' ? 'one month' : `${p.monthsInRow} months in a row`}. Pension providers and Kela usually act only when the limit is exceeded for at least ${p.restMinimumMonths} months in a row, so the pension is shown as paid as before. Tell your pension provider or Kela about the work.${p.untilPlanEnd ? ' If the work goes on after the last month of the plan, the pension may be left to rest for the whole time.' : ''}`,
  restMonth: (p) =>
    `In this plan earnings are over the limit for ${p.monthsInRow} months in a row, so the pension rests: it is not paid for these months. This is month ${p.monthOfRest} of the rest; a pension can rest for at most ${p.restMaximumMonths} months, and if the work goes on after that, the pension ends.`,
  restEndedPension: (p) =>
    `The pension has rested for ${p.restMaximumMonths} months and the work goes on: from ${p.endedFrom} the pension ends. To get it again, you would have to apply for it anew.`,
  paymentResumes: () =>
    'Earnings are under the limit again: the pension is paid again from this month, without a new assessment of your ability to work. Tell the pension provider or Kela that the work has ended or decreased.',
  mayBecomePartialOverTime: (p) =>
    `In this plan earnings are over the full pension’s limit for ${p.monthsInRow} months in a row. The pension provider may then review the pension and change it to a partial one, paid at ${p.sharePercent} of the current amount. When it does so, and from when, is its decision: the change can also apply to time already past, and then the pension paid in excess is recovered. To be on the safe side, these months show the partial pension.`,
  kelaRestsWithEarningsRelated: (p) =>
    `The earnings-related pension is not paid in full in these months (it rests, or may become partial). That does not raise the Kela pensions now: they rest too, because the same earnings are over Kela’s limit of ${p.limit}. When they are paid again, the earnings-related pension reduces the national pension as before.`,
  kelaPaidWhileEarningsRelatedRests: () =>
    'The earnings-related pension is not paid in full in this month (it rests, or may become partial), but this Kela pension has no earnings limit and is paid. It is shown as before, reduced by the earnings-related pension: the sources read do not say whether Kela counts a resting pension. Report the rest to Kela and ask whether the national pension changes.',
  sicknessWaitingPeriod: (p) =>
    `The sick leave began on ${p.entitlementStartDate}. That day and the next ${p.waitingWeekdays} weekdays are the waiting period, which Kela does not pay for (the employer often pays wages for it). The allowance is paid from ${p.firstPaidDay}.`,
  sicknessDaysUsedEstimated: (p) =>
    `The sick leave began on ${p.entitlementStartDate}. Before ${p.month}, ${p.daysUsed} weekdays after the waiting period count toward the maximum, as if the allowance had been paid for all of them. If Kela shows another number, give the days used.`,
  sicknessCountedFromPlanStart: (p) =>
    `No start date was given for the sick leave. The allowance is taken to be paid from ${p.month}, with that year’s formula, and its days are counted from then. Give the start date or the days already used for a more exact count.`,
  holidayBonusSpread: (p) =>
    `The holiday bonus of ${p.holidayBonus} is income of this month, but for the earnings limits it is spread over the year ${p.year}: ${p.monthlyShare} a month. It does not take this month over a limit.`,
  holidayBonusOverLimit: (p) =>
    `With the year’s holiday bonus spread over it, earnings are ${p.countedEarnings}, over the limit of ${p.limit}. A pension is usually not left to rest because of the holiday bonus alone, but it should fit within the limit over the year: tell your pension provider.`,
  annualBonusNotCounted: (p) =>
    `The bonus of ${p.annualBonus} paid once a year is income of this month, but it does not count toward the pension’s earnings limit.`,
  yearNetEstimate: (p) =>
    p.fullYear
      ? `The tax for ${p.year} is estimated on the year’s income in this plan: taxes and contributions are ${p.taxPercent} of it. Each month’s amount after tax is its share. The final tax is set after the year.`
      : `The plan covers ${p.months} months of ${p.year}. The tax is estimated as if the other months of the year were like these (taxes and contributions ${p.taxPercent} of the income), and these months’ share is taken. The final tax is set after the year.`,
  yearNetFromWithholding: (p) =>
    `The amounts after tax for ${p.year} use the withholding percentages given. Withholding is not the final tax.`,
  yearNetNeedsMunicipality: () => 'The amount after tax is not estimated: give the home municipality (or the withholding percentages).',
  yearNetNoTaxRules: (p) =>
    `The amount after tax for ${p.year} is not estimated: the calculator has the tax figures it needs from ${p.availableFrom}. You can give the withholding percentages instead.`,
  yearNetNotForAland: () =>
    'Taxation in Åland differs from mainland Finland, and the calculator does not estimate it. You can give the withholding percentages instead.',
};
