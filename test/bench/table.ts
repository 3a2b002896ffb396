import { BUDGETS, type BudgetName } from './budgets.ts';

/** The subject suffix of a case route's cold start with a real first request (cold-start.ts), beside its unsigned one. */
export const REAL_REQUEST = ' (real request)';

/**
 * One measured figure, held to the budget of its kind: the median of several runs, or the best of them where
 * the machine's other load can only make a run slower (a cold start, a tail latency, a Lighthouse run).
 */
export interface Figure {
  budget: BudgetName;
  /** What exactly was measured, e.g. the handler's name. */
  subject: string;
  value: number;
  runs: number;
  /** `best`: the least disturbed of the runs, not their median; `mean`: the average of the runs. */
  statistic?: 'median' | 'best' | 'mean';
}

export interface Judged extends Figure {
  unit: string;
  limit: string;
  pass: boolean;
}

/** What `npm run bench` writes to .bench/latest.json. */
export interface BenchRun {
  measuredAt: string;
  node: string;
  cpus: number;
  /** The machine's one-minute load average when the run began and ended: it is shared. */
  loadAverage: { before: number; after: number };
  figures: Judged[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function judge(figure: Figure): Judged {
  const budget = BUDGETS[figure.budget];
  const limit = 'limit' in budget ? budget.limit : undefined;
  const pass =
    Number.isFinite(figure.value) &&
    (budget.kind === 'none' || limit === undefined || (budget.kind === 'max' ? figure.value <= limit : figure.value >= limit));
  const limitText = budget.kind === 'none' || limit === undefined ? '—' : `${budget.kind === 'max' ? '≤' : '≥'} ${limit} ${budget.unit}`;
  return { ...figure, unit: budget.unit, limit: limitText, pass };
}

export function show(value: number, unit: string): string {
  if (unit === 'count') return String(Math.round(value));
  if (unit === 'req/s') return String(Math.round(value));
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(value >= 1 ? 2 : 3);
}

/** A Markdown table, so the same text goes to the terminal and to the README. */
export function formatTable(judged: readonly Judged[]): string {
  const rows = judged.map((j) => [
    j.budget,
    j.subject,
    `${show(j.value, j.unit)} ${j.unit}`,
    j.limit,
    j.statistic === 'best' ? `best of ${j.runs}` : j.statistic === 'mean' ? `mean of ${j.runs}` : `median of ${j.runs}`,
    j.pass ? 'ok' : 'OVER BUDGET',
  ]);
  const header = ['figure', 'subject', 'value', 'budget', 'runs', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
