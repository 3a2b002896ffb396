import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualTax, type TaxInput, type TaxResult } from '../../functions/core/tax/annual-tax.ts';
import { fuzzRuns } from '../fuzz-runs.ts';
import { ruleSet } from '../helpers.ts';
import { type IncomeKind, income } from './tax-support.ts';

/**
 * Properties of the tax over every year, income kind, municipality, church and age the rules hold: tax never
 * falls when one kind of income rises, and net income never exceeds gross income.
 */

const KINDS: IncomeKind[] = ['wages', 'earningsRelatedPension', 'kelaPension', 'benefits'];
const MUNICIPALITIES = Object.keys(ruleSet.parameters.municipalTaxRates!.values.at(-1)!.value);
const ALAND = ruleSet.parameters.alandMunicipalities!.values.at(-1)!.value as string[];
const MAINLAND = MUNICIPALITIES.filter((m) => !ALAND.includes(m));

const euros = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));

/** base + step as money is written (two decimals): a float sum such as 0.01 + 302.09 = 302.09999999999997 is no income anyone has. */
const plus = (base: string, step: string) => (Number(base) + Number(step)).toFixed(2);

const residenceArb = fc.record({
  municipality: fc.constantFrom(...MAINLAND),
  church: fc.constantFrom('none' as const, 'lutheran' as const, 'orthodox' as const),
});

const personArb = fc.record({
  year: fc.constantFrom(2025, 2026),
  residence: residenceArb,
  birthYear: fc.option(fc.integer({ min: 1950, max: 2010 }), { nil: undefined }),
});

function tax(person: { year: number; residence: TaxInput['residence']; birthYear: number | undefined }, parts: Record<string, string>) {
  const { birthYear, ...rest } = person;
  return annualTax(ruleSet, { ...rest, ...(birthYear === undefined ? {} : { birthYear }), income: income(parts) });
}

const withContributions = (r: TaxResult) =>
  r.totalTax.plus(r.employeeContributions.pension).plus(r.employeeContributions.unemploymentInsurance);

describe('tax properties', () => {
  it('tax (and tax with contributions) never falls when one kind of income, the only one, rises by a euro or more', () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom(...KINDS), euros(90000), euros(20000), (person, kind, base, step) => {
        fc.pre(Number(step) >= 1);
        const before = tax(person, { [kind]: base });
        const after = tax(person, { [kind]: plus(base, step) });
        expect(after.totalTax.gte(before.totalTax), `${kind} ${base} → +${step}`).toBe(true);
        expect(withContributions(after).gte(withContributions(before)), `${kind} ${base} → +${step}`).toBe(true);
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });

  it('with wages held fixed, tax never falls when a pension or a benefit rises', () => {
    // Not the other way round: a first euro of wages beside a pension lowers the tax (the 750 € deduction covers
    // it, its contributions are deductible and it earns the work income credit). That is the law, not a defect.
    fc.assert(
      fc.property(
        personArb,
        fc.constantFrom<IncomeKind>('earningsRelatedPension', 'kelaPension', 'benefits'),
        euros(60000),
        euros(20000),
        euros(40000),
        (person, kind, base, step, wages) => {
          fc.pre(Number(step) >= 1);
          const before = tax(person, { [kind]: base, wages });
          const after = tax(person, { [kind]: plus(base, step), wages });
          expect(after.totalTax.gte(before.totalTax), `${kind} ${base} → +${step} beside ${wages} of wages`).toBe(true);
        },
      ),
      { numRuns: fuzzRuns(2000) },
    );
  });

  it('net income never exceeds gross income, and tax is never negative', () => {
    fc.assert(
      fc.property(personArb, euros(120000), euros(60000), euros(20000), euros(60000), (person, wages, pension, kela, benefits) => {
        const r = tax(person, { wages, earningsRelatedPension: pension, kelaPension: kela, benefits });
        expect(r.totalTax.isNegative()).toBe(false);
        expect(r.net.lte(r.gross)).toBe(true);
        expect(r.taxableIncome.lte(r.netEarnedIncome)).toBe(true);
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
