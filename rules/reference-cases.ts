import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { CalculationRequest } from '../functions/core/request.ts';
import { REPO_ROOT } from './format.ts';

/**
 * The reference cases: realistic clients, one JSON file each in test/reference-cases/, run by
 * `rules impact` under the old and the new figures and, in the tests, under every year's figures.
 * A case is a calculation request without its date: the command or the test supplies the date.
 */
export const REFERENCE_CASES_DIR = join(REPO_ROOT, 'test', 'reference-cases');

const CaseFile = z.strictObject({
  title: z.string().min(1, 'must say in a line who the client is'),
  notes: z.string().optional(),
  request: z.record(z.string(), z.unknown()),
});

export interface ReferenceCase {
  /** The file name without .json. */
  id: string;
  title: string;
  request: CalculationRequest;
}

export function loadReferenceCases(dir: string = REFERENCE_CASES_DIR): { cases: ReferenceCase[]; problems: string[] } {
  const cases: ReferenceCase[] = [];
  const problems: string[] = [];
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    return { cases, problems: [`${dir}: ${(error as Error).message}`] };
  }
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not readable JSON: ${(error as Error).message}`);
      continue;
    }
    const shape = CaseFile.safeParse(raw);
    if (!shape.success) {
      for (const issue of shape.error.issues) problems.push(`${file}: ${issue.path.join(' › ')}: ${issue.message}`);
      continue;
    }
    if ('date' in shape.data.request) {
      problems.push(`${file}: request › date: leave the date out; the command supplies it`);
      continue;
    }
    const request = CalculationRequest.safeParse(shape.data.request);
    if (!request.success) {
      for (const issue of request.error.issues) problems.push(`${file}: request › ${issue.path.join(' › ')}: ${issue.message}`);
      continue;
    }
    cases.push({ id: file.replace(/\.json$/, ''), title: shape.data.title, request: request.data });
  }
  if (files.length === 0) problems.push(`${dir}: no reference cases (*.json)`);
  return { cases, problems };
}
