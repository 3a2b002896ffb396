import { describe, expect, it } from 'vitest';
import { calculationJson } from '../../functions/api/http/result-json.ts';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import type { RuleSet } from '../../functions/core/ruleset.ts';
import { ruleSet } from '../helpers.ts';

const CASE = {
  household: { livingWithPartner: false },
  benefits: {
    earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00', stabilisedEarnings: '3000.00' },
    kelaPension: { fixedTerm: false },
  },
  tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: '25' },
  scenarios: [
    { id: 'none', monthlyEarnings: '0' },
    { id: 'h10', hoursPerWeek: '10', hourlyWage: '13.50', label: 'Kahvila – aamuvuoro' },
  ],
} as const;

const resultOn = (date: string, rules: RuleSet = ruleSet) => calculate(rules, { ...CalculationRequest.parse(CASE), date });

describe('a calculation’s answer as JSON text', () => {
  it('is the same JSON as JSON.stringify gives, in the same key order', () => {
    const result = resultOn('2026-03-01');
    const text = calculationJson(result);
    expect(JSON.parse(text)).toEqual(result);
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(result));
  });

  it('holds only Latin-1 characters: the rules’ “–” and a user’s label are \\u escapes, “ä” and “§” stay', () => {
    const text = calculationJson(resultOn('2026-03-01'));
    expect(text).not.toMatch(/[\u0100-\uffff]/);
    expect(text).toContain('\\u2013');
    expect(text).toContain('Kahvila \\u2013 aamuvuoro');
    expect(text).toMatch(/[ä§]/);
  });

  it('keeps each source by its date: answers for two years each carry their own values, however often asked', () => {
    for (const date of ['2025-03-01', '2026-03-01', '2025-03-01', '2026-03-01']) {
      const result = resultOn(date);
      expect(JSON.parse(calculationJson(result))).toEqual(result);
    }
    const [y2025, y2026] = ['2025-03-01', '2026-03-01'].map((d) => JSON.parse(calculationJson(resultOn(d))).sources.minimumEarningsLimit);
    expect(y2025.value).not.toBe(y2026.value);
  });

  it('never takes a source of another rule set, even one with the same names and dates', () => {
    const before = calculationJson(resultOn('2026-03-01'));
    const changed = structuredClone(ruleSet);
    const entry = changed.parameters.minimumEarningsLimit!.values.at(-1)!;
    changed.parameters.minimumEarningsLimit!.values[changed.parameters.minimumEarningsLimit!.values.length - 1] = {
      ...entry,
      source: 'https://example.test/another-source',
    };
    const result = resultOn('2026-03-01', changed);
    const text = calculationJson(result);
    expect(JSON.parse(text)).toEqual(result);
    expect(JSON.parse(text).sources.minimumEarningsLimit.source).toBe('https://example.test/another-source');
    expect(JSON.parse(before).sources.minimumEarningsLimit.source).not.toBe('https://example.test/another-source');
  });
});
