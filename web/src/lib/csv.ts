import { BENEFITS, type Benefit, type BenefitOutcome, type CalculationResult, type Status, type TimelineResult } from '#core/result.ts';

/**
 * The comparison and the timeline as CSV, made in the browser (nothing is stored anywhere): a header row, one
 * row per option or month (and a row per calendar year for the timeline), amounts as plain numbers with a
 * point as the decimal mark ("1234.50"), and in every row the rule set version and the day the file was made,
 * so a row copied elsewhere still says what it was calculated with. Comma-separated, RFC 4180 quoting, CRLF,
 * with a byte order mark so that spreadsheet programs read ä and ö right.
 */

/** The words of the file's header and statuses, in the user's language. */
export interface CsvWords {
  option: string;
  month: string;
  hoursPerWeek: string;
  hourlyWage: string;
  monthlyEarnings: string;
  holidayBonus: string;
  annualBonus: string;
  grossIncome: string;
  netIncome: string;
  ruleSet: string;
  made: string;
  /** "Earnings-related pension: status". */
  status: (benefit: string) => string;
  /** "Earnings-related pension: € a month". */
  amount: (benefit: string) => string;
  /** The row of a calendar year's totals: "2026 in total". */
  yearTotal: (year: string) => string;
  names: Record<Benefit, string>;
  statuses: Record<Status, string>;
}

type Cell = string | number | null;

/** A text cell: quoted when it must be; a leading =, +, - or @ is neutralised so no spreadsheet runs it as a formula. */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell: the engine's decimal string as it is (a point as the decimal mark), empty when there is none. */
const num = (value: string | null | undefined): Cell => (value === null || value === undefined ? null : value);

const line = (cells: Cell[]) => cells.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : c)).join(',');

const BOM = '\uFEFF';

function file(header: string[], rows: Cell[][]): string {
  return `${BOM}${[header.map(text).join(','), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** The benefits any of the rows has, in the engine's order. */
function benefitsIn(lists: readonly (readonly BenefitOutcome[])[]): Benefit[] {
  const present = new Set(lists.flatMap((list) => list.map((b) => b.benefit)));
  return BENEFITS.filter((b) => present.has(b));
}

function benefitHeader(benefits: Benefit[], w: CsvWords): string[] {
  return benefits.flatMap((b) => [w.status(w.names[b]), w.amount(w.names[b])]);
}

function benefitCells(benefits: Benefit[], outcomes: readonly BenefitOutcome[], w: CsvWords): Cell[] {
  return benefits.flatMap((b) => {
    const o = outcomes.find((x) => x.benefit === b);
    return o ? [text(w.statuses[o.status]), num(o.monthlyAmount)] : [null, null];
  });
}

/** The comparison: one row per option (`names` are the options' names as shown). */
export function comparisonCsv(result: CalculationResult, names: readonly string[], w: CsvWords, made: string): string {
  const benefits = benefitsIn(result.scenarios.map((s) => s.benefits));
  const header = [
    w.option,
    w.hoursPerWeek,
    w.hourlyWage,
    w.monthlyEarnings,
    ...benefitHeader(benefits, w),
    w.grossIncome,
    w.netIncome,
    w.ruleSet,
    w.made,
  ];
  const rows = result.scenarios.map((s, i) => [
    text(names[i] ?? s.label ?? s.id),
    num(s.hoursPerWeek),
    num(s.hourlyWage),
    num(s.monthlyEarnings),
    ...benefitCells(benefits, s.benefits, w),
    num(s.totals.grossIncome),
    num(s.totals.netIncome),
    text(result.ruleSet.version),
    made,
  ]);
  return file(header, rows);
}

/** The timeline: one row per month, then one per calendar year with its totals (a year's benefits as amounts only). */
export function timelineCsv(result: TimelineResult, w: CsvWords, made: string): string {
  const benefits = benefitsIn([...result.months.map((m) => m.benefits), ...result.years.map((y) => y.benefits.map(asOutcome))]);
  const header = [
    w.month,
    w.hoursPerWeek,
    w.hourlyWage,
    w.monthlyEarnings,
    w.holidayBonus,
    w.annualBonus,
    ...benefitHeader(benefits, w),
    w.grossIncome,
    w.netIncome,
    w.ruleSet,
    w.made,
  ];
  const stamp = [text(result.ruleSet.version), made];
  const months = result.months.map((m) => [
    m.month,
    num(m.hoursPerWeek),
    num(m.hourlyWage),
    num(m.monthlyEarnings),
    num(m.holidayBonus),
    num(m.annualBonus),
    ...benefitCells(benefits, m.benefits, w),
    num(m.grossIncome),
    num(m.netIncome),
    ...stamp,
  ]);
  const years = result.years.map((y) => {
    const inYear = result.months.filter((m) => m.month.startsWith(`${y.year}-`));
    const sum = (key: 'holidayBonus' | 'annualBonus') => inYear.reduce((cents, m) => cents + toCents(m[key]), 0);
    const regular = toCents(y.earnings) - sum('holidayBonus') - sum('annualBonus');
    return [
      text(w.yearTotal(String(y.year))),
      null,
      null,
      fromCents(regular),
      fromCents(sum('holidayBonus')),
      fromCents(sum('annualBonus')),
      ...benefits.flatMap((b) => [null, num(y.benefits.find((x) => x.benefit === b)?.amount)]),
      num(y.grossIncome),
      num(y.netIncome),
      ...stamp,
    ];
  });
  return file(header, [...months, ...years]);
}

function asOutcome(b: { benefit: Benefit }): BenefitOutcome {
  return { benefit: b.benefit } as BenefitOutcome;
}

/** Cents of an engine amount ("1234.50" → 123450): whole numbers add exactly. */
function toCents(amount: string): number {
  const [whole = '0', cents = ''] = amount.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(cents.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -value : value;
}

function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A file name that sorts by date and says what it holds: "tyo-ja-etuudet-aikajana-2026-12-05.csv". */
export function csvFileName(kind: string, made: string): string {
  return `tyo-ja-etuudet-${kind}-${made}.csv`;
}

/** Offers the text as a download (a Blob URL, revoked after the click): nothing leaves the browser. */
export function downloadCsv(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
