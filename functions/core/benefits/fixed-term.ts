import { info, warning } from '../outcome.ts';
import type { Explanation } from '../result.ts';

/**
 * A fixed-term benefit (a rehabilitation subsidy, earnings-related or Kela's) is granted until a date on its
 * decision: a disability pension "myönnetään toistaiseksi tai kuntoutustukena määräajaksi" (so the repealed VaEL
 * 34 § on telp.fi; the earnings-related pension acts in force grant it alike, and Kela its own). Pensions are
 * paid by calendar month, so the month of the end date is shown as paid and every later month as ended: nothing
 * is paid after the end date unless a continuation is granted. A continuation must be applied for, in time.
 */
export type FixedTerm = { kind: 'none' } | { kind: 'runs'; endsOn: string; thisMonth: boolean } | { kind: 'ended'; endsOn: string };

/** Where the month of `date` (YYYY-MM-DD) stands against the end date, if there is one. */
export function fixedTermIn(date: string, endsOn: string | undefined): FixedTerm {
  if (endsOn === undefined) return { kind: 'none' };
  const month = date.slice(0, 7);
  const endMonth = endsOn.slice(0, 7);
  if (endMonth < month) return { kind: 'ended', endsOn };
  return { kind: 'runs', endsOn, thisMonth: endMonth === month };
}

/** What to say about the end date in this month: it ends later, it ends this month, or it has ended. */
export function fixedTermNotes(term: FixedTerm): Explanation[] {
  switch (term.kind) {
    case 'none':
      return [];
    case 'runs':
      return [
        term.thisMonth ? warning('fixedTermEndsThisMonth', { endsOn: term.endsOn }) : info('fixedTermEndsOn', { endsOn: term.endsOn }),
      ];
    case 'ended':
      return [warning('fixedTermEnded', { endsOn: term.endsOn })];
  }
}
