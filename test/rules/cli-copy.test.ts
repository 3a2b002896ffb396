import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copy } from '../../rules/commands/copy.ts';
import { RULES_DIR, readRules } from '../../rules/load.ts';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function copyUntil(until: string) {
  folder = mkdtempSync(join(tmpdir(), 'rules-copy-'));
  const to = join(folder, 'rules');
  return { result: copy({ dir: RULES_DIR, to, until }), read: readRules(to) };
}

const dates = (read: ReturnType<typeof readRules>, name: string) => read.parameters[name]!.entries.map((e) => e.from);

describe('rules copy --until', () => {
  it('leaves out every value dated after the day, and moves verifiedUntil back to it', () => {
    const { result, read } = copyUntil('2025-12-31');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("verifiedUntil set to 2025-12-31 in the copy's ruleset.yaml.");
    expect(read.problems).toEqual([]);
    expect(read.header!.verifiedUntil).toBe('2025-12-31');
    expect(dates(read, 'nationalPensionIndex').at(-1)).toBe('2025-01-01');
    expect(dates(read, 'municipalTaxRates')).toEqual(['2025-01-01']);
    expect(result.stdout).not.toContain('starts on');
  });

  it('keeps the first values of a file whose rules start after the day, so that the copy still reads', () => {
    const { result, read } = copyUntil('2024-12-31');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('municipal-tax-rates.yaml starts on 2025-01-01, after 2024-12-31: its values from that day are kept.');
    expect(read.problems).toEqual([]);
    expect(dates(read, 'municipalTaxRates')).toEqual(['2025-01-01']);
    expect(dates(read, 'alandMunicipalities')).toEqual(['2025-01-01']);
    // Every other file stops on the day: tax.yaml (from 2023) keeps 2023 and 2024.
    expect(dates(read, 'basicDeductionMaximum')).toEqual(['2023-01-01', '2024-01-01']);
    expect(dates(read, 'nationalPensionIndex').at(-1)).toBe('2024-01-01');
  });
});
