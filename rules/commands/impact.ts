import { calculate } from '../../functions/core/calculate.ts';
import type { BenefitOutcome, CalculationResult } from '../../functions/core/result.ts';
import { entryAt, latestChange, type RuleSet } from '../../functions/core/ruleset.ts';
import { addDays, type CommandResult, failed, plural, shown, table, usage } from '../format.ts';
import { readRules } from '../load.ts';
import { loadReferenceCases, REFERENCE_CASES_DIR } from '../reference-cases.ts';

export interface ImpactOptions {
  dir: string;
  casesDir?: string;
  /** The old figures: those in force on this date. Default: the day before `to`. */
  from?: string;
  /** The new figures: those in force on this date. Default: the latest date on which any value changes. */
  to?: string;
  json?: boolean;
}

type ChangeKind =
  | 'status'
  | 'amount'
  | 'amountWithoutWork'
  | 'earningsLimit'
  | 'suspensionLimit'
  | 'maxHoursPerWeek'
  | 'benefit'
  | 'grossIncome'
  | 'netIncome';

interface OutcomeChange {
  case: string;
  scenario: string;
  /** A benefit, or "total" for the scenario's totals. */
  benefit: string;
  kind: ChangeKind;
  old: string | null;
  new: string | null;
}

export interface ImpactReport {
  from: string;
  to: string;
  /** The month the cases are computed for (the month of `to`), under both sets of figures. */
  month: string;
  cases: number;
  /** Each case's scenario ids, in order. */
  scenarios: Record<string, string[]>;
  changedCases: string[];
  changes: OutcomeChange[];
  summary: { statusFlips: number; maxHoursMoved: number; amountChanges: number; limitChanges: number };
}

const LABEL: Record<ChangeKind, string> = {
  status: 'status',
  amount: 'amount €/month',
  amountWithoutWork: 'amount without work',
  earningsLimit: 'earnings limit',
  suspensionLimit: 'suspension limit',
  maxHoursPerWeek: 'max hours/week',
  benefit: 'benefit',
  grossIncome: 'gross income',
  netIncome: 'net income',
};

/**
 * The rule set with every parameter fixed at its value on `date`. Computing a month with it and with the
 * figures of another date isolates what the figures change: the month itself (its weekdays and holidays)
 * is the same on both sides.
 */
function figuresOf(ruleSet: RuleSet, date: string): RuleSet {
  const parameters = Object.fromEntries(
    Object.entries(ruleSet.parameters).map(([name, p]) => {
      const entry = entryAt(p, date);
      if (!entry) throw new Error(`${p.file} › ${name} has no value on ${date}`);
      return [name, { ...p, values: [{ ...entry, from: ruleSet.validFrom }] }];
    }),
  );
  return { ...ruleSet, parameters };
}

function compareOutcomes(
  caseId: string,
  scenario: string,
  a: BenefitOutcome | undefined,
  b: BenefitOutcome | undefined,
  changes: OutcomeChange[],
): void {
  const benefit = (a ?? b)!.benefit;
  const push = (kind: ChangeKind, x: string | null, y: string | null) => {
    if (x !== y) changes.push({ case: caseId, scenario, benefit, kind, old: x, new: y });
  };
  if (!a || !b) {
    push('benefit', a ? `${a.status}` : null, b ? `${b.status}` : null);
    return;
  }
  push('status', a.status, b.status);
  push('amount', a.monthlyAmount, b.monthlyAmount);
  push('amountWithoutWork', a.monthlyAmountWithoutWork, b.monthlyAmountWithoutWork);
  push('earningsLimit', a.earningsLimit, b.earningsLimit);
  push('suspensionLimit', a.suspensionLimit, b.suspensionLimit);
  push('maxHoursPerWeek', a.maxHoursPerWeek, b.maxHoursPerWeek);
}

function compareResults(caseId: string, oldResult: CalculationResult, newResult: CalculationResult, changes: OutcomeChange[]): void {
  newResult.scenarios.forEach((scenario, i) => {
    const before = oldResult.scenarios[i]!;
    const benefits = [...new Set([...before.benefits, ...scenario.benefits].map((b) => b.benefit))];
    for (const benefit of benefits) {
      compareOutcomes(
        caseId,
        scenario.id,
        before.benefits.find((b) => b.benefit === benefit),
        scenario.benefits.find((b) => b.benefit === benefit),
        changes,
      );
    }
    for (const [kind, x, y] of [
      ['grossIncome', before.totals.grossIncome, scenario.totals.grossIncome],
      ['netIncome', before.totals.netIncome, scenario.totals.netIncome],
    ] as const) {
      if (x !== y) changes.push({ case: caseId, scenario: scenario.id, benefit: 'total', kind, old: x, new: y });
    }
  });
}

