import type { ResultMessages } from './types.ts';

/** The texts shown with the results, in English (loaded with the results, ./load.ts). */
export const results: ResultMessages = {
  answer: {
    noChange: (p) => `At ${p.wage} an hour you can work up to ${p.hours} hours a week without any change to your benefits.`,
    noChangePensions: (p) => `At ${p.wage} an hour you can work up to ${p.hours} hours a week without any change to your pension.`,
    fullTime: (p) =>
      `At ${p.wage} an hour your earnings stay under the earnings limit even at ${p.hours} hours a week. Full-time work may still make the pension provider or Kela review your ability to work: tell them about the work before you start.`,
    noHours: (p) => `At ${p.wage} an hour even a little work affects your benefits. See below how.`,
    sicknessOnly:
      'Sickness allowance is not paid for days you work, and regular work may end your right to it. The table shows how much work reduces it.',
    noLimits: 'With the figures you gave, your benefits do not depend on how many hours you work. See the table below.',
    sicknessAlso: 'Sickness allowance is not paid for days you work, so even a little work changes it.',
    holidayBonus:
      'The hours are where the month’s pay just reaches the limit. A holiday bonus counts as earnings too (spread over the whole year): if you get one, work a little less.',
    next: (p) => {
      const rests = p.resting ? `${p.resting} ${p.restingMany ? 'are' : 'is'} left to rest` : '';
      const partial = p.partial ? `${p.partial} may become a partial pension` : '';
      return `Above ${p.hours} hours a week ${[rests, partial].filter(Boolean).join(', and ')}.`;
    },
    incomeAt: (p) =>
      p.falls
        ? `Your total income then falls: at ${p.beforeHours} hours a week it is ${p.before} a month, at ${p.afterHours} hours ${p.after}.`
        : `Your total income is then ${p.after} a month at ${p.afterHours} hours a week (${p.before} at ${p.beforeHours} hours).`,
    rest: (p) =>
      `A resting pension is not paid. When your earnings fall below the limit again, tell the payer and payment starts again without a new assessment of your work ability. But a pension can rest for at most ${p.months} months: if your earnings stay above the limit for longer, the pension ends.`,
    subsidyEnds: 'A rehabilitation subsidy ends on the date in its decision in any case, also while it rests.',
    partialDecision:
      'The pension provider reviews your situation and decides whether the pension becomes a partial pension, and from when. The change can also apply to time already past, and then the pension paid in excess is recovered: tell the provider about the work before you start.',
    partialSickness: (p) =>
      `If the hours of your full-time job (${p.fullTime} hours a week) are cut to ${p.from}–${p.to} hours a week, you may get partial sickness allowance instead of sickness allowance: ${p.share} of the daily allowance. It is agreed with your employer, and your doctor assesses whether it suits you.`,
    partialSicknessIfFullTime: (p) =>
      `If you have a full-time job (at least ${p.minimum} hours a week, or the sector's normal full time) and work ${p.from}–${p.to} of it, you may get partial sickness allowance: ${p.share} of the daily allowance. Give your full-time hours to see the hours it is paid for.`,
    partialSicknessNotFullTime: (p) =>
      `Partial sickness allowance is only for a full-time job whose hours are cut. ${p.fullTime} hours a week is under ${p.minimum} hours: if it is the normal full time in the sector, tick that.`,
    sicknessWithPension:
      'Note: sickness allowance is not usually paid at the same time as a full disability pension or a Kela pension. The totals may therefore be too high. Check with Kela.',
    sicknessWithPartialPension:
      'Note: in certain cases Kela deducts a partial disability pension from the sickness allowance. Here both are counted in full, so the totals may be too high. Check with Kela.',
    afterTax: (p) =>
      p.same
        ? `${p.name}: after tax, you would have about the same as in the comparison (${p.baseline})${p.taxCard ? ', by your tax cards’ percentages' : ''}.`
        : `${p.name}: after tax, you would have about ${p.amount} ${p.more ? 'more' : 'less'} a month than in the comparison (${p.baseline})${p.taxCard ? ', by your tax cards’ percentages' : ''}.`,
    afterTaxUnknown: (p) =>
      p.reason === 'municipality'
        ? 'To see what you would have after tax, give your home municipality (or your tax cards’ percentages).'
        : p.reason === 'aland'
          ? 'The calculator does not estimate tax in Åland: give your tax cards’ percentages to see what you would have after tax.'
          : `The calculator does not estimate the tax of ${p.year} yet: give your tax cards’ percentages to see what you would have after tax.`,
  },
  names: {
    earningsRelatedPension: 'your earnings-related pension',
    kelaPension: 'your Kela national pension',
    guaranteePension: 'your guarantee pension',
    disabilityAllowance: 'the disability allowance',
    sicknessAllowance: 'your sickness allowance',
    partialSicknessAllowance: 'the partial sickness allowance',
  },
  list: (names) => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
  chart: {
    summary: (p) =>
      `Income per month at ${p.wage} an hour, ${p.from}–${p.to} hours a week. The same figures are in a table below the chart.`,
    xAxis: 'Hours a week',
    yAxis: '€ a month',
    legend: 'Sources of income',
    bandsLegend: 'Hours',
    bandNoChange: 'No change to benefits',
    bandPartial: 'May become partial or smaller',
    bandSuspended: 'Rests or is not paid',
    earnings: 'Pay',
    limitsHeading: 'Limits at this hourly wage',
    limitLine: (p) => `${p.name}: earnings limit ${p.amount} a month, that is up to ${p.hours} hours a week.`,
    suspensionLine: (p) => `${p.name}: rest limit ${p.amount} a month, that is ${p.hours} hours a week.`,
    tableToggle: 'Show the chart as a table',
    tableCaption: (p) => `Income per month by hours a week, hourly wage ${p.wage}`,
    hoursColumn: 'Hours a week',
    totalColumn: 'Total',
    bandColumn: 'Benefits',
    options: 'The options in the chart',
    partialSickness: 'Partial sickness allowance',
    atRisk: 'The part of the earnings-related pension lost if the provider changes it to a partial pension',
    netLine: 'After tax',
    netFallMark: 'Money after tax falls',
    littleGainMark: 'Little of the extra pay is kept',
    netHeading: 'After tax',
    netFall: (p) => `${p.from}–${p.to} hours a week: you earn more, but have ${p.loss} less a month after tax.`,
    littleGain: (p) => `${p.from}–${p.to} hours a week: you keep less than a quarter of the extra pay after tax.`,
    noNet: 'The chart does not show the money after tax: give your home municipality (or your tax cards’ percentages) to see it.',
    netColumn: 'After tax',
    uncertainSickness: 'Sickness allowance for the days not worked: regular work may end it',
  },

  print: {
    title: 'Työ & etuudet – calculation',
    situation: 'Situation',
    month: (p) => `Month: ${p.month}`,
  },
  summary: {
    erp: (p) => `Earnings-related pension: ${p.kind}, ${p.type}, ${p.amount} a month`,
    erpLimit: (p) => `earnings limit ${p.amount}`,
    erpStabilised: (p) => `stabilised earnings ${p.amount}`,
    kela: (p) => `Kela pension: ${p.kind}`,
    kelaAmount: (p) => `national pension ${p.amount}`,
    guarantee: (p) => `guarantee pension ${p.amount}`,
    careAllowance: 'pensioners’ care allowance',
    sicknessDaily: (p) => `Sickness allowance ${p.amount} a day`,
    sicknessAnnual: (p) => `Sickness allowance, estimated from income of ${p.amount} a year`,
    entrepreneur: (p) => `YEL or MYEL work income ${p.amount} a year`,
    startDate: (p) => `sick leave began ${p.date}`,
    sectorFullTime: 'full time in the sector',
    kelaExempt: 'granted under KEL 12(4) (no earnings limit)',
    fullTime: (p) => `full-time hours ${p.hours} a week`,
    household: (p) => `Household: ${p.value}`,
    tax: (p) => `Tax rates: pay ${p.wage}, benefits ${p.benefit}`,
    residence: (p) => `Home municipality ${p.municipality}${p.church ? `, church member (${p.church})` : ', not a church member'}`,
    birthYear: (p) => `Born in ${p.year}`,
    notGiven: 'not given',
  },
  views: { label: 'View', compare: 'Side by side', timeline: 'Over time' },
  share: {
    heading: 'Share or print',
    csv: 'Download the comparison as CSV',
    intro: 'The link opens this calculation again. You can send it to yourself or bookmark it.',
    warning:
      'The link contains every figure you gave, such as your pension. Share it only with the person the figures belong to. Nothing is stored on any server.',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'Copying did not work. Copy the link from the address bar.',
    print: 'Print (1 page)',
    linkLabel: 'Link to this calculation',
  },
  status: {
    continues: 'Paid as without work.',
    mayBecomePartial:
      'The pension provider may change the pension to a partial one (a rehabilitation subsidy to a partial rehabilitation subsidy), also retroactively. Tell the provider about the work.',
    suspended:
      'Not paid for now. Payment starts again when earnings fall below the limit. A pension can rest only for a limited time; then it ends.',
    reduced: 'Paid, but less.',
    replaced: 'While the pension rests, Kela pays the highest disability allowance instead of the care allowance.',
    notPayable: 'Not paid in this option.',
    ended: 'No longer paid: after its end date, a long rest or its maximum days.',
  },
  table: {
    incomeHeading: 'Income per month',
    headroomHeading: 'How far to the limits',
    earnings: 'Pay a month (before tax)',
    totalGross: 'Total income (before tax)',
    totalNet: 'After tax (estimate)',
    change: 'Change from the baseline',
    netChange: 'Change after tax',
    baselineCell: 'baseline',
    withoutWork: (p) => `without work ${p.amount}`,
    headroomRow: (p) => `Earnings limit ${p.limit} (${p.benefits})`,
    suspensionRow: (p) => `Rest limit ${p.limit} (${p.benefits})`,
    headroomLeft: (p) => `${p.amount} left`,
    headroomHoursLeft: (p) => `${p.hours} h a week more`,
    headroomOver: (p) => `${p.amount} over the limit`,
    atLimit: 'exactly at the limit',
    notCalculated: 'not calculated',
    stale: 'out of date',
    noBenefitRow: '–',
    netMethod: 'How the amount after tax is found',
    methodEstimate: (p) => `estimate from the tax rules (${p.municipality} ${p.rate}${p.church ? ' + church tax' : ''})`,
    methodTaxCard: 'by your tax cards’ percentages',
    methodNeedsMunicipality: 'not calculated: give the home municipality',
    methodNoRules: (p) => `not calculated: no tax rules for ${p.year}`,
    methodAland: 'not calculated: tax in Åland is not estimated',
    extraHour: 'One more hour a week',
    extraHourCell: (p) => `${p.net} after tax`,
    extraHourGross: (p) => `pay ${p.pay}`,
    extraHourNone: '–',
    breaks: ['allow\u00adance'],
  },
  nextSteps: {
    heading: 'What next?',
    tell: 'Before you start, tell everyone who pays you a benefit about the work. Tell them too if your pay or hours change.',
    earningsRelatedPension:
      'Earnings-related pension: tell your pension provider about the work and your earnings. Ask what your own earnings limit is and whether a partial pension (or partial rehabilitation subsidy) could suit you.',
    kelaPension:
      'Kela pension: tell Kela about the work. If the pension is left to rest, tell Kela when your earnings fall below the limit.',
    sicknessAllowance:
      'Sickness allowance: tell Kela every day you work. If you have a full-time job, talk to your employer and your doctor about partial sickness allowance before you cut your hours.',
    keep: 'Keep your employment contract and pay slips: they show how much you earned each month.',
    estimate: 'This calculation is an estimate. Take it with you when you talk to your pension provider, Kela or your employer.',
  },
};
