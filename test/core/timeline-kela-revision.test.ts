import { describe, expect, it } from 'vitest';
import { codes, monthOutcome, monthsOf, run, runTimeline, track } from '../helpers.ts';

// The Kela pensions beside an earnings-related pension that rests, ends or may turn partial
// (research: rules/research/kela-beside-earnings-related.md). Figures of the rules:
// 2026: full national pension 787.07 (single), threshold 66.50, reduction 50 %; full guarantee pension 990.90;
//       euro minimum (Kela's limit) 990.90.
// 2025: 783.41, threshold 66.27; 2024: 775.70, threshold 65.62. National pension: fractions of a cent dropped.

const single = { household: { livingWithPartner: false } };
const times = (n: number, value: string) => Array.from({ length: n }, () => value);

/**
 * A full earnings-related pension of 200 € with stabilised earnings of 2 500 €: its 40 % limit is 1 000 €, its
 * rest limit 60 %, 1 500 €. Beside it, in 2026:
 * national pension 787.07 − ½ × (200 − 66.50) = 787.07 − 66.75 = 720.32;
 * guarantee pension 990.90 − (200 + 720.32) = 70.58.
 */
const earningsRelated = { type: 'full' as const, fixedTerm: false, monthlyAmount: '200.00', stabilisedEarnings: '2500' };
const withKela = (kela: Record<string, unknown> = {}) => ({
  ...single,
  benefits: { earningsRelatedPension: earningsRelated, kelaPension: { fixedTerm: false, ...kela } },
});

describe('the earnings-related pension rests: the ordinary Kela pensions rest in the same months (every earnings-related limit ≥ Kela’s 990.90)', () => {
  it('1 500.01 € for three months (a cent over the 1 500 € rest limit): all three rest exactly then; after, 720.32 and 70.58 as before, not recomputed', () => {
    const r = runTimeline({ ...withKela(), start: '2026-03', months: [...monthsOf(3, '1500.01'), ...monthsOf(1, '0')] });
    expect(track(r, 'earningsRelatedPension')).toEqual([...times(3, 'suspended 0.00'), 'continues 200.00']);
    expect(track(r, 'kelaPension')).toEqual([...times(3, 'suspended 0.00'), 'continues 720.32']);
    expect(track(r, 'guaranteePension')).toEqual([...times(3, 'suspended 0.00'), 'continues 70.58']);
    // Without work the amounts stay those reduced by the earnings-related pension, and the words say why.
    const march = monthOutcome(r, 0, 'kelaPension');
    expect(march.monthlyAmountWithoutWork).toBe('720.32');
    expect(march.explanations.find((e) => e.code === 'kelaRestsWithEarningsRelated')?.params).toEqual({ limit: '990.90' });
    // Said on the national pension only, and not once the earnings-related pension is paid again.
    expect(codes(monthOutcome(r, 0, 'guaranteePension'))).not.toContain('kelaRestsWithEarningsRelated');
    expect(codes(monthOutcome(r, 3, 'kelaPension'))).not.toContain('kelaRestsWithEarningsRelated');
  });

  it('1 500.00 € for three months (at the rest limit): the earnings-related pension at its partial 100.00, the Kela pensions rest all the same', () => {
    const r = runTimeline({ ...withKela(), start: '2026-03', months: monthsOf(3, '1500.00') });
    expect(track(r, 'earningsRelatedPension')).toEqual(times(3, 'mayBecomePartial 100.00'));
    expect(track(r, 'kelaPension')).toEqual(times(3, 'suspended 0.00'));
    expect(track(r, 'guaranteePension')).toEqual(times(3, 'suspended 0.00'));
    expect(codes(monthOutcome(r, 1, 'kelaPension'))).toContain('kelaRestsWithEarningsRelated');
  });

  it('Kela’s own limit: 990.90 € for three months keeps 720.32 + 70.58; 990.91 € rests them while the earnings-related 200.00 goes on', () => {
    const at = runTimeline({ ...withKela(), start: '2026-03', months: monthsOf(3, '990.90') });
    expect(track(at, 'kelaPension')).toEqual(times(3, 'continues 720.32'));
    expect(track(at, 'guaranteePension')).toEqual(times(3, 'continues 70.58'));
    const over = runTimeline({ ...withKela(), start: '2026-03', months: monthsOf(3, '990.91') });
    expect(track(over, 'earningsRelatedPension')).toEqual(times(3, 'continues 200.00'));
    expect(track(over, 'kelaPension')).toEqual(times(3, 'suspended 0.00'));
    expect(track(over, 'guaranteePension')).toEqual(times(3, 'suspended 0.00'));
    // The earnings-related pension is paid in full: nothing to say about it beside the Kela pension.
    expect(codes(monthOutcome(over, 0, 'kelaPension'))).not.toContain('kelaRestsWithEarningsRelated');
  });

  it('a rest of more than 24 months ends the earnings-related and the Kela pensions together: nothing is revived without it', () => {
    const r = runTimeline({ ...withKela(), start: '2024-01', months: [...monthsOf(25, '1600.00'), ...monthsOf(3, '0')] });
    expect(track(r, 'earningsRelatedPension').slice(23)).toEqual(['suspended 0.00', ...times(4, 'ended 0.00')]);
    expect(track(r, 'kelaPension').slice(23)).toEqual(['suspended 0.00', ...times(4, 'ended 0.00')]);
    expect(track(r, 'guaranteePension').slice(23)).toEqual(['suspended 0.00', ...times(4, 'ended 0.00')]);
  });
});

