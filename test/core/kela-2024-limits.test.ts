import { describe, expect, it } from 'vitest';
import { outcomeOf, run } from '../helpers.ts';

/**
 * Kela's own 2024 figures for its disability pension and rehabilitation subsidy, every one to the cent
 * (https://www.kela.fi/kuntoutustuki-ja-tyokyvyttomyyselake-maara-ja-maksaminen, 2024; the same figures on
 * tyoelake.fi, "Kansaneläke ja takuueläke täydentävät työeläkettä", 2024, and kela.fi/takuuelake):
 *
 *   full amount 775.70 € living alone, 692.54 € with a partner; the full amount up to 65.62 € of earnings-related
 *   pensions; "Jos asut yksin ja saat työeläkkeitä enemmän kuin 1601,21 e/kk, et voi saada kuntoutustukea tai
 *   työkyvyttömyyseläkettä Kelasta"; with a partner 1 434.88 €; not paid under 7.90 €; the guarantee pension in full
 *   976.59 € and paid while all pensions are at most 968.69 €.
 *
 * The formula alone (full − ½ × (other − 65.62), at least 7.90 €) would still pay 7.90 € at 1 601.22 € and at
 * 1 434.89 and 1 434.90 €: Kela's published limit is the rule (rules/kela-pension.yaml), each at the limit and one
 * cent over.
 */
type Household = 'single' | 'couple';
const TABLE: { name: string; household: Household; earningsRelated: string; national: string; status: string }[] = [
  { name: 'no other pension: the full amount', household: 'single', earningsRelated: '0.00', national: '775.70', status: 'continues' },
  { name: 'the full amount up to 65.62 €', household: 'single', earningsRelated: '65.62', national: '775.70', status: 'continues' },
  { name: 'one cent over 65.62 €: reduced', household: 'single', earningsRelated: '65.63', national: '775.69', status: 'continues' },
  {
    name: 'living alone, at Kela’s limit 1 601.21 €',
    household: 'single',
    earningsRelated: '1601.21',
    national: '7.90',
    status: 'continues',
  },
  {
    name: 'living alone, one cent over Kela’s limit',
    household: 'single',
    earningsRelated: '1601.22',
    national: '0.00',
    status: 'notPayable',
  },
  { name: 'with a partner: the full amount', household: 'couple', earningsRelated: '0.00', national: '692.54', status: 'continues' },
  {
    name: 'with a partner, at Kela’s limit 1 434.88 €',
    household: 'couple',
    earningsRelated: '1434.88',
    national: '7.91',
    status: 'continues',
  },
  {
    name: 'with a partner, one cent over Kela’s limit',
    household: 'couple',
    earningsRelated: '1434.89',
    national: '0.00',
    status: 'notPayable',
  },
  {
    name: 'with a partner, two cents over Kela’s limit',
    household: 'couple',
    earningsRelated: '1434.90',
    national: '0.00',
    status: 'notPayable',
  },
];

function pensions(household: Household, earningsRelated: string, kela: { monthlyAmount?: string } = {}) {
  const result = run({
    date: '2024-03-01',
    household: { livingWithPartner: household === 'couple' },
    benefits: {
      kelaPension: { fixedTerm: false, ...kela },
      ...(earningsRelated === '0.00' ? {} : { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: earningsRelated } }),
    },
    scenarios: [{ id: 'no-work', monthlyEarnings: '0' }],
  });
  return { national: outcomeOf(result, 'kelaPension'), guarantee: outcomeOf(result, 'guaranteePension') };
}

describe('Kela’s 2024 figures for its disability pension, each to the cent (KEL 19 and 22 §, kela.fi 2024)', () => {
  it.each(TABLE)('$name: $earningsRelated € of earnings-related pension → national pension $national €', (row) => {
    const { national } = pensions(row.household, row.earningsRelated);
    expect([national.status, national.monthlyAmount]).toEqual([row.status, row.national]);
  });

  it('over Kela’s limit the Why text names the limit, not the smallest amount paid', () => {
    const codes = pensions('single', '1601.22').national.explanations;
    const over = codes.find((e) => e.code === 'kelaOverOtherPensionsLimit');
    expect(over?.params).toEqual({ limit: '1601.21', livingWithPartner: false });
    expect(codes.map((e) => e.code)).not.toContain('kelaBelowMinimumPayable');
  });

  it('far over the limit, where the formula is under the minimum as well, the minimum is the reason given', () => {
    const codes = pensions('couple', '2000.00').national.explanations.map((e) => e.code);
    expect(codes).toContain('kelaBelowMinimumPayable');
    expect(codes).not.toContain('kelaOverOtherPensionsLimit');
  });

  it('an amount taken from Kela’s decision is paid as it is, whatever the other pensions', () => {
    expect(pensions('single', '1700.00', { monthlyAmount: '12.00' }).national.monthlyAmount).toBe('12.00');
  });
});

describe('Kela’s 2024 guarantee pension: 976.59 € in full, paid while all pensions are at most 968.69 €', () => {
  const rows = [
    { name: 'no other pension: the full guarantee pension', earningsRelated: '0.00', guarantee: '200.89' },
    // 500.00 € of national pension from the decision + 468.69 € = 968.69 €: 976.59 − 968.69 = 7.90, the minimum.
    { name: 'all pensions 968.69 €: 7.90 € is paid', earningsRelated: '468.69', guarantee: '7.90' },
    { name: 'all pensions 968.70 €: 7.89 € is not paid', earningsRelated: '468.70', guarantee: '0.00' },
  ];
  it.each(rows)('$name', (row) => {
    const kela = row.earningsRelated === '0.00' ? {} : { monthlyAmount: '500.00' };
    expect(pensions('single', row.earningsRelated, kela).guarantee.monthlyAmount).toBe(row.guarantee);
  });
});
