import { describe, expect, it } from 'vitest';
import { EXPLANATION_CODES, type CalculationResult } from '../../functions/core/index.ts';
import { monthAfterVerified, run } from '../helpers.ts';

function allCodes(result: CalculationResult): string[] {
  return [
    ...result.ruleSet.warnings.map((w) => w.code),
    ...result.scenarios.flatMap((s) => [...s.explanations.map((e) => e.code), ...s.benefits.flatMap((b) => b.explanations.map((e) => e.code))]),
  ];
}

const hours = (id: string, hoursPerWeek: string, hourlyWage = '15') => ({ id, hoursPerWeek, hourlyWage });

/** A handful of cases that between them reach every explanation the web app must be able to word. */
const results = () => [
  run({
    date: monthAfterVerified(),
    household: { livingWithPartner: true },
    benefits: {
      earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900', stabilisedEarnings: '3000' },
      kelaPension: { fixedTerm: false, receivesCareAllowance: true },
      sicknessAllowance: { annualIncome: '10000', fullTimeHoursPerWeek: '37.5' },
    },
    tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: '10' },
    scenarios: [hours('none', '0'), hours('band', '18'), hours('some', '10'), hours('over60', '30'), { id: 'monthly', monthlyEarnings: '1500' }],
  }),
  run({
    date: '2026-03-01',
    benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1625' }, kelaPension: { fixedTerm: true } , sicknessAllowance: { dailyAmount: '60' } },
    household: { livingWithPartner: false },
    tax: { wageWithholdingPercent: '20' },
    scenarios: [hours('x', '10')],
  }),
  run({
    date: '2026-03-01',
    benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '450' }, kelaPension: { fixedTerm: false } , sicknessAllowance: { dailyAmount: '60', fullTimeHoursPerWeek: '20' } },
    household: { livingWithPartner: false },
    scenarios: [hours('x', '10')],
  }),
  run({ date: '2026-03-01', benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900', earningsLimit: '990.90' } }, scenarios: [hours('x', '10')] }),
  run({ date: '2026-03-01', benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900' }, kelaPension: { fixedTerm: false, monthlyAmount: '300', guaranteePension: '20' } }, scenarios: [hours('x', '10')] }),
  run({ date: '2026-03-01', benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '331.12' }, kelaPension: { fixedTerm: false } }, household: { livingWithPartner: false }, scenarios: [hours('x', '0')] }),
  run({ date: '2026-03-01', benefits: { sicknessAllowance: { dailyAmount: '60' } }, scenarios: [hours('x', '10')] }),
  run({ date: '2026-03-01', benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900', stabilisedEarnings: '2000' } }, scenarios: [hours('x', '10')] }),
];

describe('explanation codes', () => {
  it('every code the engine declares is reached by some case, so none is dead or untranslated by accident', () => {
    const reached = new Set(results().flatMap(allCodes));
    expect(EXPLANATION_CODES.filter((code) => !reached.has(code))).toEqual([]);
  });

  it('every explanation has a severity and only string, number or boolean parameters', () => {
    for (const result of results()) {
      for (const s of result.scenarios) {
        for (const e of [...s.explanations, ...s.benefits.flatMap((b) => b.explanations)]) {
          expect(['info', 'warning']).toContain(e.severity);
          for (const v of Object.values(e.params)) expect(['string', 'number', 'boolean']).toContain(typeof v);
        }
      }
    }
  });
});
