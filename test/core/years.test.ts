import { describe, expect, it } from 'vitest';
import { CalculationRequest, calculate, RuleDateError } from '../../functions/core/index.ts';
import { earning, monthAfterVerified, outcomeOf, ruleSet, run } from '../helpers.ts';

// The euro minimum and the full national pension of every year the rule set covers.
const years = [
  { year: 2023, minimum: '922.42', oneCentOver: '922.43', nationalPension: '732.67', guarantee: '189.75' },
  { year: 2024, minimum: '976.59', oneCentOver: '976.60', nationalPension: '775.70', guarantee: '200.89' },
  { year: 2025, minimum: '986.30', oneCentOver: '986.31', nationalPension: '783.41', guarantee: '202.89' },
  { year: 2026, minimum: '990.90', oneCentOver: '990.91', nationalPension: '787.07', guarantee: '203.83' },
];

function both(date: string, monthlyEarnings: string) {
  return run({
    date,
    household: { livingWithPartner: false },
    benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '0' }, kelaPension: { fixedTerm: false } },
    scenarios: earning(monthlyEarnings),
  });
}

describe.each(years)('$year', ({ year, minimum, oneCentOver, nationalPension, guarantee }) => {
  it(`exactly at the euro minimum ${minimum} € every pension continues`, () => {
    const result = both(`${year}-06-15`, minimum);
    expect(outcomeOf(result, 'earningsRelatedPension').status).toBe('continues');
    expect(outcomeOf(result, 'kelaPension').status).toBe('continues');
    expect(outcomeOf(result, 'kelaPension').earningsLimit).toBe(minimum);
  });

  it(`one cent over (${oneCentOver} €) the Kela pensions rest and the earnings-related one, with no figures given, too`, () => {
    const result = both(`${year}-06-15`, oneCentOver);
    expect(outcomeOf(result, 'earningsRelatedPension').status).toBe('suspended');
    expect(outcomeOf(result, 'kelaPension').status).toBe('suspended');
    expect(outcomeOf(result, 'guaranteePension').status).toBe('suspended');
  });

  it(`the full national pension is ${nationalPension} € and the guarantee pension tops up ${guarantee} €`, () => {
    const result = both(`${year}-01-01`, '0');
    expect(outcomeOf(result, 'kelaPension').monthlyAmount).toBe(nationalPension);
    expect(outcomeOf(result, 'guaranteePension').monthlyAmount).toBe(guarantee);
  });
});

describe('dates outside the verified rules', () => {
  it('a month after the verified date is computed with the latest values and warns', () => {
    const date = monthAfterVerified();
    const result = both(date, '0');
    expect(result.ruleSet.warnings.find((w) => w.code === 'beyondVerifiedDate')?.params).toEqual({
      date,
      verifiedUntil: ruleSet.verifiedUntil,
    });
    expect(outcomeOf(result, 'kelaPension').earningsLimit).toBe(outcomeOf(both(ruleSet.verifiedUntil, '0'), 'kelaPension').earningsLimit);
  });

  it('the last verified day carries no such warning', () => {
    expect(both(ruleSet.verifiedUntil, '0').ruleSet.warnings.map((w) => w.code)).not.toContain('beyondVerifiedDate');
  });

  it('a date before the rule set is refused, never answered with other years’ figures', () => {
    const request = CalculationRequest.parse({
      benefits: { kelaPension: { fixedTerm: false, monthlyAmount: '500' } },
      scenarios: earning('0'),
    });
    expect(() => calculate(ruleSet, { ...request, date: '2022-12-31' })).toThrow(RuleDateError);
  });

  it('every result is stamped with the rule set version and says which figures are not official', () => {
    const result = both('2026-06-15', '0');
    expect(result.ruleSet.version).toBe(`${ruleSet.label}+${ruleSet.hash.slice(0, 12)}`);
    const unofficial = result.ruleSet.warnings.find((w) => w.code === 'unofficialFigures');
    expect(String(unofficial?.params.parameters).split(',')).toContain('minimumEarningsLimit');
  });
});
