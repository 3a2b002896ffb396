import type { DetailMessages } from './types.ts';

/** The benefit details' field texts in English (./types.ts): loaded just after the first paint. */
export const details: DetailMessages = {
  fields: {
    erpFixedTerm: {
      label: 'Is the pension for a fixed term?',
      help: 'The decision’s title says rehabilitation subsidy (kuntoutustuki) or disability pension (työkyvyttömyyseläke).',
    },
    erpType: {
      label: 'Is it a full pension or a partial pension?',
      help: 'The decision says whether it is a full pension or a partial pension (osatyökyvyttömyyseläke or osakuntoutustuki).',
    },
    erpMonthlyAmount: {
      label: 'Pension per month (€, before tax)',
      help: 'On the pension decision: the amount of the pension per month. Use the amount before tax.',
    },
    erpEarningsLimit: {
      label: 'Earnings limit (€ a month), if it is on the decision',
      help: 'The decision may say “ansaintaraja” or “you may earn up to … euros a month”. If it is not there, leave this empty.',
    },
    erpStabilisedEarnings: {
      label: 'Stabilised earnings (€ a month), if you know them',
      help: 'In the calculation part of the pension decision: “vakiintunut keskiansio”. It sets when the pension may change or rest.',
    },
    erpEndsOn: {
      label: 'The decision’s end date, if it has one',
      help: 'The last day the rehabilitation subsidy is granted for. Nothing is paid after it unless a continuation is granted: apply for one in time.',
    },
    kelaFixedTerm: {
      label: 'Is the Kela pension for a fixed term?',
      help: 'The Kela decision says rehabilitation subsidy or disability pension.',
    },
    kelaMonthlyAmount: {
      label: 'National pension (€ a month), if you know it',
      help: 'On the Kela decision: “kansaneläke” and its amount a month. If you leave it empty, the calculator estimates it.',
    },
    kelaGuaranteePension: {
      label: 'Guarantee pension (€ a month), if you get it',
      help: 'On the Kela decision: “takuueläke”. If you leave it empty, the calculator estimates it.',
    },
    kelaCareAllowance: {
      label: 'I also get the pensioners’ care allowance',
      help: 'This decides whether Kela pays a disability allowance while the pension rests.',
    },
    kelaCareAllowanceLevel: {
      label: 'Level of the care allowance',
      help: 'On Kela’s care allowance decision. While the pension rests, the care allowance is not paid: the highest disability allowance comes instead, so the gain is the difference.',
    },
    kelaExempt: {
      label: 'My Kela pension was granted because I am blind or cannot move about without help',
      help: 'Section 12(4) of the National Pensions Act. The earnings limits do not apply to such a pension. The decision states the grounds.',
    },
    kelaEndsOn: {
      label: 'The decision’s end date, if it has one',
      help: 'The last day Kela’s rehabilitation subsidy is granted for. Nothing is paid after it unless a continuation is granted.',
    },
    sicknessBasis: { label: 'What do you know about the allowance?' },
    sicknessDailyAmount: {
      label: 'Allowance (€ a day, before tax)',
      help: 'On the Kela decision: “päivärahan määrä”. It is euros per weekday.',
    },
    sicknessAnnualIncome: {
      label: 'Wage income a year (€, before tax)',
      help: 'On Kela’s decision: annual income. It is the wages of the 12 months before the month preceding your incapacity for work. The calculator estimates the allowance from them.',
    },
    sicknessEntrepreneurIncome: {
      label: 'YEL or MYEL work income a year (€), if you are an entrepreneur',
      help: 'The work income of your entrepreneur’s pension insurance. No deduction is made from it, as from wages.',
    },
    sicknessStartDate: {
      label: 'When did the sick leave begin?',
      help: 'The allowance uses the formula of the year the sick leave began. Left empty, the calculator assumes it began in the month calculated.',
    },
    sicknessFullTimeHours: {
      label: 'Your full-time working hours (a week), if you have a job',
      help: 'Only needed to estimate the partial sickness allowance. It is possible if you have a full-time job and agree with your employer on shorter hours in that same job.',
    },
    sicknessFullTimeInSector: {
      label: 'This is the normal full time in the sector',
      help: 'Tick this if your hours are shorter than full time usually is, but are full time in your sector.',
    },
  },
};
