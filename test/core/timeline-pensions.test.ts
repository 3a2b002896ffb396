import { describe, expect, it } from 'vitest';
import { codes, monthOutcome, monthsOf, runTimeline, track } from '../helpers.ts';

// 2026: euro minimum (and Kela's limit) 990.90; full national pension 787.07 (single), guarantee pension
// 203.83 on top of it; highest disability allowance 499.93. 2025: euro minimum 986.30, national pension
// 783.41, guarantee pension 202.89.

/** A partial earnings-related pension of 800 € with stabilised earnings of 2 500 €: its limit is 60 %, 1 500 €. */
const partialPension = {
  earningsRelatedPension: { type: 'partial' as const, fixedTerm: false, monthlyAmount: '800.00', stabilisedEarnings: '2500' },
};
const single = { household: { livingWithPartner: false } };
const kelaOnly = { ...single, benefits: { kelaPension: { fixedTerm: false } } };

const times = (n: number, value: string) => Array.from({ length: n }, () => value);

describe('earnings-related pension over time: months in a row over the limit (738/2009 §§ 4 and 6, Keva’s practice)', () => {
  it('two months in a row over the limit change nothing: paid as before, with the note why', () => {
    const r = runTimeline({ start: '2026-03', benefits: partialPension, months: [...monthsOf(2, '1600.00'), ...monthsOf(1, '1000.00')] });
    expect(track(r, 'earningsRelatedPension')).toEqual(times(3, 'continues 800.00'));
    const first = monthOutcome(r, 0, 'earningsRelatedPension');
    expect(codes(first)).toContain('exceedanceTolerated');
    expect(codes(first)).not.toContain('overSuspensionLimit');
    expect(first.explanations.find((e) => e.code === 'exceedanceTolerated')?.params).toEqual({
      earnings: '1600.00',
      limit: '1500.00',
      monthsInRow: 2,
      restMinimumMonths: 3,
      untilPlanEnd: false,
    });
  });

  it('three months in a row over the limit rest the pension for those months; the first month under it pays again', () => {
    const r = runTimeline({ start: '2026-03', benefits: partialPension, months: [...monthsOf(3, '1600.00'), ...monthsOf(1, '1000.00')] });
    expect(track(r, 'earningsRelatedPension')).toEqual([...times(3, 'suspended 0.00'), 'continues 800.00']);
    expect(monthOutcome(r, 2, 'earningsRelatedPension').explanations.find((e) => e.code === 'restMonth')?.params).toEqual({
      monthOfRest: 3,
      monthsInRow: 3,
      restMaximumMonths: 24,
    });
    expect(codes(monthOutcome(r, 3, 'earningsRelatedPension'))).toContain('paymentResumes');
  });

  it('at the limit, 1 500.00 € for three months, the pension continues; one cent over, it rests', () => {
    const at = runTimeline({ start: '2026-03', benefits: partialPension, months: monthsOf(3, '1500.00') });
    const over = runTimeline({ start: '2026-03', benefits: partialPension, months: monthsOf(3, '1500.01') });
    expect(track(at, 'earningsRelatedPension')).toEqual(times(3, 'continues 800.00'));
    expect(track(over, 'earningsRelatedPension')).toEqual(times(3, 'suspended 0.00'));
  });

  it('two short exceedances with a month under the limit between them are each tolerated', () => {
    const r = runTimeline({
      start: '2026-01',
      benefits: partialPension,
      months: [...monthsOf(2, '1600.00'), ...monthsOf(1, '900.00'), ...monthsOf(2, '1600.00')],
    });
    expect(track(r, 'earningsRelatedPension')).toEqual(times(5, 'continues 800.00'));
    // The second run reaches the plan's end: if the work goes on, it may still become a rest.
    expect(
      monthOutcome(r, 4, 'earningsRelatedPension').explanations.find((e) => e.code === 'exceedanceTolerated')?.params.untilPlanEnd,
    ).toBe(true);
  });

  it('a rest of 24 months keeps the pension; in the 25th month over the limit it has ended, and stays ended', () => {
    const kept = runTimeline({ start: '2026-01', benefits: partialPension, months: [...monthsOf(24, '2000.00'), ...monthsOf(1, '0')] });
    expect(track(kept, 'earningsRelatedPension')).toEqual([...times(24, 'suspended 0.00'), 'continues 800.00']);
    expect(monthOutcome(kept, 23, 'earningsRelatedPension').explanations.find((e) => e.code === 'restMonth')?.params.monthOfRest).toBe(24);

    const ended = runTimeline({ start: '2026-01', benefits: partialPension, months: [...monthsOf(25, '2000.00'), ...monthsOf(2, '0')] });
    expect(track(ended, 'earningsRelatedPension')).toEqual([...times(24, 'suspended 0.00'), ...times(3, 'ended 0.00')]);
    const month25 = monthOutcome(ended, 24, 'earningsRelatedPension');
    expect(month25.explanations).toEqual([
      { code: 'restEndedPension', severity: 'warning', params: { restMaximumMonths: 24, endedFrom: '2028-01' } },
    ]);
    expect(month25.monthlyAmountWithoutWork).toBe('0.00');
    // No work in the 26th and 27th months: still ended, no restart.
    expect(codes(monthOutcome(ended, 26, 'earningsRelatedPension'))).toEqual(['restEndedPension']);
  });
});

