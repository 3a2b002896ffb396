import type { TimelineMessages } from '../i18n/timeline/types.ts';
import { type PlanForm, stepIndexAt } from '../lib/plan.ts';
import type { FieldKind, Issue } from '../lib/validation.ts';

/** An issue in words, as the calculator words its own (CalculatorState.issueText). */
type Word = (issue: Issue, kind: FieldKind, typed: string) => string;

/**
 * The timeline schema's (or the API's) issues in words, each on the plan's field it comes from: a month's
 * work on the step that gives it, a bonus on its item. Issues of the case itself are said once, in a list
 * (the situation's own fields show theirs).
 */

const KINDS: Record<string, FieldKind> = { hoursPerWeek: 'hours', hourlyWage: 'money', monthlyEarnings: 'money' };

function typedAt(request: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = request;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '';
}

export function planErrors(
  issues: readonly Issue[],
  plan: PlanForm,
  request: unknown,
  t: TimelineMessages,
  word: Word,
): { byField: Record<string, string>; list: { field: string; message: string }[] } {
  const byField: Record<string, string> = {};
  const list: { field: string; message: string }[] = [];
  const put = (field: string, message: string) => {
    if (byField[field] || list.some((e) => e.message === message && e.field === field)) return;
    if (field !== 'case') byField[field] = message;
    list.push({ field, message });
  };
  for (const issue of issues) {
    const path = issue.path.map(String);
    const typed = typedAt(request, issue.path);
    if (path[0] === 'months') {
      const month = Number(path[1]);
      const key = path[2] ?? '';
      if (key === 'holidayBonus' || key === 'annualBonus') {
        const kind = key === 'holidayBonus' ? 'holiday' : 'annual';
        const index = plan.oneOffs.findIndex((o) => o.month === month && o.kind === kind);
        const message =
          issue.params?.reason === 'onePerYear'
            ? t.plan.onePerYear({ year: String(issue.params.year ?? '') })
            : word(issue, 'money', typed);
        put(`plan-oneoff-${index}-amount`, message);
        continue;
      }
      const index = stepIndexAt(plan, month);
      const s = plan.steps[index];
      let field = key in KINDS ? key : 'hoursPerWeek';
      if (s?.mode === 'monthly') field = 'monthlyEarnings';
      put(`plan-step-${index}-${field}`, word(issue, KINDS[field] ?? 'other', typed));
    } else if (path.at(-1) === 'daysUsed' || path.at(-1) === 'partialDaysUsed') {
      // As typed: a text that is not a whole number reaches the schema as text.
      const value = (request as { benefits?: { sicknessAllowance?: Record<string, unknown> } })?.benefits?.sicknessAllowance?.[
        path.at(-1)!
      ];
      // zod puts the bound on the issue itself (too_big: maximum), where the words' function reads it from params.
      const bound = issue as Issue & { maximum?: unknown };
      const said =
        issue.code === 'too_big' && bound.maximum !== undefined ? { ...issue, params: { reason: 'tooLarge', max: bound.maximum } } : issue;
      put(`plan-${path.at(-1)}`, typeof value === 'string' ? t.plan.daysNotWhole : word(said, 'days', String(value ?? '')));
    } else if (path[0] === 'start') {
      put('plan-start', word(issue, 'other', typed));
    } else {
      put('case', word(issue, path.at(-1) === 'entitlementStartDate' ? 'date' : 'other', typed));
    }
  }
  return { byField, list };
}
