import { describe, expect, it } from 'vitest';
import { CalculationRequest } from '../../functions/core/index.ts';
import { codes, earning, outcomeOf, run } from '../helpers.ts';

type Kela = { fixedTerm?: boolean; monthlyAmount?: string; guaranteePension?: string; receivesCareAllowance?: boolean };
type Pension = { type: 'full' | 'partial'; monthlyAmount: string; stabilisedEarnings?: string };

function kelaCase(opts: { date?: string; kela?: Kela; pension?: Pension; partner?: boolean; earnings?: string }) {
  return run({
    date: opts.date ?? '2026-03-01',
    household: { livingWithPartner: opts.partner ?? false },
    benefits: {
      kelaPension: { fixedTerm: false, ...opts.kela },
      ...(opts.pension ? { earningsRelatedPension: { fixedTerm: false, ...opts.pension } } : {}),
    },
    scenarios: earning(opts.earnings ?? '0'),
  });
}

// 2026: full national pension 787.07 (single) / 702.69 (partner), threshold 66.54, 50 % reduction,
// minimum payable 8.01; full guarantee pension 990.90, minimum payable 8.01; euro minimum 990.90.
describe('Kela national pension and guarantee pension amounts (KEL 22 §, takuueläkelaki 8–9 §)', () => {
  const cases = [
    {
      name: 'a single person with no earnings-related pension gets the full national pension and the guarantee top-up',
      opts: {},
      national: ['continues', '787.07'],
      guarantee: ['continues', '203.83'],
    },
    {
      name: 'a person living with a partner gets the lower full national pension and a larger top-up',
      opts: { partner: true },
      national: ['continues', '702.69'],
      guarantee: ['continues', '288.21'],
    },
    {
      name: 'an earnings-related pension of 900 € reduces the national pension by half of what exceeds 66.54 €',
      opts: { pension: { type: 'full' as const, monthlyAmount: '900.00' } },
      national: ['continues', '370.34'],
      guarantee: ['notPayable', '0.00'],
    },
    {
      name: 'a national pension of 7.84 € is under the minimum payable 8.01 € and is not paid',
      opts: { pension: { type: 'full' as const, monthlyAmount: '1625.00' } },
      national: ['notPayable', '0.00'],
      guarantee: ['notPayable', '0.00'],
    },
    {
      name: 'a guarantee top-up of 5.00 € is under the minimum payable 8.01 € and is not paid',
      opts: { pension: { type: 'full' as const, monthlyAmount: '331.12' } },
      national: ['continues', '654.78'],
      guarantee: ['notPayable', '0.00'],
    },
    {
      name: 'Kela pays no national or guarantee pension beside a partial earnings-related pension alone',
      opts: { pension: { type: 'partial' as const, monthlyAmount: '450.00' } },
      national: ['notPayable', '0.00'],
      guarantee: ['notPayable', '0.00'],
    },
    {
      name: 'amounts from the decision letter are used as they are',
      opts: { kela: { monthlyAmount: '400.00', guaranteePension: '50.00' } },
      national: ['continues', '400.00'],
      guarantee: ['continues', '50.00'],
    },
  ];

  it.each(cases)('$name', ({ opts, national, guarantee }) => {
    const result = kelaCase(opts);
    const ke = outcomeOf(result, 'kelaPension');
    const takuu = outcomeOf(result, 'guaranteePension');
    expect([ke.status, ke.monthlyAmount]).toEqual(national);
    expect([takuu.status, takuu.monthlyAmount]).toEqual(guarantee);
    expect(ke.monthlyAmountWithoutWork).toBe(national[1]);
  });

  it('the computed national pension shows its arithmetic', () => {
    const ke = outcomeOf(kelaCase({ pension: { type: 'full', monthlyAmount: '900.00' } }), 'kelaPension');
    expect(ke.explanations.find((e) => e.code === 'kelaAmountComputed')?.params).toMatchObject({
      fullAmount: '787.07',
      otherPensions: '900.00',
      threshold: '66.54',
      reductionPercent: '50',
      amount: '370.34',
    });
  });

  it('the household is required when the national pension must be computed', () => {
    const parsed = CalculationRequest.safeParse({
      date: '2026-03-01',
      benefits: { kelaPension: { fixedTerm: false } },
      scenarios: earning('0'),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('household.livingWithPartner');
  });
});

describe('Kela work test (738/2009 §§ 2, 5 and 8): the euro minimum only', () => {
  const cases = [
    { name: 'exactly at the euro minimum both Kela pensions continue', earnings: '990.90', status: 'continues', headroom: '0.00' },
    {
      name: 'one cent over the euro minimum both Kela pensions are left to rest',
      earnings: '990.91',
      status: 'suspended',
      headroom: '-0.01',
    },
  ];
  it.each(cases)('$name', ({ earnings, status, headroom }) => {
    const result = kelaCase({ earnings });
    for (const benefit of ['kelaPension', 'guaranteePension'] as const) {
      const outcome = outcomeOf(result, benefit);
      expect(outcome.status).toBe(status);
      expect(outcome.earningsLimit).toBe('990.90');
      expect(outcome.headroom).toBe(headroom);
      expect(outcome.monthlyAmount).toBe(status === 'suspended' ? '0.00' : outcome.monthlyAmountWithoutWork);
    }
  });

  it('earnings above the Kela limit but within a higher earnings-related limit: Kela pension rests, earnings-related pension continues', () => {
    const result = kelaCase({ pension: { type: 'full', monthlyAmount: '900.00', stabilisedEarnings: '3000' }, earnings: '1100.00' });
    const earningsRelated = outcomeOf(result, 'earningsRelatedPension');
    const ke = outcomeOf(result, 'kelaPension');
    expect([earningsRelated.status, earningsRelated.monthlyAmount, earningsRelated.earningsLimit]).toEqual([
      'continues',
      '900.00',
      '1200.00',
    ]);
    expect([ke.status, ke.monthlyAmount, ke.monthlyAmountWithoutWork, ke.earningsLimit]).toEqual(['suspended', '0.00', '370.34', '990.90']);
    expect(codes(ke)).toContain('kelaLimitIsEuroMinimum');
    expect(result.scenarios[0]?.totals.grossIncome).toBe('2000.00');
  });

  it('while the Kela pension rests, a person who got the care allowance gets the highest disability allowance', () => {
    const resting = outcomeOf(kelaCase({ kela: { receivesCareAllowance: true }, earnings: '1200.00' }), 'disabilityAllowance');
    expect([resting.status, resting.monthlyAmount, resting.monthlyAmountWithoutWork]).toEqual(['continues', '499.93', '0.00']);
    expect(codes(resting)).toEqual(['disabilityAllowanceDuringRest']);
    const working = outcomeOf(kelaCase({ kela: { receivesCareAllowance: true }, earnings: '990.90' }), 'disabilityAllowance');
    expect([working.status, working.monthlyAmount]).toEqual(['notPayable', '0.00']);
    expect(codes(working)).toEqual(['disabilityAllowanceOnlyDuringRest']);
  });

  it('without the care allowance there is no disability allowance line', () => {
    const result = kelaCase({ earnings: '1200.00' });
    expect(result.scenarios[0]?.benefits.map((b) => b.benefit)).toEqual(['kelaPension', 'guaranteePension']);
  });

  it('a decision amount given beside a partial earnings-related pension is used, with a warning', () => {
    const ke = outcomeOf(
      kelaCase({ kela: { monthlyAmount: '100.00' }, pension: { type: 'partial', monthlyAmount: '450.00' } }),
      'kelaPension',
    );
    expect(ke.monthlyAmount).toBe('100.00');
    expect(ke.explanations.find((e) => e.code === 'kelaNotWithPartialPension')?.severity).toBe('warning');
  });
});
