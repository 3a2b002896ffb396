import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginal, positive, scale } from '../../functions/core/brackets.ts';
import { cents, type Dec, dec, min, money, percentOf } from '../../functions/core/money.ts';
import { RuleReader } from '../../functions/core/rules.ts';
import { prepareAnnualTax } from '../../functions/core/tax/annual-tax.ts';
import { allocateCredit, creditUsed } from '../../functions/core/tax/credit.ts';
import { basicDeduction, pensionIncomeDeduction } from '../../functions/core/tax/deductions.ts';
import { yearRules } from '../../functions/core/tax/year-rules.ts';
import { fuzzRuns } from '../fuzz-runs.ts';
import { ruleSet } from '../helpers.ts';
import { income } from './tax-support.ts';

/**
 * The tax engine's prepared shortcuts (year-rules.ts, brackets.ts, annual-tax.ts) against the law's own wording,
 * written out here the long way: the shortcuts save operations on a chart of 401 points and must give the same
 * figure to the digit for every income.
 */

const euros = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));
const YEARS = [2024, 2025, 2026] as const;

describe('prepared tax rules', () => {
  it('a prepared scale gives marginal()’s figure for amounts in any order (its bracket hint never changes an answer)', () => {
    const scales = YEARS.flatMap((year) => {
      const rules = new RuleReader(ruleSet, `${year}-01-01`);
      return (['stateIncomeTaxScale', 'workIncomeCreditReduction'] as const).map((name) => rules.brackets(name));
    });
    fc.assert(
      fc.property(fc.constantFrom(...scales), fc.array(euros(200000), { minLength: 1, maxLength: 30 }), (brackets, amounts) => {
        const prepared = scale(brackets);
        for (const amount of amounts) expect(prepared(dec(amount)).toString(), amount).toBe(marginal(dec(amount), brackets).toString());
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('the scale of the state tax of 2026 at its limits and a cent over (the tax at each lower limit, as the scale act prints it)', () => {
    const brackets = new RuleReader(ruleSet, '2026-01-01').brackets('stateIncomeTaxScale');
    const state = scale(brackets);
    // Read down and up again, so that the bracket hint is tested both ways.
    const amounts = ['150000.01', '150000', '0.01', '0', '21200', '21200.01', '88200'];
    expect(amounts.map((a) => money(cents(state(dec(a)))))).toEqual(amounts.map((a) => money(cents(marginal(dec(a), brackets)))));
    expect(money(cents(state(dec('21200'))))).toBe('2679.68'); // 12.64 % of 21 200
  });

  it('the pension income deduction (TVL 100 §) and the basic deduction (TVL 106 §) as the law writes them', () => {
    const lawPensionIncome = (year: number, pensions: Dec, netEarned: Dec) => {
      const rules = new RuleReader(ruleSet, `${year}-01-01`);
      const full = yearRules(ruleSet, year, null).pensionIncome.full;
      const second = rules.number('pensionIncomeDeductionSecondThreshold');
      const first = percentOf(positive(min(netEarned, second).minus(full)), rules.number('pensionIncomeDeductionReductionPercent'));
      const other = percentOf(positive(netEarned.minus(second)), rules.number('pensionIncomeDeductionSecondPercent'));
      return pensions.isPositive() ? cents(min(pensions, positive(full.minus(first).minus(other)))) : dec(0);
    };
    const lawBasic = (year: number, left: Dec) => {
      const rules = new RuleReader(ruleSet, `${year}-01-01`);
      const maximum = rules.number('basicDeductionMaximum');
      if (left.lte(maximum)) return positive(left);
      return cents(positive(maximum.minus(percentOf(left.minus(maximum), rules.number('basicDeductionReductionPercent')))));
    };
    fc.assert(
      fc.property(fc.constantFrom(...YEARS), euros(60000), euros(120000), (year, pensions, netEarned) => {
        const rules = yearRules(ruleSet, year, null);
        const [p, n] = [dec(pensions), dec(netEarned)];
        expect(pensionIncomeDeduction(rules, p, n).toString()).toBe(lawPensionIncome(year, p, n).toString());
        expect(basicDeduction(rules, n).toString()).toBe(lawBasic(year, n).toString());
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('the credit used (TVL 125 §) is the credit less what the allocation leaves unused, at the state tax and a cent over', () => {
    const taxes = (state: string, municipal: string, church: string, medicalCare: string) => ({
      state: dec(state),
      municipal: dec(municipal),
      church: dec(church),
      medicalCare: dec(medicalCare),
    });
    // A credit of 1 000 € against a state tax of 1 000 €: all taken from it; a cent more goes to the other taxes.
    expect(money(creditUsed(dec('1000'), taxes('1000', '300', '20', '10')))).toBe('1000.00');
    expect(money(creditUsed(dec('1000.01'), taxes('1000', '300', '20', '10')))).toBe('1000.01');
    // More credit than every tax: the rest (70 €) is lost.
    expect(money(creditUsed(dec('400'), taxes('0', '300', '20', '10')))).toBe('330.00');
    fc.assert(
      fc.property(euros(5000), euros(5000), euros(10000), euros(500), euros(1000), (credit, state, municipal, church, medical) => {
        const t = taxes(state, municipal, church, medical);
        const unused = allocateCredit(dec(credit), t).unused;
        expect(creditUsed(dec(credit), t).toString()).toBe(dec(credit).minus(unused).toString());
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('withheld() is the full result’s total tax plus the employee contributions, for every kind of income and age', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2025, 2026),
        fc.constantFrom('none' as const, 'lutheran' as const, 'orthodox' as const),
        fc.option(fc.integer({ min: 1940, max: 2010 }), { nil: undefined }),
        fc.record({ wages: euros(120000), earningsRelatedPension: euros(60000), kelaPension: euros(12000), benefits: euros(30000) }),
        (year, church, birthYear, parts) => {
          const taxOf = prepareAnnualTax(ruleSet, {
            year,
            residence: { municipality: 'Tampere', church },
            ...(birthYear === undefined ? {} : { birthYear }),
          });
          const full = taxOf(income(parts));
          const { pension, unemploymentInsurance } = full.employeeContributions;
          expect(taxOf.withheld(income(parts)).toString()).toBe(full.totalTax.plus(pension).plus(unemploymentInsurance).toString());
          expect(full.net.toString()).toBe(full.gross.minus(taxOf.withheld(income(parts))).toString());
        },
      ),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