describe('a full earnings-related pension between its 40 % and 60 % limits over time (TyEL 47 §)', () => {
  // Full pension 1 200 €, stabilised earnings 3 000 €: 40 % = 1 200 €, 60 % = 1 800 €.
  const fullPension = {
    earningsRelatedPension: { type: 'full' as const, fixedTerm: false, monthlyAmount: '1200.00', stabilisedEarnings: '3000' },
  };

  it('two months at 1 500 €: paid in full; three: shown at the partial amount, with the review’s timing unknown', () => {
    const two = runTimeline({ start: '2026-03', benefits: fullPension, months: monthsOf(2, '1500.00') });
    expect(track(two, 'earningsRelatedPension')).toEqual(times(2, 'continues 1200.00'));
    const three = runTimeline({ start: '2026-03', benefits: fullPension, months: monthsOf(3, '1500.00') });
    expect(track(three, 'earningsRelatedPension')).toEqual(times(3, 'mayBecomePartial 600.00'));
    const words = codes(monthOutcome(three, 0, 'earningsRelatedPension'));
    expect(words).toEqual(expect.arrayContaining(['overFullPensionLimit', 'fullPensionPaidUntilReview', 'mayBecomePartialOverTime']));
    expect(words).not.toContain('shortExceedanceMayBeTolerated');
  });

  it('over 60 % for two months inside four months over 40 %: no rest, the partial amount throughout', () => {
    const r = runTimeline({
      start: '2026-03',
      benefits: fullPension,
      months: [{ monthlyEarnings: '1500' }, { monthlyEarnings: '2000' }, { monthlyEarnings: '2000' }, { monthlyEarnings: '1500' }],
    });
    expect(track(r, 'earningsRelatedPension')).toEqual(times(4, 'mayBecomePartial 600.00'));
    expect(codes(monthOutcome(r, 1, 'earningsRelatedPension'))).not.toContain('overSuspensionLimit');
  });

  it('three months over 60 % rest the pension; the months over 40 % around them may make it partial', () => {
    const r = runTimeline({ start: '2026-03', benefits: fullPension, months: [...monthsOf(3, '2000.00'), ...monthsOf(1, '1500.00')] });
    expect(track(r, 'earningsRelatedPension')).toEqual([...times(3, 'suspended 0.00'), 'mayBecomePartial 600.00']);
    expect(codes(monthOutcome(r, 3, 'earningsRelatedPension'))).toContain('paymentResumes');
  });
});

