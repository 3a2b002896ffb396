import { describe, expect, it } from 'vitest';
import { codes, earning, outcomeOf, run } from '../helpers.ts';

type Pension = {
  type: 'full' | 'partial';
  fixedTerm?: boolean;
  monthlyAmount?: string;
  stabilisedEarnings?: string;
  earningsLimit?: string;
};

function pensionAt(date: string, pension: Pension, monthlyEarnings: string) {
  const result = run({
    date,
    benefits: { earningsRelatedPension: { fixedTerm: false, monthlyAmount: '900.00', ...pension } },
    scenarios: earning(monthlyEarnings),
  });
  return outcomeOf(result, 'earningsRelatedPension');
}

// 2026: euro minimum 990.90 €/month (738/2009 § 3), 40 % / 60 % of stabilised earnings.
describe('earnings-related disability pension and rehabilitation subsidy (738/2009 §§ 3–4, TyEL 47 §)', () => {
  const cases: {
    name: string;
    pension: Pension;
    earnings: string;
    status: string;
    amount: string;
    limit: string;
    suspensionLimit: string | null;
    headroom: string;
    code: string;
  }[] = [
    {
      name: 'no decision figures: exactly at the euro minimum the full pension continues',
      pension: { type: 'full' },
      earnings: '990.90',
      status: 'continues',
      amount: '900.00',
      limit: '990.90',
      suspensionLimit: '990.90',
      headroom: '0.00',
      code: 'limitUnknownUsingMinimum',
    },
    {
      name: 'no decision figures: one cent over the euro minimum is read cautiously as a rest',
      pension: { type: 'full' },
      earnings: '990.91',
      status: 'suspended',
      amount: '0.00',
      limit: '990.90',
      suspensionLimit: '990.90',
      headroom: '-0.01',
      code: 'overSuspensionLimit',
    },
    {
      name: 'stabilised earnings 3 000 €: exactly at the 40 % limit of 1 200 € the full pension continues',
      pension: { type: 'full', stabilisedEarnings: '3000' },
      earnings: '1200.00',
      status: 'continues',
      amount: '900.00',
      limit: '1200.00',
      suspensionLimit: '1800.00',
      headroom: '0.00',
      code: 'limitFromStabilisedEarnings',
    },
    {
      name: 'stabilised earnings 3 000 €: one cent over 40 % may make it a partial pension of half',
      pension: { type: 'full', stabilisedEarnings: '3000' },
      earnings: '1200.01',
      status: 'mayBecomePartial',
      amount: '450.00',
      limit: '1200.00',
      suspensionLimit: '1800.00',
      headroom: '-0.01',
      code: 'overFullPensionLimit',
    },
    {
      name: 'stabilised earnings 3 000 €: exactly at the 60 % limit it is still only at risk of becoming partial',
      pension: { type: 'full', stabilisedEarnings: '3000' },
      earnings: '1800.00',
      status: 'mayBecomePartial',
      amount: '450.00',
      limit: '1200.00',
      suspensionLimit: '1800.00',
      headroom: '-600.00',
      code: 'overFullPensionLimit',
    },
    {
      name: 'stabilised earnings 3 000 €: one cent over 60 % leaves the full pension to rest',
      pension: { type: 'full', stabilisedEarnings: '3000' },
      earnings: '1800.01',
      status: 'suspended',
      amount: '0.00',
      limit: '1200.00',
      suspensionLimit: '1800.00',
      headroom: '-600.01',
      code: 'overSuspensionLimit',
    },
    {
      name: 'stabilised earnings 2 000 €: 40 % (800 €) is under the euro minimum, so the minimum is the limit',
      pension: { type: 'full', stabilisedEarnings: '2000' },
      earnings: '990.90',
      status: 'continues',
      amount: '900.00',
      limit: '990.90',
      suspensionLimit: '1200.00',
      headroom: '0.00',
      code: 'limitIsEuroMinimum',
    },
    {
      name: 'stabilised earnings 2 000 €: one cent over the minimum may make it partial, 60 % being 1 200 €',
      pension: { type: 'full', stabilisedEarnings: '2000' },
      earnings: '990.91',
      status: 'mayBecomePartial',
      amount: '450.00',
      limit: '990.90',
      suspensionLimit: '1200.00',
      headroom: '-0.01',
      code: 'overFullPensionLimit',
    },
    {
      name: 'partial pension, stabilised earnings 2 500 €: exactly at 60 % (1 500 €) it continues',
      pension: { type: 'partial', monthlyAmount: '450.00', stabilisedEarnings: '2500' },
      earnings: '1500.00',
      status: 'continues',
      amount: '450.00',
      limit: '1500.00',
      suspensionLimit: null,
      headroom: '0.00',
      code: 'withinLimit',
    },
    {
      name: 'partial pension, stabilised earnings 2 500 €: one cent over 60 % leaves it to rest',
      pension: { type: 'partial', monthlyAmount: '450.00', stabilisedEarnings: '2500' },
      earnings: '1500.01',
      status: 'suspended',
      amount: '0.00',
      limit: '1500.00',
      suspensionLimit: null,
      headroom: '-0.01',
      code: 'overSuspensionLimit',
    },
    {
      name: 'partial pension with the limit from the decision: at the limit it continues',
      pension: { type: 'partial', monthlyAmount: '450.00', earningsLimit: '1500.00' },
      earnings: '1500.00',
      status: 'continues',
      amount: '450.00',
      limit: '1500.00',
      suspensionLimit: null,
      headroom: '0.00',
      code: 'limitFromDecision',
    },
    {
      name: 'full pension with a decision limit of 1 000 €: the 60 % limit follows as 1 500 €',
      pension: { type: 'full', earningsLimit: '1000.00' },
      earnings: '1500.00',
      status: 'mayBecomePartial',
      amount: '450.00',
      limit: '1000.00',
      suspensionLimit: '1500.00',
      headroom: '-500.00',
      code: 'limitFromDecision',
    },
    {
      name: 'full pension with a decision limit of 1 000 €: one cent over 1 500 € leaves it to rest',
      pension: { type: 'full', earningsLimit: '1000.00' },
      earnings: '1500.01',
      status: 'suspended',
      amount: '0.00',
      limit: '1000.00',
      suspensionLimit: '1500.00',
      headroom: '-500.01',
      code: 'overSuspensionLimit',
    },
    {
      name: 'a decision limit at the euro minimum hides the 60 % limit: one cent over is read cautiously as a rest',
      pension: { type: 'full', earningsLimit: '990.90' },
      earnings: '990.91',
      status: 'suspended',
      amount: '0.00',
      limit: '990.90',
      suspensionLimit: '990.90',
      headroom: '-0.01',
      code: 'suspensionLimitAssumedMinimum',
    },
    {
      name: 'an old decision limit under this year’s euro minimum is raised to the minimum',
      pension: { type: 'partial', earningsLimit: '976.59' },
      earnings: '990.90',
      status: 'continues',
      amount: '900.00',
      limit: '990.90',
      suspensionLimit: null,
      headroom: '0.00',
      code: 'limitIsEuroMinimum',
    },
    {
      name: 'the decision’s limit wins over one computed from stabilised earnings; 60 % still comes from them',
      pension: { type: 'full', earningsLimit: '1250.00', stabilisedEarnings: '3000' },
      earnings: '1250.00',
      status: 'continues',
      amount: '900.00',
      limit: '1250.00',
      suspensionLimit: '1800.00',
      headroom: '0.00',
      code: 'limitFromDecision',
    },
    {
      name: 'a rehabilitation subsidy follows the same limits as a disability pension',
      pension: { type: 'full', fixedTerm: true, stabilisedEarnings: '3000' },
      earnings: '1200.01',
      status: 'mayBecomePartial',
      amount: '450.00',
      limit: '1200.00',
      suspensionLimit: '1800.00',
      headroom: '-0.01',
      code: 'overFullPensionLimit',
    },
  ];

  it.each(cases)('$name', ({ pension, earnings, status, amount, limit, suspensionLimit, headroom, code }) => {
    const outcome = pensionAt('2026-03-01', pension, earnings);
    expect(outcome.status).toBe(status);
    expect(outcome.monthlyAmount).toBe(amount);
    expect(outcome.monthlyAmountWithoutWork).toBe(pension.monthlyAmount ?? '900.00');
    expect(outcome.earningsLimit).toBe(limit);
    expect(outcome.suspensionLimit).toBe(suspensionLimit);
    expect(outcome.headroom).toBe(headroom);
    expect(codes(outcome)).toContain(code);
  });

  it('a rest explains that payment restarts without a new assessment and for how long it can last', () => {
    const outcome = pensionAt('2026-03-01', { type: 'partial', stabilisedEarnings: '2500' }, '2000.00');
    const rest = outcome.explanations.find((e) => e.code === 'overSuspensionLimit');
    expect(rest?.params).toMatchObject({ restMinimumMonths: '3', restMaximumMonths: '24', earnings: '2000.00', limit: '1500.00' });
    expect(codes(outcome)).toContain('restartWithoutNewAssessment');
  });

  it('work on a pension builds new pension at 1.5 % of the earnings', () => {
    const outcome = pensionAt('2026-03-01', { type: 'full', stabilisedEarnings: '3000' }, '1000.00');
    const accrual = outcome.explanations.find((e) => e.code === 'newPensionAccrues');
    expect(accrual?.params).toEqual({ percent: '1.5', monthlyPensionPerYearOfWork: '15.00' });
  });

  it('the sources name the euro minimum of the month with its status and address, once for the whole result', () => {
    const result = run({
      date: '2024-06-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900' } },
      scenarios: earning('0'),
    });
    expect(outcomeOf(result, 'earningsRelatedPension').sources).toContain('minimumEarningsLimit');
    const minimum = result.sources.minimumEarningsLimit;
    expect(minimum).toMatchObject({
      parameter: 'minimumEarningsLimit',
      value: '976.59',
      validFrom: '2024-01-01',
      status: 'official',
      unit: 'EUR',
    });
    expect(minimum?.source).toMatch(/^https:\/\//);
    expect(minimum?.reference[0]?.title).toContain('738/2009');
  });
});

describe('a full pension earning 40–60 %: the cautious amount, and the truth about when it changes (TyEL 47 § 1–2 mom.)', () => {
  it('between the limits the partial amount is shown, with the words that the full pension is paid until the provider decides', () => {
    const outcome = pensionAt('2026-03-01', { type: 'full', stabilisedEarnings: '3000' }, '1500.00');
    expect([outcome.status, outcome.monthlyAmount]).toEqual(['mayBecomePartial', '450.00']);
    expect(outcome.explanations.find((e) => e.code === 'fullPensionPaidUntilReview')).toMatchObject({
      severity: 'info',
      params: { sharePercent: '50' },
    });
  });

  it('within the 40 % limit and over the 60 % limit the review note is not shown', () => {
    expect(codes(pensionAt('2026-03-01', { type: 'full', stabilisedEarnings: '3000' }, '1200.00'))).not.toContain(
      'fullPensionPaidUntilReview',
    );
    expect(codes(pensionAt('2026-03-01', { type: 'full', stabilisedEarnings: '3000' }, '1800.01'))).not.toContain(
      'fullPensionPaidUntilReview',
    );
  });
});
