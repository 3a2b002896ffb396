import { afterAll, describe, expect, it } from 'vitest';
import { entryAt, latestChange } from '../../functions/core/ruleset.ts';
import { loadRuleSet } from '../../rules/load.ts';
import { END_OF_2026, rulesAsOf } from './fixtures.ts';

const copy = rulesAsOf(END_OF_2026);
const ruleSet = loadRuleSet(copy.dir);
afterAll(() => copy.remove());

describe('what the rules page shows: the verified date and the latest change', () => {
  it('the rule set says up to which day it is verified', () => {
    expect(ruleSet.verifiedUntil).toBe('2026-12-31');
  });

  it('the latest change is the latest date on which values took effect, with each entry and the one it replaced', () => {
    const change = latestChange(ruleSet)!;
    expect(change.date).toBe('2026-01-01');
    const limit = change.changes.find((c) => c.parameter === 'minimumEarningsLimit')!;
    expect(limit).toMatchObject({
      file: 'earnings-limits.yaml',
      valueChanged: true,
      before: { from: '2025-01-01', value: '986.30' },
      after: { from: '2026-01-01', value: '990.90' },
    });
    expect(change.changes.find((c) => c.parameter === 'sicknessAllowanceMinimumDaily')).toMatchObject({ valueChanged: false });
    expect(change.changes.map((c) => c.parameter)).not.toContain('restMinimumMonths');
  });

  it('as of a date, the latest change on or before it; none before the first change', () => {
    expect(latestChange(ruleSet, '2025-06-30')?.date).toBe('2025-01-01');
    expect(latestChange(ruleSet, '2023-12-31')).toBeNull();
  });

  it('entryAt reads the entry in force on a date, and nothing before the first', () => {
    const parameter = ruleSet.parameters.nationalPensionFullSingle!;
    expect(entryAt(parameter, '2024-12-31')?.value).toBe('775.70');
    expect(entryAt(parameter, '2022-12-31')).toBeUndefined();
  });
});
