import type { CalculationResult, ScenarioResult } from '#core/result.ts';

/**
 * Which result each option's column shows (the table is on the first paint; the rows of its figures,
 * results.ts, come with the results).
 */

export interface ResultColumn {
  id: string;
  /** The option's result, or null when there is none to show (yet). */
  result: ScenarioResult | null;
  /** The result is for figures that have changed since: shown, marked as out of date. */
  stale: boolean;
}

/**
 * Which result each option's column shows. An option that is calculated shows its result (its last one,
 * marked, until the new one is in); an option that cannot be calculated now keeps its last result, marked
 * as out of date, while one of its fields is being typed in (any field, when the case itself cannot be
 * calculated), and shows none once the field is left.
 */
export function resultColumns(
  scenarios: readonly { id: string }[],
  result: CalculationResult | null,
  kept: Readonly<Record<string, ScenarioResult>>,
  request: { scenarios: readonly { id: string }[] } | null,
  editing: string | null,
): ResultColumn[] {
  const calculated = new Set(request?.scenarios.map((s) => s.id) ?? []);
  return scenarios.map(({ id }) => {
    const latest = result?.scenarios.find((s) => s.id === id) ?? null;
    if (calculated.has(id)) {
      const last = latest ?? kept[id] ?? null;
      return { id, result: last, stale: latest === null && last !== null };
    }
    const typing = editing !== null && (request === null || editing.startsWith(`scenario-${id}-`));
    const last = typing ? (kept[id] ?? latest) : null;
    return { id, result: last, stale: last !== null };
  });
}

/** The result as the columns show it: their results, in the options' order. */
export function columnsResult(result: CalculationResult, columns: readonly ResultColumn[]): CalculationResult {
  return { ...result, scenarios: columns.flatMap((c) => (c.result ? [c.result] : [])) };
}
