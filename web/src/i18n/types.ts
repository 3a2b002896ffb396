import type { Benefit, Status } from '#core/result.ts';
import type { ValueStatus } from '#core/ruleset.ts';
import type { ExplanationMessages } from './params.ts';

/** Every form field that has a label (and usually help saying where on the decision letter it is). */
export const FIELD_KEYS = [
  'month',
  'year',
  'erpOn',
  'erpFixedTerm',
  'erpType',
  'erpMonthlyAmount',
  'erpEarningsLimit',
  'erpStabilisedEarnings',
  'kelaOn',
  'kelaFixedTerm',
  'kelaMonthlyAmount',
  'kelaGuaranteePension',
  'kelaCareAllowance',
  'sicknessOn',
  'sicknessBasis',
  'sicknessDailyAmount',
  'sicknessAnnualIncome',
  'sicknessFullTimeHours',
  'household',
  'taxWage',
  'taxBenefit',
  'scenarioLabel',
  'scenarioMode',
  'hoursPerWeek',
  'hourlyWage',
  'monthlyEarnings',
  'workDaysPerWeek',
  'chartWage',
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

interface FieldText {
  label: string;
  /** Where the figure is found, or what it is for. */
  help?: string;
}

/** The reasons the shared schema gives (params.reason), plus zod's own issue codes, worded for people. */
export interface ErrorMessages {
  notANumber: string;
  tooManyDecimals: (p: { max: string }) => string;
  tooSmall: (p: { min: string }) => string;
  tooLarge: (p: { max: string }) => string;
  required: string;
  oneOfRequired: string;
  onlyOneAllowed: string;
  duplicateId: string;
  invalidDate: string;
  /** The API: the month is before the first month the rules cover. */
  beforeRuleSet: (p: { min: string }) => string;
  benefitRequired: string;
  tooManyPoints: string;
  /** Any other problem (a wrong type, an unknown key): never shown as a raw message. */
  generic: string;
  summaryHeading: string;
  /** The same list before the user has left any of the fields: not an error yet. */
  pendingHeading: string;
  summaryIntro: string;
  /** The server could not be reached or answered with an error that is not about the input. */
  serverUnavailable: string;
  retry: string;
  /** A shared link that could not be read. */
  badLink: string;
  dismiss: string;
}

/** A complete message catalog. Each language file must satisfy it: a missing key is a type error. */
export interface Messages {
  app: {
    title: string;
    tagline: string;
    skipToContent: string;
    navLabel: string;
    navCalculator: string;
    navRules: string;
    languageLabel: string;
    disclaimer: string;
    privacy: string;
    pageTitleCalculator: string;
    pageTitleRules: string;
    /** The header's entry to the coach workspace (the rest of its texts load with it). */
    coachSignIn: string;
    /** Shown while the sign-in finishes on the callback page. */
    signingIn: string;
    pageTitleCases: string;
    /** While a page's code loads. */
    loading: string;
  };
  situation: {
    heading: string;
    intro: string;
    noNames: string;
    benefitsLegend: string;
    benefitsHelp: string;
    monthLegend: string;
    householdLegend: string;
    taxLegend: string;
    taxHelp: string;
    showResults: string;
  };
  fields: Record<FieldKey, FieldText>;
  options: {
    subsidy: string;
    pension: string;
    full: string;
    partial: string;
    single: string;
    partner: string;
    basisDaily: string;
    basisAnnual: string;
    modeHours: string;
    modeMonthly: string;
    workDaysAssumed: (p: { days: string }) => string;
  };
  errors: ErrorMessages;
  scenarios: {
    heading: string;
    intro: string;
    tableCaption: string;
    baseline: string;
    optionName: (p: { n: number }) => string;
    add: string;
    copy: (p: { name: string }) => string;
    copyShort: string;
    removeShort: string;
    remove: (p: { name: string }) => string;
    copyOf: (p: { name: string }) => string;
    added: (p: { name: string }) => string;
    removed: (p: { name: string }) => string;
    maxReached: (p: { max: number }) => string;
    scrollHint: string;
  };
  results: {
    incomeHeading: string;
    headroomHeading: string;
    earnings: string;
    totalGross: string;
    totalNet: string;
    change: string;
    netChange: string;
    baselineCell: string;
    withoutWork: (p: { amount: string }) => string;
    headroomRow: (p: { limit: string; benefits: string }) => string;
    suspensionRow: (p: { limit: string; benefits: string }) => string;
    headroomLeft: (p: { amount: string }) => string;
    headroomHoursLeft: (p: { hours: string }) => string;
    headroomOver: (p: { amount: string }) => string;
    atLimit: string;
    notCalculated: string;
    fillIn: string;
    calculating: string;
    updated: (p: { count: number }) => string;
    ruleSetLine: (p: { label: string; version: string; verifiedUntil: string; date: string }) => string;
    /**
     * The warning beside the results for a month after the verified date: shown at once, so it is here and
     * not with the other explanation texts (loaded with the "why" section), which reuse it.
     */
    beyondVerifiedDate: ExplanationMessages['beyondVerifiedDate'];
    noBenefitRow: string;
  };
  answer: {
    heading: string;
    noChange: (p: { wage: string; hours: string }) => string;
    noChangePensions: (p: { wage: string; hours: string }) => string;
    wageLabel: string;
    fullTime: (p: { wage: string; hours: string }) => string;
    noHours: (p: { wage: string }) => string;
    sicknessOnly: string;
    noLimits: string;
    sicknessAlso: string;
    next: (p: { hours: string; what: string }) => string;
    nextPartial: string;
    nextSuspended: string;
    prompt: string;
  };
  status: Record<Status, { label: string; description: string }>;
  benefits: Record<Benefit, string>;
  sicknessRow: string;
  /** Said instead of a reason that cannot be shown (the reasons' texts are in ./explanations/, loaded with them). */
  explanationFallback: string;
  why: {
    heading: string;
    intro: string;
    scenarioSummary: (p: { name: string }) => string;
    general: string;
    rulesUsed: string;
    inForceFrom: (p: { date: string }) => string;
    source: string;
    warningLabel: string;
  };
  valueStatus: Record<ValueStatus, string>;
  units: {
    months: (p: { n: string }) => string;
    days: (p: { n: string }) => string;
    hours: (p: { n: string }) => string;
  };
  chart: {
    heading: string;
    intro: string;
    summary: (p: { wage: string; from: string; to: string }) => string;
    xAxis: string;
    yAxis: string;
    legend: string;
    bandsLegend: string;
    bandNoChange: string;
    bandPartial: string;
    bandSuspended: string;
    earnings: string;
    limitsHeading: string;
    limitLine: (p: { name: string; amount: string; hours: string }) => string;
    suspensionLine: (p: { name: string; amount: string; hours: string }) => string;
    tableToggle: string;
    tableCaption: (p: { wage: string }) => string;
    hoursColumn: string;
    totalColumn: string;
    bandColumn: string;
    loading: string;
    unavailable: string;
  };
  share: {
    heading: string;
    intro: string;
    warning: string;
    copy: string;
    copied: string;
    copyFailed: string;
    print: string;
    linkLabel: string;
    restored: string;
  };
  print: {
    title: string;
    situation: string;
    calculated: (p: { date: string }) => string;
    month: (p: { month: string }) => string;
  };
  summary: {
    erp: (p: { kind: string; type: string; amount: string }) => string;
    erpLimit: (p: { amount: string }) => string;
    erpStabilised: (p: { amount: string }) => string;
    kela: (p: { kind: string }) => string;
    kelaAmount: (p: { amount: string }) => string;
    guarantee: (p: { amount: string }) => string;
    careAllowance: string;
    sicknessDaily: (p: { amount: string }) => string;
    sicknessAnnual: (p: { amount: string }) => string;
    fullTime: (p: { hours: string }) => string;
    household: (p: { value: string }) => string;
    tax: (p: { wage: string; benefit: string }) => string;
    notGiven: string;
  };
  /** While the rules page's code loads, and if it cannot. (Its other texts come with it: ./rules/.) */
  rules: {
    loading: string;
    unavailable: string;
  };
}
