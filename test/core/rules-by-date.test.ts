import { describe, expect, it } from 'vitest';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import { RuleReader, ruleValueOn } from '../../functions/core/rules.ts';
import { RuleDateError, type RuleSet, valueAt } from '../../functions/core/ruleset.ts';
import { ruleSet } from '../helpers.ts';

/**
 * The rule values in force on a date are looked up once per rule set and date (rules.ts), for every request on
 * that date. Only what the rule set says on a day is kept, never a request's answer: these cases show that the
 * kept values are the rule set's, on either side of a change, for each rule set, and that answers do not change.
 */

const CASE = {
  household: { livingWithPartner: false },
  benefits: {
    earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00', stabilisedEarnings: '3000.00' },
    kelaPension: { fixedTerm: false },
  },
  tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: '25' },
  scenarios: [
    { id: 'none', monthlyEarnings: '0' },
    { id: 'h10', hoursPerWeek: '10', hourlyWage: '13.50' },
  ],
} as const;

describe('rule values kept by date', () => {
  it('2025-12-31 and 2026-01-01 each get their own minimum earnings limit (986.30 € and 990.90 €), asked in any order', () => {
    for (const date of ['2025-12-31', '2026-01-01', '2025-12-31', '2026-01-01']) {
      const expected = date === '2025-12-31' ? '986.30' : '990.90';
      expect(ruleValueOn(ruleSet, 'minimumEarningsLimit', date).value).toBe(expected);
      expect(new RuleReader(ruleSet, date).number('minimumEarningsLimit').toFixed(2)).toBe(expected);
    }
    expect(ruleValueOn(ruleSet, 'minimumEarningsLimit', '2025-12-31').validFrom).toBe('2025-01-01');
    expect(ruleValueOn(ruleSet, 'minimumEarningsLimit', '2026-01-01').validFrom).toBe('2026-01-01');
  });

  it('is what valueAt says, shared and frozen: no reader can change what another reads', () => {
    const kept = ruleValueOn(ruleSet, 'guaranteePensionFull', '2026-03-01');
    expect(kept).toEqual(valueAt(ruleSet, 'guaranteePensionFull', '2026-03-01'));
    expect(ruleValueOn(ruleSet, 'guaranteePensionFull', '2026-03-01')).toBe(kept);
    expect(Object.isFrozen(kept)).toBe(true);
    expect(() => {
      (kept as { value: unknown }).value = '1';
    }).toThrow(TypeError);
    expect(ruleValueOn(ruleSet, 'guaranteePensionFull', '2026-03-01').value).toBe('990.90');
  });

  it('is kept per rule set: another rule set with the same names and dates gets its own value', () => {
    const changed: RuleSet = structuredClone(ruleSet);
    const values = changed.parameters.minimumEarningsLimit!.values;
    values[values.length - 1] = { ...values.at(-1)!, value: '1000.00' };
    expect(ruleValueOn(ruleSet, 'minimumEarningsLimit', '2026-06-01').value).toBe('990.90');
    expect(ruleValueOn(changed, 'minimumEarningsLimit', '2026-06-01').value).toBe('1000.00');
    expect(ruleValueOn(ruleSet, 'minimumEarningsLimit', '2026-06-01').value).toBe('990.90');
  });

  it('a date before the rule set is refused each time it is asked (a refusal is not kept as a value)', () => {
    for (let i = 0; i < 2; i += 1) expect(() => ruleValueOn(ruleSet, 'minimumEarningsLimit', '2022-12-31')).toThrow(RuleDateError);
  });

  it('more dates than are kept (a long-lived server) still read each date’s own values', () => {
    const days = Array.from({ length: 600 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    for (const day of [...days, ...days.slice(0, 50)]) {
      expect(ruleValueOn(ruleSet, 'minimumEarningsLimit', day).value).toBe(valueAt(ruleSet, 'minimumEarningsLimit', day).value);
    }
  });

  it('answers on either side of the change are the same as with a rule set read for the first time', () => {
    for (const date of ['2025-12-31', '2026-01-01']) {
      const request = { ...CalculationRequest.parse(CASE), date };
      const fresh = calculate(structuredClone(ruleSet), request);
      expect(calculate(ruleSet, request)).toEqual(fresh);
      expect(calculate(ruleSet, request)).toEqual(fresh);
    }
    const [before, after] = ['2025-12-31', '2026-01-01'].map((date) => calculate(ruleSet, { ...CalculationRequest.parse(CASE), date }));
    expect(before!.sources.minimumEarningsLimit!.value).toBe('986.30');
    expect(after!.sources.minimumEarningsLimit!.value).toBe('990.90');
  });
});
