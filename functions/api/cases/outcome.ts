import type { Benefit, RuleSet } from '#core/index.ts';
import type { OutcomeDigest } from './digest.ts';

/**
 * "When a saved case's outcome would change under a newer rule set, say so when it is opened." A case is
 * saved with a digest of its outcome (per scenario and benefit: status, monthly amount, max hours; and the
 * gross and net income) under the rule set of the day. When it is read under another rule set version, the
 * input is calculated again and the two digests compared. Digests saved before the net was part of them
 * (API < 1.3.0) have no `netIncome`: their net is not compared, so an old case does not show a change it never had.
 */

export const DIGEST_FIELDS = ['status', 'monthlyAmount', 'maxHoursPerWeek'] as const;
export type ChangedField = (typeof DIGEST_FIELDS)[number] | 'grossIncome' | 'netIncome' | 'presence';

export interface OutcomeChange {
  scenarioId: string;
  /** null for the scenario's totals (grossIncome, netIncome) or the scenario itself. */
  benefit: Benefit | null;
  /** `presence`: the benefit (or scenario) is in only one of the two outcomes; saved/now say which. */
  field: ChangedField;
  saved: string | null;
  now: string | null;
}

export interface RuleSetCheck {
  savedWith: string;
  current: string;
  /** null when the outcome could not be compared (see `reason`). */
  outcomeChanged: boolean | null;
  changes: OutcomeChange[];
  reason?: 'noSavedOutcome' | 'notComputable';
}

function isDigest(value: unknown): value is OutcomeDigest {
  const v = value as OutcomeDigest | null;
  return Boolean(v && Array.isArray(v.scenarios) && v.scenarios.every((s) => s && typeof s.id === 'string' && Array.isArray(s.benefits)));
}

export function compareDigests(saved: OutcomeDigest, now: OutcomeDigest): OutcomeChange[] {
  const changes: OutcomeChange[] = [];
  const ids = [...new Set([...saved.scenarios.map((s) => s.id), ...now.scenarios.map((s) => s.id)])];
  for (const scenarioId of ids) {
    const before = saved.scenarios.find((s) => s.id === scenarioId);
    const after = now.scenarios.find((s) => s.id === scenarioId);
    if (!before || !after) {
      changes.push({ scenarioId, benefit: null, field: 'presence', saved: before ? 'present' : null, now: after ? 'present' : null });
      continue;
    }
    const benefits = [...new Set([...before.benefits.map((b) => b.benefit), ...after.benefits.map((b) => b.benefit)])];
    for (const benefit of benefits) {
      const b = before.benefits.find((x) => x.benefit === benefit);
      const a = after.benefits.find((x) => x.benefit === benefit);
      if (!b || !a) {
        changes.push({ scenarioId, benefit, field: 'presence', saved: b ? 'present' : null, now: a ? 'present' : null });
        continue;
      }
      for (const field of DIGEST_FIELDS) {
        if (b[field] !== a[field]) changes.push({ scenarioId, benefit, field, saved: b[field], now: a[field] });
      }
    }
    if (before.grossIncome !== after.grossIncome)
      changes.push({ scenarioId, benefit: null, field: 'grossIncome', saved: before.grossIncome, now: after.grossIncome });
    if (before.netIncome !== undefined && (before.netIncome ?? null) !== (after.netIncome ?? null))
      changes.push({ scenarioId, benefit: null, field: 'netIncome', saved: before.netIncome, now: after.netIncome ?? null });
  }
  return changes;
}

/**
 * null when the case was saved under the rule set in use; else the comparison of its saved outcome with
 * the outcome under the current rules. Never throws: a case always opens, even when it cannot be compared.
 *
 * The engine and the calculation request's schema (outcome-now.ts) are loaded only for a case saved under
 * another rule set: a case Lambda that reads cases saved under the current rules never builds them, which
 * keeps them out of its cold start (README, Performance).
 */
export async function ruleSetCheck(
  ruleSet: RuleSet,
  saved: { ruleSetVersion: string; input: unknown; outcome: unknown },
): Promise<RuleSetCheck | null> {
  if (saved.ruleSetVersion === ruleSet.version) return null;
  const base = { savedWith: saved.ruleSetVersion, current: ruleSet.version };
  if (!isDigest(saved.outcome)) return { ...base, outcomeChanged: null, changes: [], reason: 'noSavedOutcome' };
  const { savedInputOutcome } = await import('./outcome-now.ts');
  const now = savedInputOutcome(ruleSet, saved.input);
  // The input no longer fits the current schema, has no date, or its date is outside the current rules.
  if (now === null) return { ...base, outcomeChanged: null, changes: [], reason: 'notComputable' };
  const changes = compareDigests(saved.outcome, now);
  return { ...base, outcomeChanged: changes.length > 0, changes };
}

/**
 * For the case list: whether the saved outcome changes under the current rules. False for a case saved under
 * them; null when it cannot be compared (no saved outcome, or input the current rules cannot compute).
 */
export function outcomeChangedNow(check: RuleSetCheck | null): boolean | null {
  return check === null ? false : check.outcomeChanged;
}
