import { describe, expect, it } from 'vitest';
import { inForceBefore, inForceOn, latestFrom } from '../../functions/core/dated.ts';

// The national pension index as written in rules/indexes.yaml, with the 1 August 2022 rise of the older rules.
const index = [
  { from: '2022-01-01', value: '1674' },
  { from: '2022-08-01', value: '1733' },
  { from: '2023-01-01', value: '1805' },
];

describe('the value in force on a date (one helper for the engine, the rule commands, the API and the web app)', () => {
  const cases = [
    { name: 'on the day a value takes effect, that value', date: '2022-08-01', value: '1733' },
    { name: 'on the day before, the previous value', date: '2022-07-31', value: '1674' },
    { name: 'long after the last entry, the last value', date: '2027-06-01', value: '1805' },
    { name: 'before the first entry, nothing', date: '2021-12-31', value: undefined },
  ];
  it.each(cases)('$name', ({ date, value }) => {
    expect(inForceOn(index, date)?.value).toBe(value);
  });

  it('in force the day before a date: the last entry dated before it', () => {
    expect(inForceBefore(index, '2023-01-01')?.value).toBe('1733');
    expect(inForceBefore(index, '2023-01-02')?.value).toBe('1805');
    expect(inForceBefore(index, '2022-01-01')).toBeUndefined();
  });

  it('the latest date on which any history changes, after the first day and up to a date', () => {
    const other = [{ from: '2022-01-01' }, { from: '2024-01-01' }];
    expect(latestFrom([index, other], '2022-01-01')).toBe('2024-01-01');
    expect(latestFrom([index, other], '2022-01-01', '2023-12-31')).toBe('2023-01-01');
    expect(latestFrom([index, other], '2022-01-01', '2022-07-31')).toBeNull();
  });
});
