import { describe, expect, it } from 'vitest';
import { calculate } from '../../functions/core/calculate.ts';
import { BENEFITS, STATUSES } from '../../functions/core/result.ts';
import { loadReferenceCases } from '../../rules/reference-cases.ts';
import { ruleSet } from '../helpers.ts';

const { cases, problems } = loadReferenceCases();

/** The first day, mid-year and the last day of every year the rules cover, and a month beyond the verified date. */
function dates(): string[] {
  const first = Number(ruleSet.validFrom.slice(0, 4));
  const last = Number(ruleSet.verifiedUntil.slice(0, 4));
  const list: string[] = [];
  for (let year = first; year <= last; year += 1) list.push(`${year}-01-01`, `${year}-06-15`, `${year}-12-31`);
  return [...list, `${last + 1}-02-15`];
}

describe('the reference cases (test/reference-cases/)', () => {
  it('are valid calculation requests, a dozen or more', () => {
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('together cover every benefit and every status the engine has', () => {
    const benefits = new Set<string>();
    const statuses = new Set<string>();
    for (const c of cases) {
      for (const scenario of calculate(ruleSet, { ...c.request, date: '2026-03-10' }).scenarios) {
        for (const b of scenario.benefits) {
          benefits.add(b.benefit);
          statuses.add(b.status);
        }
      }
    }
    expect([...benefits].sort()).toEqual([...BENEFITS].sort());
    expect([...statuses].sort()).toEqual([...STATUSES].sort());
  });

  describe.each(dates())('on %s', (date) => {
    it.each(cases.map((c) => [c.id, c] as const))('%s computes', (_id, c) => {
      const result = calculate(ruleSet, { ...c.request, date });
      expect(result.scenarios).toHaveLength(c.request.scenarios.length);
      for (const scenario of result.scenarios) {
        expect(scenario.benefits.length).toBeGreaterThan(0);
        for (const b of scenario.benefits) {
          expect(STATUSES).toContain(b.status);
          expect(b.monthlyAmount).toMatch(/^\d+\.\d{2}$/);
        }
        expect(scenario.totals.grossIncome).toMatch(/^\d+\.\d{2}$/);
      }
      expect(result.ruleSet.warnings.some((w) => w.code === 'beyondVerifiedDate')).toBe(date > ruleSet.verifiedUntil);
    });
  });
});
