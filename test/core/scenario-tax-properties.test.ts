import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalculationRequestInput, ScenarioResult } from '../../functions/core/index.ts';
import { dec } from '../../functions/core/money.ts';
import { fuzzRuns } from '../fuzz-runs.ts';
import { ruleSet, run } from '../helpers.ts';

/**
 * Properties of the scenario tax over the whole calculation, for every mainland municipality, church, age and year
 * with tax rules and rates: net income never exceeds gross income and its parts add up; and within one kind of
 * income (wages, an earnings-related pension, a sickness allowance) the tax never falls as that income rises.
 */

const MUNICIPALITIES = Object.keys(ruleSet.parameters.municipalTaxRates!.values.at(-1)!.value);
const ALAND = ruleSet.parameters.alandMunicipalities!.values.at(-1)!.value as string[];
const MAINLAND = MUNICIPALITIES.filter((m) => !ALAND.includes(m));

const euros = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));

// A church is named only for a member (the API refuses it otherwise).
const taxArb = fc.oneof(
  fc.record({ municipality: fc.constantFrom(...MAINLAND), churchMember: fc.constant(false) }),
  fc.record({
    municipality: fc.constantFrom(...MAINLAND),
    churchMember: fc.constant(true),
    church: fc.constantFrom('lutheran' as const, 'orthodox' as const),
  }),
);
const personArb = fc.option(fc.record({ birthYear: fc.integer({ min: 1950, max: 2005 }) }), { nil: undefined });
const dateArb = fc.constantFrom('2025-03-01', '2025-10-01', '2026-01-01', '2026-06-01');

const benefitsArb = fc.oneof(
  fc.record({
    earningsRelatedPension: fc.record({
      type: fc.constantFrom('full' as const, 'partial' as const),
      fixedTerm: fc.boolean(),
      monthlyAmount: euros(4000),
      stabilisedEarnings: euros(6000).filter((x) => Number(x) > 0),
    }),
    kelaPension: fc.record({ fixedTerm: fc.boolean(), receivesCareAllowance: fc.boolean() }),
  }),
  fc.record({
    sicknessAllowance: fc.record({ dailyAmount: euros(300).filter((x) => Number(x) > 0), fullTimeHoursPerWeek: fc.constant('37.5') }),
  }),
);

const scenariosArb = fc.array(
  fc.oneof(
    fc.record({
      hoursPerWeek: fc.integer({ min: 0, max: 800 }).map((h) => (h / 10).toFixed(1)),
      hourlyWage: euros(60).filter((x) => Number(x) > 0),
    }),
    fc.record({ monthlyEarnings: euros(9000) }),
  ),
  { minLength: 1, maxLength: 4 },
);

type Request = CalculationRequestInput & { date: string };

describe('scenario tax properties', () => {
  it('net never exceeds gross; gross − monthly tax − contributions is the net, the one figure the totals show', () => {
    fc.assert(
      fc.property(dateArb, benefitsArb, taxArb, personArb, scenariosArb, (date, benefits, tax, person, work) => {
        const request = {
          date,
          household: { livingWithPartner: false },
          benefits,
          tax,
          ...(person ? { person } : {}),
          scenarios: work.map((w, i) => ({ id: `s${i}`, ...w })),
        } as Request;
        for (const s of run(request).scenarios) {
          const t = s.tax!;
          expect(s.totals.netMethod).toBe('taxRules');
          expect(s.totals.netIncome).toBe(t.monthlyNet);
          expect(dec(t.monthlyNet).lte(dec(s.totals.grossIncome))).toBe(true);
          expect(dec(s.totals.grossIncome).minus(t.monthlyTax).minus(t.monthlyEmployeeContributions).toFixed(2)).toBe(t.monthlyNet);
          expect(dec(t.annualTaxes.total).isNegative()).toBe(false);
        }
      }),
      { numRuns: fuzzRuns(500) },
    );
  });

  /** Each kind with the most its amount may be (a sickness allowance is a daily amount, at most 2 000 €). */
  const kinds: { name: string; max: number; request: (amount: string) => Omit<Request, 'date' | 'tax'> }[] = [
    {
      name: 'wages',
      max: 6000,
      request: (amount) => ({
        benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '0' } },
        scenarios: [{ id: 's', monthlyEarnings: amount }],
      }),
    },
    {
      name: 'an earnings-related pension',
      max: 6000,
      request: (amount) => ({
        benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: amount } },
        scenarios: [{ id: 's', monthlyEarnings: '0' }],
      }),
    },
    {
      name: 'a sickness allowance',
      max: 900,
      request: (amount) => ({ benefits: { sicknessAllowance: { dailyAmount: amount } }, scenarios: [{ id: 's', monthlyEarnings: '0' }] }),
    },
  ];

  it.each(kinds)(
    'within one kind of income, $name: the tax (and tax with contributions) never falls as it rises by a euro or more',
    ({ max, request }) => {
      const withContributions = (s: ScenarioResult) => dec(s.tax!.annualTaxes.total).plus(s.tax!.annualEmployeeContributions.total);
      fc.assert(
        fc.property(dateArb, taxArb, personArb, euros(max), euros(max), (date, tax, person, base, step) => {
          fc.pre(Number(step) >= 1 && Number(base) > 0);
          const at = (amount: string) => run({ date, tax, ...(person ? { person } : {}), ...request(amount) } as Request).scenarios[0]!;
          const before = at(base);
          const after = at((Number(base) + Number(step)).toFixed(2));
          expect(dec(after.tax!.annualTaxes.total).gte(before.tax!.annualTaxes.total), `${base} → +${step}`).toBe(true);
          expect(withContributions(after).gte(withContributions(before)), `${base} → +${step}`).toBe(true);
        }),
        { numRuns: fuzzRuns(500) },
      );
    },
  );
});
