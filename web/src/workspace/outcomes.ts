import { LABEL_MAX_LENGTH, MAX_CASES_PER_COACH } from '#contracts/limits.ts';
import type { WorkspaceMessages } from '../i18n/workspace/types.ts';
import type { CaseErrorKind } from '../lib/cases-api.ts';
import type { Issue } from '../lib/validation.ts';

/**
 * How a coach's action on a case ended (save, open, rename, delete), and how a dialog words it: beside the
 * name field (a missing, too long or refused label) or under it.
 */

/** The API's limit for a label (after trimming). */
export { LABEL_MAX_LENGTH };

type LabelProblem = 'required' | 'tooLong' | 'identityCode' | 'invalid';

export type Outcome =
  | { ok: true; label: string }
  | { ok: false; reason: CaseErrorKind | 'invalidForm' | 'scenarioLabel' | 'cannotOpen' }
  | { ok: false; reason: 'label'; problem: LabelProblem };

/** A label checked before it is sent: the API would refuse it anyway. */
export function labelProblem(label: string): Outcome | null {
  const trimmed = label.trim();
  if (trimmed === '') return { ok: false, reason: 'label', problem: 'required' };
  if (trimmed.length > LABEL_MAX_LENGTH) return { ok: false, reason: 'label', problem: 'tooLong' };
  return null;
}

/** The API's 400 issues on a save, as the dialog words them. */
export function saveProblem(issues: readonly Issue[]): Outcome {
  const identity = (i: Issue) => i.params?.reason === 'personalIdentityCode';
  if (issues.some((i) => identity(i) && i.path[0] === 'label')) return { ok: false, reason: 'label', problem: 'identityCode' };
  if (issues.some(identity)) return { ok: false, reason: 'scenarioLabel' };
  if (issues.some((i) => i.path[0] === 'label')) return { ok: false, reason: 'label', problem: 'invalid' };
  return { ok: false, reason: 'invalid' };
}

/** A label problem in words. */
function labelMessage(problem: LabelProblem, w: WorkspaceMessages): string {
  switch (problem) {
    case 'required':
      return w.label.required;
    case 'tooLong':
      return w.label.tooLong({ max: LABEL_MAX_LENGTH });
    case 'identityCode':
      return w.label.identityCode;
    default:
      return w.label.invalid;
  }
}

/** What a dialog shows for an outcome: beside the name field, or under it; null when it worked. */
export function dialogProblem(outcome: Outcome, w: WorkspaceMessages): { field?: string; form?: string } | null {
  if (outcome.ok) return null;
  switch (outcome.reason) {
    case 'label':
      return { field: labelMessage(outcome.problem, w) };
    case 'scenarioLabel':
      return { form: w.label.scenarioIdentityCode };
    case 'conflict':
      return { form: w.cases.changedElsewhere };
    case 'notFound':
      return { form: w.cases.notFound };
    case 'signIn':
      return { form: w.account.sessionEnded };
    case 'invalidForm':
      return { form: w.caseBar.fixFirst };
    case 'invalid':
      return { form: w.label.invalid };
    case 'caseLimit':
      return { form: w.caseBar.caseLimit({ max: MAX_CASES_PER_COACH }) };
    default:
      return { form: w.caseBar.failed };
  }
}