describe('a KEL 12 § 4 national pension (no earnings test) beside an earnings-related pension that rests or ends', () => {
  it('a three-month rest: the national pension stays 720.32 (not raised: unknown whether Kela counts a resting pension), with the words to ask; its guarantee pension rests', () => {
    const r = runTimeline({
      ...withKela({ exemptFromEarningsTest: true }),
      start: '2026-03',
      months: [...monthsOf(3, '1500.01'), ...monthsOf(1, '0')],
    });
    expect(track(r, 'earningsRelatedPension')).toEqual([...times(3, 'suspended 0.00'), 'continues 200.00']);
    expect(track(r, 'kelaPension')).toEqual(times(4, 'continues 720.32'));
    expect(track(r, 'guaranteePension')).toEqual([...times(3, 'suspended 0.00'), 'continues 70.58']);
    expect(codes(monthOutcome(r, 0, 'kelaPension'))).toContain('kelaPaidWhileEarningsRelatedRests');
    expect(codes(monthOutcome(r, 3, 'kelaPension'))).not.toContain('kelaPaidWhileEarningsRelatedRests');
  });

  it('a rest of 24 months from January 2024 ends the earnings-related pension from January 2026; the national pension is revised from February 2026: 720.32 → 787.07', () => {
    // 2024: 775.70 − ½ × (200 − 65.62) = 775.70 − 67.19 = 708.51. 2025: 783.41 − ½ × (200 − 66.27) = 716.545 → 716.54.
    // 2026 with the pension: 720.32 (January, the month the end happens); without it from February: 787.07 − 0 = 787.07.
    const r = runTimeline({
      ...withKela({ exemptFromEarningsTest: true }),
      start: '2024-01',
      months: [...monthsOf(26, '1600.00'), ...monthsOf(2, '0')],
    });
    expect(track(r, 'earningsRelatedPension')).toEqual([...times(24, 'suspended 0.00'), ...times(4, 'ended 0.00')]);
    expect(track(r, 'kelaPension')).toEqual([
      ...times(12, 'continues 708.51'),
      ...times(12, 'continues 716.54'),
      'continues 720.32',
      ...times(3, 'continues 787.07'),
    ]);
    const revision = (i: number) =>
      monthOutcome(r, i, 'kelaPension').explanations.find((e) => e.code === 'kelaRevisedAfterEarningsRelatedEnded');
    expect(revision(23)).toBeUndefined();
    expect(revision(24)?.params).toEqual({
      endedFrom: '2026-01',
      revisedFrom: '2026-02',
      before: '720.32',
      after: '787.07',
      revised: false,
    });
    expect(revision(25)?.params).toEqual({
      endedFrom: '2026-01',
      revisedFrom: '2026-02',
      before: '720.32',
      after: '787.07',
      revised: true,
    });
    // Its guarantee pension (the euro limit kept, cautiously) rested the same 24 months and ended with it.
    expect(track(r, 'guaranteePension').slice(24)).toEqual(times(4, 'ended 0.00'));
  });
});

/**
 * A full earnings-related rehabilitation subsidy of 1 000 € until 31 May 2026, and a Kela pension with no end date:
 * with it, national pension 787.07 − ½ × (1 000 − 66.50) = 787.07 − 466.75 = 320.32; guarantee pension
 * 990.90 − (1 000 + 320.32) < 0, so none. Without it: 787.07, and 990.90 − 787.07 = 203.83.
 */
const subsidyEnds = {
  ...single,
  benefits: {
    earningsRelatedPension: { type: 'full' as const, fixedTerm: true, monthlyAmount: '1000.00', endsOn: '2026-05-31' },
    kelaPension: { fixedTerm: false },
  },
};

