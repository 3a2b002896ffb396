/**
 * Problems with a request that only show once the month calculated is known (the date may default to today):
 * each is worded as a schema issue, naming the field, and becomes a 400 like the schema's own. Plain data and
 * no imports, so the web app and the API share the wording.
 */

/** The last day of the month of `date` (YYYY-MM-DD). */
export function monthEnd(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The issue for a sick leave said to begin after the month calculated, as the API reports it. */
export function entitlementAfterMonth(start: string, last: string): CaseIssue {
  return {
    code: 'custom',
    path: ['benefits', 'sicknessAllowance', 'entitlementStartDate'],
    input: start,
    message: `must be on or before ${last}, the last day of the month calculated`,
    params: { reason: 'afterCalculationMonth', max: last },
  };
}

/** One problem with the input found once the month is known, in the shape of a schema issue. */
export interface CaseIssue {
  code: 'custom';
  path: (string | number)[];
  input?: unknown;
  message: string;
  params: Record<string, string | number | string[]>;
}

/**
 * Input that passed the schema but cannot be computed (a date checked only once the month is known, a
 * municipality the year's rate table does not have): a 400 naming the field.
 */
export class CaseInputError extends Error {
  readonly issue: CaseIssue;

  constructor(issue: CaseIssue) {
    super(`${issue.path.join('.')}: ${issue.message}`);
    this.issue = issue;
    this.name = 'CaseInputError';
  }
}

/** The issue for a birth year after the year calculated. */
export function bornAfterYear(birthYear: number, year: number): CaseIssue {
  return {
    code: 'custom',
    path: ['person', 'birthYear'],
    input: birthYear,
    message: `must not be after ${year}, the year calculated`,
    params: { reason: 'tooLarge', max: year },
  };
}