describe('Kela pension over time: the same pattern with Kela’s own limit, the euro minimum (738/2009 §§ 2, 5, 8)', () => {
  it('two months at 991 € (one euro over 990.90): paid as before; three: the national and guarantee pensions rest', () => {
    const two = runTimeline({ ...kelaOnly, start: '2026-03', months: [...monthsOf(2, '991.00'), ...monthsOf(1, '0')] });
    expect(track(two, 'kelaPension')).toEqual(times(3, 'continues 787.07'));
    expect(track(two, 'guaranteePension')).toEqual(times(3, 'continues 203.83'));
    expect(codes(monthOutcome(two, 0, 'kelaPension'))).not.toContain('kelaOverLimit');

    const three = runTimeline({ ...kelaOnly, start: '2026-03', months: [...monthsOf(3, '991.00'), ...monthsOf(1, '0')] });
    expect(track(three, 'kelaPension')).toEqual([...times(3, 'suspended 0.00'), 'continues 787.07']);
    expect(track(three, 'guaranteePension')).toEqual([...times(3, 'suspended 0.00'), 'continues 203.83']);
    expect(codes(monthOutcome(three, 3, 'kelaPension'))).toContain('paymentResumes');
  });

  it('the highest disability allowance is paid in the months of rest, not in the months a short exceedance is tolerated', () => {
    const benefits = { kelaPension: { fixedTerm: false, receivesCareAllowance: true } };
    const two = runTimeline({ ...single, benefits, start: '2026-03', months: monthsOf(2, '1200.00') });
    expect(track(two, 'disabilityAllowance')).toEqual(times(2, 'notPayable 0.00'));
    expect(codes(monthOutcome(two, 0, 'disabilityAllowance'))).toEqual(['disabilityAllowanceOnlyDuringRest']);
    const three = runTimeline({ ...single, benefits, start: '2026-03', months: [...monthsOf(3, '1200.00'), ...monthsOf(1, '0')] });
    expect(track(three, 'disabilityAllowance')).toEqual([...times(3, 'replaced 499.93'), 'notPayable 0.00']);
  });

  it('with the care allowance’s level: the care allowance in tolerated months and after the rest, the disability allowance instead of it during the rest', () => {
    const benefits = { kelaPension: { fixedTerm: false, careAllowanceLevel: 'increased' as const } };
    const two = runTimeline({ ...single, benefits, start: '2026-03', months: monthsOf(2, '1200.00') });
    expect(track(two, 'disabilityAllowance')).toEqual(times(2, 'continues 184.22'));
    expect(codes(monthOutcome(two, 0, 'disabilityAllowance'))).toEqual(['careAllowanceWithinLimit']);
    const three = runTimeline({ ...single, benefits, start: '2026-03', months: [...monthsOf(3, '1200.00'), ...monthsOf(1, '0')] });
    expect(track(three, 'disabilityAllowance')).toEqual([...times(3, 'replaced 499.93'), 'continues 184.22']);
  });

  it('the allowance is paid for the 24 months a rest can last, and not after the Kela pension has ended', () => {
    const benefits = { kelaPension: { fixedTerm: false, receivesCareAllowance: true } };
    const r = runTimeline({ ...single, benefits, start: '2026-01', months: monthsOf(26, '1200.00') });
    expect(track(r, 'disabilityAllowance')).toEqual([...times(24, 'replaced 499.93'), ...times(2, 'notPayable 0.00')]);
    expect(track(r, 'kelaPension').slice(23)).toEqual(['suspended 0.00', 'ended 0.00', 'ended 0.00']);
  });

  it('24 months of rest keep the Kela pension; the 25th month ends it, with the guarantee pension', () => {
    const r = runTimeline({ ...kelaOnly, start: '2026-01', months: [...monthsOf(25, '1200.00'), ...monthsOf(1, '0')] });
    expect(track(r, 'kelaPension')).toEqual([...times(24, 'suspended 0.00'), ...times(2, 'ended 0.00')]);
    expect(track(r, 'guaranteePension')).toEqual([...times(24, 'suspended 0.00'), ...times(2, 'ended 0.00')]);
  });

  it('a pension granted under KEL 12 § 4 has no earnings test: it goes on through any run of months', () => {
    const r = runTimeline({
      ...single,
      benefits: { kelaPension: { fixedTerm: false, exemptFromEarningsTest: true } },
      start: '2026-03',
      months: monthsOf(4, '2000.00'),
    });
    expect(track(r, 'kelaPension')).toEqual(times(4, 'continues 787.07'));
    // Its guarantee pension keeps the euro limit (the cautious reading), so it rests after three months.
    expect(track(r, 'guaranteePension')).toEqual(times(4, 'suspended 0.00'));
  });
});

describe('each month uses the rules in force in it, across a change of year', () => {
  it('988 € a month is over Kela’s 2025 limit (986.30) and within 2026’s (990.90): Oct–Dec 2025 rest, January 2026 pays again', () => {
    const r = runTimeline({ ...kelaOnly, start: '2025-10', months: monthsOf(5, '988.00') });
    expect(track(r, 'kelaPension')).toEqual([...times(3, 'suspended 0.00'), ...times(2, 'continues 787.07')]);
    expect(track(r, 'guaranteePension')).toEqual([...times(3, 'suspended 0.00'), ...times(2, 'continues 203.83')]);
    expect(monthOutcome(r, 2, 'kelaPension').earningsLimit).toBe('986.30');
    expect(monthOutcome(r, 3, 'kelaPension').earningsLimit).toBe('990.90');
    expect(codes(monthOutcome(r, 3, 'kelaPension'))).toContain('paymentResumes');
  });

  it('a plan from 2025-11 to 2026-03 at 988 €: two months over in 2025 are tolerated, and 2025’s amounts are paid in 2025', () => {
    const r = runTimeline({ ...kelaOnly, start: '2025-11', months: monthsOf(5, '988.00') });
    expect(track(r, 'kelaPension')).toEqual([...times(2, 'continues 783.41'), ...times(3, 'continues 787.07')]);
    expect(track(r, 'guaranteePension')).toEqual([...times(2, 'continues 202.89'), ...times(3, 'continues 203.83')]);
    expect(monthOutcome(r, 0, 'kelaPension').explanations.find((e) => e.code === 'exceedanceTolerated')?.params).toMatchObject({
      earnings: '988.00',
      limit: '986.30',
      monthsInRow: 2,
    });
  });

  it('an earnings-related pension’s euro minimum follows the year too: 988 € rests a pension with no personal limit in 2025 only', () => {
    const benefits = { earningsRelatedPension: { type: 'partial' as const, fixedTerm: false, monthlyAmount: '600.00' } };
    const r = runTimeline({ start: '2025-10', benefits, months: monthsOf(4, '988.00') });
    expect(track(r, 'earningsRelatedPension')).toEqual([...times(3, 'suspended 0.00'), 'continues 600.00']);
  });
});

