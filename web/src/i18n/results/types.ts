import type { Benefit, Status } from '#core/result.ts';

/**
 * The texts shown with the results, which are not needed before there are any: the short answer's sentences,
 * the note beside the totals and the next steps. A download of their own per language (./load.ts), started
 * as soon as the input can be calculated, so they are there with the first results; not in the initial code.
 */
export interface ResultMessages {
  answer: {
    noChange: (p: { wage: string; hours: string }) => string;
    noChangePensions: (p: { wage: string; hours: string }) => string;
    fullTime: (p: { wage: string; hours: string }) => string;
    noHours: (p: { wage: string }) => string;
    sicknessOnly: string;
    noLimits: string;
    sicknessAlso: string;
    /** The hours are where the month's pay reaches the limit: a holiday bonus, spread over the year, counts too. */
    holidayBonus: string;
    /** Above the hours: `resting` (names, joined) are left to rest; `partial` may become partial. Either may be ''. */
    next: (p: { hours: string; resting: string; restingMany: boolean; partial: string; partialMany: boolean }) => string;
    /** Total income at the chart's points either side of the limit. */
    incomeAt: (p: { beforeHours: string; before: string; afterHours: string; after: string; falls: boolean }) => string;
    /** What a rest means, and that it does not last: `months` is the longest rest. */
    rest: (p: { months: string }) => string;
    /** A rehabilitation subsidy ends on its date, resting or not. */
    subsidyEnds: string;
    /** Converting a full pension to a partial one is the provider's decision. */
    partialDecision: string;
    /** The partial sickness allowance for this full-time job: the hours it is paid for. */
    partialSickness: (p: { fullTime: string; from: string; to: string; share: string }) => string;
    /** The same without the job's hours: in percentages of full time. */
    partialSicknessIfFullTime: (p: { minimum: string; from: string; to: string; share: string }) => string;
    /** The job given is not full time: no partial sickness allowance. */
    partialSicknessNotFullTime: (p: { fullTime: string; minimum: string }) => string;
    /** The answer and the options' totals add up a sickness allowance and a pension that are not usually paid together. */
    sicknessWithPension: string;
    /** The same for a partial pension: Kela deducts it from the sickness allowance in certain cases. */
    sicknessWithPartialPension: string;
    /**
     * After tax, for the option the answer talks about (the first after the baseline): `amount` in whole euros,
     * `more` false when net falls; `taxCard` when the net is from the tax cards' percentages, not the estimate.
     */
    afterTax: (p: { name: string; baseline: string; amount: string; more: boolean; same: boolean; taxCard: boolean }) => string;
    /** No net could be computed: why (no municipality, no tax rules for the year, Åland). */
    afterTaxUnknown: (p: { reason: 'municipality' | 'year' | 'aland'; year: string }) => string;
  };
  /** A benefit's name inside a sentence. */
  names: Record<Benefit, string>;
  /** "a, b and c". */
  list: (names: string[]) => string;
  /** The hours chart's marks: the options compared, the partial sickness allowance's hours, an uncertain sickness allowance. */
  chart: {
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
    options: string;
    partialSickness: string;
    uncertainSickness: string;
    atRisk: string;
    /** The net income line (after tax) and its marks, in the legend and in words under the chart. */
    netLine: string;
    netFallMark: string;
    littleGainMark: string;
    netHeading: string;
    netFall: (p: { from: string; to: string; loss: string }) => string;
    littleGain: (p: { from: string; to: string }) => string;
    /** No net line: what to give for one. */
    noNet: string;
    netColumn: string;
  };

  /** The printout's title and the situation in short (PrintSummary). */
  print: {
    title: string;
    situation: string;
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
    entrepreneur: (p: { amount: string }) => string;
    startDate: (p: { date: string }) => string;
    sectorFullTime: string;
    kelaExempt: string;
    fullTime: (p: { hours: string }) => string;
    household: (p: { value: string }) => string;
    tax: (p: { wage: string; benefit: string }) => string;
    /** The home municipality and the church of a member ('' for none). */
    residence: (p: { municipality: string; church: string }) => string;
    birthYear: (p: { year: string }) => string;
    notGiven: string;
  };
  /** The switch between the side-by-side comparison and the timeline (web/src/timeline/, loaded when opened). */
  views: { label: string; compare: string; timeline: string };
  /** The share panel: the link to this calculation, and printing. */
  share: {
    heading: string;
    /** The button that downloads the comparison as CSV (its header words come with the timeline's texts). */
    csv: string;
    intro: string;
    warning: string;
    copy: string;
    copied: string;
    copyFailed: string;
    print: string;
    linkLabel: string;
  };
  /** What each status means, in a sentence (a status badge's title). */
  status: Record<Status, string>;
  /** The options' results in the table (ScenarioResults). */
  table: {
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
    noBenefitRow: string;
    /** On an option's results while its figures are being corrected. */
    stale: string;
    /** How the amount after tax was found, per option. */
    netMethod: string;
    methodEstimate: (p: { municipality: string; rate: string; church: boolean }) => string;
    methodTaxCard: string;
    methodNeedsMunicipality: string;
    methodNoRules: (p: { year: string }) => string;
    methodAland: string;
    /** What one more hour a week adds to the money in the pocket a month. */
    extraHour: string;
    extraHourCell: (p: { net: string }) => string;
    /** What the extra hour adds to pay (under the net; alone without a net figure). */
    extraHourGross: (p: { pay: string }) => string;
    /** An option given as monthly pay has no "one more hour". */
    extraHourNone: string;
    /**
     * Long words of the row headings with their hyphenation points (soft hyphens): the first column is narrow on a
     * phone, and Chromium without a hyphenation dictionary would break a word anywhere ("Arbetspensio|n").
     */
    breaks: readonly string[];
  };
  /** What to do next, at the end of the page and of the printout. */
  nextSteps: {
    heading: string;
    tell: string;
    earningsRelatedPension: string;
    kelaPension: string;
    sicknessAllowance: string;
    keep: string;
    estimate: string;
  };
}
