import type { Benefit, Status } from '#core/result.ts';
import type { ExplanationMessages } from './params.ts';

/**
 * Every form field of the first paint that has a label (and usually help saying where on the decision letter
 * it is). The fields shown once a benefit is ticked have their texts in ./details/, loaded just after.
 */
export const FIELD_KEYS = [
  'month',
  'year',
  'erpOn',
  'kelaOn',
  'sicknessOn',
  'household',
  'taxWage',
  'taxBenefit',
  'municipality',
  'churchMember',
  'birthYear',
  'scenarioLabel',
  'scenarioMode',
  'hoursPerWeek',
  'hourlyWage',
  'monthlyEarnings',
  'workDaysPerWeek',
  'chartWage',
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldText {
  label: string;
  /** Where the figure is found, or what it is for. */
  help?: string;
}

/** The reasons the shared schema gives (params.reason), plus zod's own issue codes, worded for people. */
export interface ErrorMessages {
  notANumber: string;
  /** An hours field with text that is not a number. */
  notHours: string;
  /** A figure typed with a minus sign. */
  negative: string;
  tooManyDecimals: (p: { max: string }) => string;
  /** "1.200" or "1,200" in a money field that may hold thousands: which was meant is not guessed. */
  ambiguousThousands: (p: { whole: string; spaced: string; cents: string }) => string;
  tooSmall: (p: { min: string }) => string;
  tooLarge: (p: { max: string }) => string;
  required: string;
  /** A question answered by choosing an option, not answered yet. */
  choose: string;
  oneOfRequired: string;
  onlyOneAllowed: string;
  duplicateId: string;
  invalidDate: string;
  /** A date field whose text is not a date. */
  checkDate: string;
  /** The sick leave's start is after the month calculated (`max`: its last day). */
  afterCalculationMonth: (p: { max: string }) => string;
  /** The sick leave's start is before the first day the rules cover. */
  startBeforeRuleSet: (p: { min: string }) => string;
  /** The API: the month is before the first month the rules cover. */
  beforeRuleSet: (p: { min: string }) => string;
  benefitRequired: string;
  tooManyPoints: string;
  /** The Tax Administration's table of the year has no municipality by that name (the API's 400). */
  unknownMunicipality: (p: { year: string }) => string;
  /** A birth year that is not a year. */
  notAYear: string;
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
    /** January to December, as Intl names them (a page's first Intl formatter costs a phone ~70 ms). */
    monthNames: readonly string[];
    householdLegend: string;
    taxLegend: string;
    showResults: string;
  };
  fields: Record<FieldKey, FieldText>;
  options: {
    subsidy: string;
    pension: string;
    /** Kela's own (permanent) pension: in Swedish "sjukpension", not the earnings-related "invalidpension". */
    kelaPension: string;
    full: string;
    partial: string;
    single: string;
    partner: string;
    basisDaily: string;
    basisAnnual: string;
    modeHours: string;
    modeMonthly: string;
    workDaysAssumed: (p: { days: string }) => string;
    careAllowance: { basic: string; increased: string; highest: string; unknown: string };
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
  /** Around the results (the options' figures themselves come with them: ./results/). */
  results: {
    fillIn: string;
    calculating: string;
    updated: (p: { count: number }) => string;
    ruleSetLine: (p: { label: string; verifiedUntil: string; date: string }) => string;
    /** The rule set's exact version: for coaches and on paper. */
    versionLine: (p: { version: string }) => string;
    /**
     * The warning beside the results for a month after the verified date: shown at once, so it is here and
     * not with the other explanation texts (loaded with the "why" section), which reuse it.
     */
    beyondVerifiedDate: ExplanationMessages['beyondVerifiedDate'];
  };
  /** The short answer's frame; its sentences come with the results (./results/). */
  answer: {
    heading: string;
    wageLabel: string;
    prompt: string;
    /** The answer on screen is for a figure that is being changed. */
    stale: string;
    /** A link from the answer to the options' table. */
    toResults: string;
  };
  status: Record<Status, { label: string }>;
  benefits: Record<Benefit, string>;
  sicknessRow: string;
  /** Said instead of a reason that cannot be shown (the reasons' texts are in ./explanations/, loaded with them). */
  explanationFallback: string;
  /** The "why" section's heading, shown while its code loads (its other texts come with it: ./rules/). */
  why: {
    heading: string;
  };

  units: {
    months: (p: { n: string }) => string;
    days: (p: { n: string }) => string;
    hours: (p: { n: string }) => string;
  };
  /** The chart section's frame; the chart's own texts come with it (./results/). */
  chart: {
    heading: string;
    intro: string;
    loading: string;
    unavailable: string;
  };

  /** After a shared link (#s=…) was opened. The share panel's texts come with the results (./results/). */
  share: {
    restored: string;
  };

  print: {
    calculated: (p: { date: string }) => string;
  };

  /** While the rules page's code loads, and if it cannot. (Its other texts come with it: ./rules/.) */
  rules: {
    loading: string;
    unavailable: string;
  };
}