export function impactReport(options: ImpactOptions): ImpactReport | CommandResult {
  const read = readRules(options.dir);
  if (!read.ruleSet)
    return failed(
      `The rule set is not valid, so its cases cannot be computed. Fix these first (npm run rules -- check):\n  - ${read.problems.join('\n  - ')}\n`,
    );
  const ruleSet = read.ruleSet;
  const to = options.to ?? latestChange(ruleSet)?.date;
  if (!to) return usage(`No value changes after ${ruleSet.validFrom}: give the two dates to compare, e.g. impact 2025-12-31 2026-01-01.\n`);
  const from = options.from ?? addDays(to, -1);
  for (const date of [from, to])
    if (date < ruleSet.validFrom) return usage(`${date} is before the rule set's first day ${ruleSet.validFrom}.\n`);

  const { cases, problems } = loadReferenceCases(options.casesDir ?? REFERENCE_CASES_DIR);
  if (problems.length > 0) return failed(`The reference cases are not valid:\n  - ${problems.join('\n  - ')}\n`);

  const oldFigures = figuresOf(ruleSet, from);
  const newFigures = figuresOf(ruleSet, to);
  const changes: OutcomeChange[] = [];
  const errors: string[] = [];
  for (const c of cases) {
    try {
      compareResults(c.id, calculate(oldFigures, { ...c.request, date: to }), calculate(newFigures, { ...c.request, date: to }), changes);
    } catch (error) {
      errors.push(`${c.id}: ${(error as Error).message}`);
    }
  }
  if (errors.length > 0) return failed(`These reference cases could not be computed:\n  - ${errors.join('\n  - ')}\n`);

  const count = (kinds: ChangeKind[]) => changes.filter((c) => kinds.includes(c.kind)).length;
  return {
    from,
    to,
    month: to.slice(0, 7),
    cases: cases.length,
    scenarios: Object.fromEntries(cases.map((c) => [c.id, c.request.scenarios.map((s) => s.id)])),
    changedCases: [...new Set(changes.map((c) => c.case))],
    changes,
    summary: {
      statusFlips: count(['status', 'benefit']),
      maxHoursMoved: count(['maxHoursPerWeek']),
      amountChanges: count(['amount', 'amountWithoutWork', 'grossIncome', 'netIncome']),
      limitChanges: count(['earningsLimit', 'suspensionLimit']),
    },
  };
}

/** The same change in several scenarios of a case (a limit, an amount without work) on one line. */
function grouped(
  changes: OutcomeChange[],
  scenarios: Record<string, string[]>,
): (Omit<OutcomeChange, 'scenario'> & { scenarios: string })[] {
  const rows = new Map<string, Omit<OutcomeChange, 'scenario'> & { ids: string[] }>();
  for (const c of changes) {
    const key = JSON.stringify([c.case, c.benefit, c.kind, c.old, c.new]);
    const row = rows.get(key);
    if (row) row.ids.push(c.scenario);
    else rows.set(key, { case: c.case, benefit: c.benefit, kind: c.kind, old: c.old, new: c.new, ids: [c.scenario] });
  }
  return [...rows.values()].map(({ ids, ...rest }) => ({
    ...rest,
    scenarios: ids.length > 1 && ids.length === scenarios[rest.case]?.length ? 'all' : ids.join(', '),
  }));
}

/** `rules impact [<from> <to>]`: which reference cases' outcomes the new figures change. */
export function impact(options: ImpactOptions): CommandResult {
  const report = impactReport(options);
  if ('code' in report) return report;
  if (options.json) return { code: 0, stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: '' };

  const { from, to, changes, summary } = report;
  const out: string[] = [
    `Impact of the figures in force on ${to} against those on ${from} (${shown(options.dir)}), on ${plural(report.cases, 'reference case')}.`,
    `Both sides are computed for the month ${report.month}, so only the figures differ, not the calendar.`,
    '',
  ];
  const flips = changes.filter((c) => c.kind === 'status' || c.kind === 'benefit');
  if (flips.length > 0) {
    out.push(`Status flips (${flips.length}):`);
    for (const f of flips) out.push(`  ${f.case} / ${f.scenario}: ${f.benefit} ${f.old ?? '(none)'} → ${f.new ?? '(none)'}`);
    out.push('');
  }
  if (changes.length > 0) {
    out.push(
      table(
        ['case', 'scenarios', 'benefit', 'change', from, to],
        grouped(changes, report.scenarios).map((c) => [c.case, c.scenarios, c.benefit, LABEL[c.kind], c.old ?? '—', c.new ?? '—']),
      ),
    );
    out.push('');
  }
  const unchanged = report.cases - report.changedCases.length;
  out.push(
    `In ${plural(report.changedCases.length, 'case')} of ${report.cases}: ${plural(summary.statusFlips, 'status flip')}, ${plural(summary.maxHoursMoved, 'max-hours change')}, ${plural(summary.limitChanges, 'limit change')} and ${plural(summary.amountChanges, 'amount change')} (counted per scenario); ${plural(unchanged, 'case')} unchanged.`,
  );
  return { code: 0, stdout: `${out.join('\n')}\n`, stderr: '' };
}