describe('holiday bonus and a once-a-year bonus (Keva: spread over the year; not counted)', () => {
  it('a holiday bonus of 1 000 € in June does not take June over the limit; its twelfth is counted in every month of the year', () => {
    const months = monthsOf(12, '900.00').map((m, i) => (i === 5 ? { ...m, holidayBonus: '1000.00' } : m));
    const r = runTimeline({ ...kelaOnly, start: '2026-01', months });
    expect(track(r, 'kelaPension')).toEqual(times(12, 'continues 787.07'));
    expect(r.months.map((m) => m.countedEarnings)).toEqual(times(12, '983.33'));
    expect(r.months[5]!.grossIncome).toBe('2890.90'); // 900 + 1 000 + 787.07 + 203.83
    expect(r.months[5]!.explanations.find((e) => e.code === 'holidayBonusSpread')?.params).toEqual({
      holidayBonus: '1000.00',
      year: '2026',
      monthlyShare: '83.33',
    });
  });

  it('a holiday bonus whose twelfth takes the year over the limit: no rest for it alone, but a warning in each month', () => {
    const months = monthsOf(4, '900.00').map((m, i) => (i === 1 ? { ...m, holidayBonus: '1200.00' } : m));
    const r = runTimeline({ ...kelaOnly, start: '2026-05', months });
    expect(track(r, 'kelaPension')).toEqual(times(4, 'continues 787.07'));
    expect(monthOutcome(r, 0, 'kelaPension').explanations.find((e) => e.code === 'holidayBonusOverLimit')?.params).toEqual({
      countedEarnings: '1000.00',
      limit: '990.90',
    });
  });

  it('a once-a-year bonus of 3 000 € is income of its month but does not count for the limit', () => {
    const r = runTimeline({ ...kelaOnly, start: '2026-03', months: [{ monthlyEarnings: '500', annualBonus: '3000' }] });
    expect(track(r, 'kelaPension')).toEqual(['continues 787.07']);
    expect(r.months[0]!.countedEarnings).toBe('500.00');
    expect(r.months[0]!.grossIncome).toBe('4490.90');
    expect(r.months[0]!.explanations.map((e) => e.code)).toContain('annualBonusNotCounted');
  });
});

describe('a fixed-term benefit ends after its end date (endsOn)', () => {
  it('an earnings-related rehabilitation subsidy until 31 May: paid in May, with the advice to apply in time; ended from June', () => {
    const benefits = { earningsRelatedPension: { type: 'full' as const, fixedTerm: true, monthlyAmount: '1000.00', endsOn: '2026-05-31' } };
    const r = runTimeline({ start: '2026-04', benefits, months: monthsOf(4, '0') });
    expect(track(r, 'earningsRelatedPension')).toEqual(['continues 1000.00', 'continues 1000.00', 'ended 0.00', 'ended 0.00']);
    expect(codes(monthOutcome(r, 0, 'earningsRelatedPension'))).toContain('fixedTermEndsOn');
    expect(codes(monthOutcome(r, 1, 'earningsRelatedPension'))).toContain('fixedTermEndsThisMonth');
    expect(monthOutcome(r, 2, 'earningsRelatedPension').explanations).toEqual([
      { code: 'fixedTermEnded', severity: 'warning', params: { endsOn: '2026-05-31' } },
    ]);
  });

  it('a Kela rehabilitation subsidy until 15 May: the month of the end date is paid, then the national and guarantee pensions and the allowance end', () => {
    const benefits = { kelaPension: { fixedTerm: true, receivesCareAllowance: true, endsOn: '2026-05-15' } };
    const r = runTimeline({ ...single, benefits, start: '2026-05', months: monthsOf(2, '0') });
    expect(track(r, 'kelaPension')).toEqual(['continues 787.07', 'ended 0.00']);
    expect(track(r, 'guaranteePension')).toEqual(['continues 203.83', 'ended 0.00']);
    expect(track(r, 'disabilityAllowance')).toEqual(['notPayable 0.00', 'ended 0.00']);
  });

  it('a rest that runs past the end date ends with the subsidy', () => {
    const benefits = { kelaPension: { fixedTerm: true, endsOn: '2026-04-30' } };
    const r = runTimeline({ ...single, benefits, start: '2026-02', months: monthsOf(5, '1500.00') });
    expect(track(r, 'kelaPension')).toEqual([...times(3, 'suspended 0.00'), ...times(2, 'ended 0.00')]);
  });
});
