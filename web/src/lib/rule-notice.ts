import type { Benefit, Status } from '#core/result.ts';
import type { Messages } from '../i18n/types.ts';
import type { WorkspaceMessages } from '../i18n/workspace/types.ts';
import type { RuleSetCheck } from './cases-api.ts';
import type { Formatters } from './numbers.ts';

/**
 * "When a saved case's outcome would change under a newer rule set, say so when it is opened." The API's
 * ruleSetCheck in plain words: what changed, per option and benefit, with the app's own status and benefit
 * names and figures in the language's format. Null when the case was saved under the rules in use.
 */

export interface RuleNotice {
  /** changed: the outcome differs · same: only the rules' version differs · unknown: it could not be compared. */
  kind: 'changed' | 'same' | 'unknown';
  lines: string[];
}

/** An option as it was when the case was opened: its name follows the language ("Option 2"). */
export interface ScenarioRef {
  id: string;
  label: string;
  index: number;
}

export function scenarioRefs(scenarios: readonly { id: string; label: string }[]): ScenarioRef[] {
  return scenarios.map((s, index) => ({ id: s.id, label: s.label.trim(), index }));
}

export function ruleNotice(
  check: RuleSetCheck | null | undefined,
  scenarios: readonly ScenarioRef[],
  m: Messages,
  w: WorkspaceMessages,
  f: Formatters,
): RuleNotice | null {
  if (!check) return null;
  if (check.outcomeChanged === null) return { kind: 'unknown', lines: [] };
  if (!check.outcomeChanged) return { kind: 'same', lines: [] };
  const t = w.ruleNotice;
  const nameOf = (id: string) => {
    const s = scenarios.find((x) => x.id === id);
    return s ? s.label || m.scenarios.optionName({ n: s.index + 1 }) : id;
  };
  const benefitName = (b: Benefit) => m.benefits[b] ?? b;
  const statusName = (s: string | null) => (s && s in m.status ? m.status[s as Status].label : (s ?? ''));
  const hours = (h: string | null) => (h === null ? t.noLimit : m.units.hours({ n: f.hours(h) }));
  const money = (v: string | null) => (v === null ? '' : f.money(v));
  const lines = check.changes.map((c) => {
    const scenario = nameOf(c.scenarioId);
    if (c.benefit === null) {
      return c.field === 'grossIncome'
        ? t.grossIncome({ scenario, saved: money(c.saved), now: money(c.now) })
        : t.scenarioChanged({ scenario });
    }
    const benefit = benefitName(c.benefit);
    switch (c.field) {
      case 'status':
        return t.status({ scenario, benefit, saved: statusName(c.saved), now: statusName(c.now) });
      case 'monthlyAmount':
        return t.amount({ scenario, benefit, saved: money(c.saved), now: money(c.now) });
      case 'maxHoursPerWeek':
        return t.maxHours({ scenario, benefit, saved: hours(c.saved), now: hours(c.now) });
      case 'presence':
        return c.saved === null ? t.benefitAdded({ scenario, benefit }) : t.benefitRemoved({ scenario, benefit });
      default:
        return t.scenarioChanged({ scenario });
    }
  });
  return { kind: 'changed', lines: [...new Set(lines)] };
}
