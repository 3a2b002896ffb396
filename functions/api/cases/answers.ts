import * as z from 'zod';
import { BENEFITS } from '#core/result.ts';
import { DIGEST_FIELDS, type RuleSetCheck } from './outcome.ts';

/**
 * What the case and share routes answer, as zod schemas: the source of their part of the OpenAPI document
 * (openapi-schemas.ts) and of the answers' types. The handlers never load this module (only its types).
 */

const Timestamp = z.string().meta({ description: 'A moment, ISO 8601 in UTC, e.g. 2026-03-01T10:00:00.000Z' });

/** The saved calculation input: a CalculationRequest (the OpenAPI document refers to that schema). */
export const SavedInput = z.record(z.string(), z.unknown());

export const ShareLink = z.object({
  token: z.string().meta({ description: 'Unguessable (256 bits); whoever has it can read the case until expiresAt' }),
  path: z
    .string()
    .meta({ description: 'Where the web app opens the link, on the site origin: /#share=<token> (a fragment: never sent to any server)' }),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});
export type ShareLink = z.output<typeof ShareLink>;

export const RuleSetCheckResponse = z
  .object({
    savedWith: z.string().meta({ description: 'The rule set version the case was saved with' }),
    current: z.string().meta({ description: 'The rule set version in use now' }),
    outcomeChanged: z
      .boolean()
      .nullable()
      .meta({ description: 'Whether any outcome differs under the current rules; null when it could not be compared (see reason)' }),
    changes: z.array(
      z.object({
        scenarioId: z.string(),
        benefit: z.enum(BENEFITS).nullable().meta({ description: 'null for the scenario’s gross or net income, or the scenario itself' }),
        field: z.enum([...DIGEST_FIELDS, 'grossIncome', 'netIncome', 'presence']).meta({
          description:
            'presence: the benefit or scenario is in only one of the two outcomes · netIncome (since 1.3.0): the net income a month, compared for cases saved since then; saved/now null when there is no net figure',
        }),
        saved: z.string().nullable(),
        now: z.string().nullable(),
      }),
    ),
    reason: z.enum(['noSavedOutcome', 'notComputable']).optional(),
  })
  .nullable()
  .meta({ description: 'null when the case was saved under the rule set in use; otherwise what a newer rule set changes in its outcome' });
export type RuleSetCheckResponse = z.output<typeof RuleSetCheckResponse>;

export const CaseSummaryResponse = z.object({
  id: z.string(),
  label: z.string(),
  ruleSetVersion: z.string(),
  savedWithCurrentRules: z
    .boolean()
    .meta({ description: 'false when the case was saved under another rule set: opening it tells whether its outcome changes' }),
  outcomeChanged: z.boolean().nullable().optional().meta({
    description:
      'true when the case’s outcome (a status, a monthly amount, the max hours, the gross income or, for cases saved since API 1.3.0, the net income of any scenario) is different under the rules in use now than when it was saved: a rules update changed it. false when it is the same (always so for a case saved under the current rules); null when it could not be compared (saved without an outcome, or its input cannot be computed now). Opening the case lists the changes (ruleSetCheck). Always sent since API 1.2.0.',
  }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.int().meta({ description: 'Send it back when saving or deleting (optimistic locking)' }),
  expiresAt: Timestamp.meta({ description: 'The case is deleted then unless it is saved again (each save moves it forward)' }),
});
export type CaseSummaryResponse = z.output<typeof CaseSummaryResponse>;

export const CaseListResponse = z.object({
  cases: z.array(CaseSummaryResponse),
  nextCursor: z.string().nullable().meta({ description: 'Send it back as ?cursor= for the next page; null on the last page' }),
});
export type CaseListResponse = z.output<typeof CaseListResponse>;

/** The saved plan: start and months as saved (the OpenAPI document refers to the request's schema). */
const SavedPlan = z
  .record(z.string(), z.unknown())
  .nullable()
  .meta({ description: 'The plan over time saved with the case (start and months, as POST /v1/timelines takes them); null when none' });

export const CaseResponse = CaseSummaryResponse.extend({
  input: SavedInput,
  plan: SavedPlan,
  shares: z.array(ShareLink).meta({ description: 'The share links that still work' }),
  ruleSetCheck: RuleSetCheckResponse,
});
export type CaseResponse = z.output<typeof CaseResponse>;

export const SharedCaseResponse = z.object({
  label: z.string(),
  input: SavedInput,
  plan: SavedPlan,
  ruleSetVersion: z.string(),
  updatedAt: Timestamp,
  expiresAt: Timestamp.meta({ description: 'When this link stops working' }),
  ruleSetCheck: RuleSetCheckResponse,
});
export type SharedCaseResponse = z.output<typeof SharedCaseResponse>;

export const LimitResponse = z.object({
  error: z.string(),
  reason: z.enum(['caseLimit', 'shareLimit']),
  limit: z.int().meta({ description: 'How many cases (caseLimit) or working share links (shareLimit) one coach may have' }),
});

export const ConflictResponse = z.object({
  error: z.string(),
  currentVersion: z.int().meta({ description: 'The version now saved: reload the case to see it' }),
});

// ── drift guard: the comparison's type and its schema describe the same JSON ──────────────────────────
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function assertSame<T extends true>(): T | undefined {
  return undefined;
}
assertSame<Same<RuleSetCheckResponse, RuleSetCheck | null>>();
