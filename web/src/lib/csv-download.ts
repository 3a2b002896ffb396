import type { CalculationResult, Status, TimelineResult } from '#core/result.ts';
import { i18n } from '../i18n/index.svelte.ts';
import { loadTimelineTexts } from '../i18n/timeline/load.ts';
import type { TimelineMessages } from '../i18n/timeline/types.ts';
import { type CsvWords, comparisonCsv, csvFileName, downloadCsv, timelineCsv } from './csv.ts';

/**
 * The CSV downloads with their words in the language in use (the header words come with the timeline's
 * texts): loaded on the first click. Each returns what to announce ("Downloaded …").
 */

async function words(): Promise<{ w: CsvWords; t: TimelineMessages }> {
  const t = await loadTimelineTexts(i18n.lang);
  const m = i18n.m;
  const statuses = Object.fromEntries(Object.entries(m.status).map(([k, v]) => [k, v.label])) as Record<Status, string>;
  return { w: { ...t.columns, names: m.benefits, statuses }, t };
}

/** The comparison, one row per option (`names` as the options are shown). */
export async function downloadComparison(result: CalculationResult, names: string[], made: string): Promise<string> {
  const { w, t } = await words();
  const file = csvFileName(t.csv.fileComparison, made);
  downloadCsv(comparisonCsv(result, names, w, made), file);
  return t.csv.done({ file });
}

/** The timeline, one row per month and per year. */
export async function downloadTimeline(result: TimelineResult, made: string): Promise<string> {
  const { w, t } = await words();
  const file = csvFileName(t.csv.fileTimeline, made);
  downloadCsv(timelineCsv(result, w, made), file);
  return t.csv.done({ file });
}