describe('a fixed-term earnings-related subsidy ends while the Kela pension goes on', () => {
  it('paid to May; June is the first month without it; Kela’s amounts are shown revised from July: 320.32 → 787.07 and 0 → 203.83', () => {
    const r = runTimeline({ ...subsidyEnds, start: '2026-04', months: monthsOf(5, '0') });
    expect(track(r, 'earningsRelatedPension')).toEqual([...times(2, 'continues 1000.00'), ...times(3, 'ended 0.00')]);
    expect(track(r, 'kelaPension')).toEqual([...times(3, 'continues 320.32'), ...times(2, 'continues 787.07')]);
    expect(track(r, 'guaranteePension')).toEqual([...times(3, 'notPayable 0.00'), ...times(2, 'continues 203.83')]);
    const june = monthOutcome(r, 2, 'guaranteePension').explanations.find((e) => e.code === 'guaranteeRevisedAfterEarningsRelatedEnded');
    expect(june?.params).toEqual({ endedFrom: '2026-06', revisedFrom: '2026-07', before: '0.00', after: '203.83', revised: false });
    expect(codes(monthOutcome(r, 1, 'kelaPension'))).not.toContain('kelaRevisedAfterEarningsRelatedEnded');
    // The revised national pension is computed with no other pensions.
    expect(monthOutcome(r, 3, 'kelaPension').explanations.find((e) => e.code === 'kelaAmountComputed')?.params.otherPensions).toBe('0.00');
  });

  it('the single-month calculation has the same rule: June still 320.32 (revised from July), July 787.07 + 203.83', () => {
    const request = (date: string) => ({ ...subsidyEnds, date, scenarios: [{ id: 'none', monthlyEarnings: '0' }] });
    const june = run(request('2026-06-01')).scenarios[0]!.benefits;
    const july = run(request('2026-07-01')).scenarios[0]!.benefits;
    const amount = (list: typeof june, b: string) => list.find((o) => o.benefit === b)?.monthlyAmount;
    expect([amount(june, 'kelaPension'), amount(june, 'guaranteePension')]).toEqual(['320.32', '0.00']);
    expect([amount(july, 'kelaPension'), amount(july, 'guaranteePension')]).toEqual(['787.07', '203.83']);
    // May, the month of the end date: nothing said yet about Kela.
    const may = run(request('2026-05-01')).scenarios[0]!.benefits;
    expect(may.find((o) => o.benefit === 'kelaPension')?.explanations.map((e) => e.code)).not.toContain(
      'kelaRevisedAfterEarningsRelatedEnded',
    );
  });

  it('amounts from Kela’s decision are kept (other pensions may be in them), with the words that Kela revises them', () => {
    const benefits = { ...subsidyEnds.benefits, kelaPension: { fixedTerm: false, monthlyAmount: '320.32', guaranteePension: '10.00' } };
    const r = runTimeline({ ...single, benefits, start: '2026-05', months: monthsOf(3, '0') });
    expect(track(r, 'kelaPension')).toEqual(times(3, 'continues 320.32'));
    expect(track(r, 'guaranteePension')).toEqual(times(3, 'continues 10.00'));
    expect(monthOutcome(r, 1, 'kelaPension').explanations.find((e) => e.code === 'kelaDecisionAfterEarningsRelatedEnded')?.params).toEqual({
      endedFrom: '2026-06',
    });
    expect(codes(monthOutcome(r, 1, 'guaranteePension'))).toContain('guaranteeDecisionAfterEarningsRelatedEnded');
  });

  it('a small earnings-related pension under the threshold (60 €): the national pension is full either way, so only the guarantee pension changes', () => {
    // With it: 787.07 (60 ≤ 66.50); guarantee 990.90 − (60 + 787.07) = 143.83. Without it: 787.07 and 203.83.
    const benefits = {
      ...subsidyEnds.benefits,
      earningsRelatedPension: { ...subsidyEnds.benefits.earningsRelatedPension, monthlyAmount: '60.00' },
    };
    const r = runTimeline({ ...single, benefits, start: '2026-05', months: monthsOf(3, '0') });
    expect(track(r, 'kelaPension')).toEqual(times(3, 'continues 787.07'));
    expect(track(r, 'guaranteePension')).toEqual([...times(2, 'continues 143.83'), 'continues 203.83']);
    expect(codes(monthOutcome(r, 2, 'kelaPension'))).not.toContain('kelaRevisedAfterEarningsRelatedEnded');
  });

  it('a partial earnings-related subsidy alone gives no national or guarantee pension before or after its end: nothing is revised', () => {
    const benefits = {
      earningsRelatedPension: { type: 'partial' as const, fixedTerm: true, monthlyAmount: '600.00', endsOn: '2026-05-31' },
      kelaPension: { fixedTerm: false },
    };
    const r = runTimeline({ ...single, benefits, start: '2026-05', months: monthsOf(3, '0') });
    expect(track(r, 'kelaPension')).toEqual(times(3, 'notPayable 0.00'));
    expect(track(r, 'guaranteePension')).toEqual(times(3, 'notPayable 0.00'));
  });
});
