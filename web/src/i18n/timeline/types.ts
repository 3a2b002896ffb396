import type { CsvWords } from '../../lib/csv.ts';

/**
 * The timeline view's texts (web/src/timeline/): a download of their own per language, loaded with the view's
 * code when a coach opens it; the CSV's header words too (the comparison's CSV loads them on its click).
 */
export interface TimelineMessages {
  heading: string;
  intro: string;
  /** Said once, above the months: what the plan can and cannot promise. */
  caution: string;
  plan: {
    legend: string;
    start: string;
    length: string;
    lengthOption: (p: { months: string }) => string;
    stepsLegend: string;
    stepsHelp: string;
    stepName: (p: { n: string }) => string;
    from: string;
    mode: string;
    modeNone: string;
    modeHours: string;
    modeMonthly: string;
    hours: string;
    wage: string;
    monthly: string;
    addStep: string;
    removeStep: (p: { name: string }) => string;
    /** "No work until the first step" when the first step begins later. */
    beforeFirst: (p: { month: string }) => string;
    oneOffsLegend: string;
    oneOffsHelp: string;
    holiday: string;
    annual: string;
    oneOffMonth: string;
    oneOffAmount: string;
    addHoliday: string;
    addAnnual: string;
    removeOneOff: (p: { name: string }) => string;
    onePerYear: (p: { year: string }) => string;
    fixSituation: string;
    /** The sickness allowance's days already paid within the entitlement period, before the plan starts. */
    daysLegend: string;
    daysHelp: string;
    daysUsed: string;
    partialDaysUsed: string;
    /** Not a whole number of days. */
    daysNotWhole: string;
    daysUnit: string;
  };
  loading: string;
  unavailable: string;
  retry: string;
  grid: {
    heading: string;
    caption: string;
    benefit: string;
    work: string;
    earnings: string;
    gross: string;
    net: string;
    noNet: string;
    scrollHint: string;
    /** A cell's accessible name: "Earnings-related pension, May 2026: rests, 0,00 €". */
    cell: (p: { benefit: string; month: string; status: string; amount: string }) => string;
    workNone: string;
    workHours: (p: { hours: string; wage: string }) => string;
  };
  chart: {
    heading: string;
    /** The chart's text alternative, in one or two sentences. */
    summary: (p: { from: string; to: string; max: string }) => string;
    pay: string;
    rest: string;
    ended: string;
    yAxis: string;
  };
  years: {
    heading: string;
    year: string;
    months: string;
    earnings: string;
    gross: string;
    net: string;
    total: string;
    noNet: string;
  };
  notes: {
    heading: string;
    none: string;
    month: (p: { month: string }) => string;
  };
  csv: {
    timeline: string;
    comparison: string;
    help: string;
    done: (p: { file: string }) => string;
    fileTimeline: string;
    fileComparison: string;
  };
  /** The CSV's header words (statuses and benefit names come from the main catalog). */
  columns: Omit<CsvWords, 'names' | 'statuses'>;
}
