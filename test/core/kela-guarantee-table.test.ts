import { describe, expect, it } from 'vitest';
import { outcomeOf, run } from '../helpers.ts';

/**
 * Kela's 2026 example table "Esimerkkejä takuueläkkeen määrästä" (kela.fi/takuuelake, and Kela's "Eläketaulukot
 * 1.1.2026"): the national pension and the guarantee pension beside an earnings-related pension, for a person
 * living alone and one living with a partner, €/month.
 *
 * Status of the rows: they are known here only from a third-party transcription of Kela's table; no stored copy
 * of Kela's 2026 page was found. They are consistent with the law (KEL 19 § 528.50 / 471.84 and takuueläkelaki
 * 8 § 665.37 at the 2026 index 1939; threshold 66.50 = 798 € a year) and with Kela's official 2019 table of the
 * same kind, which shows the national pension rounded down to the cent (628.85 − ½ × (242.49 − 55.50) = 535.355
 * → 535.35, guarantee pension 6.68 paid; https://www.kela.fi/web/sv/garantipension-belopp-och-utbetalning).
 * `npm run rules -- check` lists the page a maintainer must open to confirm them (nationalPensionIncomeThreshold).
 *
 * Two rows test the rounding: at 325.15 € (single) and 493.91 € (couple) the exact national pension ends in half a
 * cent (657.745, 488.985); Kela prints it rounded down, and the guarantee pension is then exactly its minimum 8.01,
 * which is paid. Rounded half up, the guarantee pension would be 8.00 and not paid.
 */
const TABLE = [
  // earnings-related pension, national pension, guarantee pension (0.00: not paid)
  { household: 'single', earningsRelated: '0.00', national: '787.07', guarantee: '203.83' },
  { household: 'single', earningsRelated: '50.00', national: '787.07', guarantee: '153.83' },
  { household: 'single', earningsRelated: '100.00', national: '770.32', guarantee: '120.58' },
  { household: 'single', earningsRelated: '200.00', national: '720.32', guarantee: '70.58' },
  { household: 'single', earningsRelated: '325.15', national: '657.74', guarantee: '8.01' },
  { household: 'single', earningsRelated: '493.91', national: '573.36', guarantee: '0.00' },
  { household: 'single', earningsRelated: '500.00', national: '570.32', guarantee: '0.00' },
  { household: 'couple', earningsRelated: '0.00', national: '702.69', guarantee: '288.21' },
  { household: 'couple', earningsRelated: '50.00', national: '702.69', guarantee: '238.21' },
  { household: 'couple', earningsRelated: '100.00', national: '685.94', guarantee: '204.96' },
  { household: 'couple', earningsRelated: '200.00', national: '635.94', guarantee: '154.96' },
  { household: 'couple', earningsRelated: '325.15', national: '573.36', guarantee: '92.39' },
  { household: 'couple', earningsRelated: '493.91', national: '488.98', guarantee: '8.01' },
  { household: 'couple', earningsRelated: '500.00', national: '485.94', guarantee: '0.00' },
] as const;

function pensions(household: 'single' | 'couple', earningsRelated: string, date = '2026-03-01') {
  const result = run({
    date,
    household: { livingWithPartner: household === 'couple' },
    benefits: {
      kelaPension: { fixedTerm: false },
      ...(earningsRelated === '0.00' ? {} : { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: earningsRelated } }),
    },
    scenarios: [{ id: 'no-work', monthlyEarnings: '0' }],
  });
  return {
    national: outcomeOf(result, 'kelaPension'),
    guarantee: outcomeOf(result, 'guaranteePension'),
    total: result.scenarios[0]!.totals.grossIncome,
  };
}

describe('Kela’s 2026 guarantee pension examples, every row to the cent (KEL 19 and 22 §, takuueläkelaki 8–9 §)', () => {
  it.each(TABLE)('$household, earnings-related pension $earningsRelated €: national $national €, guarantee $guarantee €', (row) => {
    const { national, guarantee, total } = pensions(row.household, row.earningsRelated);
    expect(national.monthlyAmount).toBe(row.national);
    expect(guarantee.monthlyAmount).toBe(row.guarantee);
    expect(guarantee.status).toBe(row.guarantee === '0.00' ? 'notPayable' : 'continues');
    // Kela's "yhteensä": every pension together.
    const sum = (Number(row.earningsRelated) * 100 + Number(row.national) * 100 + Number(row.guarantee) * 100) / 100;
    expect(total).toBe(sum.toFixed(2));
  });
});

describe('the minimum payable at the limit and one cent under it (2026: 8.01 €)', () => {
  it('a guarantee pension of exactly 8.01 € is paid; with an earnings-related pension one cent higher it would be 8.00 € and is not', () => {
    expect(pensions('single', '325.15').guarantee.monthlyAmount).toBe('8.01');
    const under = pensions('single', '325.16');
    expect(under.national.monthlyAmount).toBe('657.74');
    expect([under.guarantee.status, under.guarantee.monthlyAmount]).toEqual(['notPayable', '0.00']);
    expect(under.guarantee.explanations.map((e) => e.code)).toContain('guaranteeBelowMinimumPayable');
  });

  it('a national pension of exactly 8.01 € is paid; 8.005 € is rounded down to 8.00 € and not paid', () => {
    // 787.07 − ½ × (1624.62 − 66.50) = 8.01; 787.07 − ½ × (1624.63 − 66.50) = 8.005.
    const at = pensions('single', '1624.62').national;
    expect([at.status, at.monthlyAmount]).toEqual(['continues', '8.01']);
    const under = pensions('single', '1624.63').national;
    expect([under.status, under.monthlyAmount]).toEqual(['notPayable', '0.00']);
    expect(under.explanations.map((e) => e.code)).toContain('kelaBelowMinimumPayable');
  });
});

describe('the threshold is set every year, not indexed (official 61.95 in 2023, 65.62 in 2024, 66.50 in 2026)', () => {
  const years = [
    // 732.67 − ½ × (100 − 61.95) = 713.645 → 713.64; 775.70 − ½ × (100 − 65.62) = 758.51; 787.07 − ½ × 33.50 = 770.32.
    { date: '2023-03-01', national: '713.64' },
    { date: '2024-03-01', national: '758.51' },
    { date: '2026-03-01', national: '770.32' },
  ];
  it.each(years)('single, earnings-related pension 100 € on $date: national pension $national €', ({ date, national }) => {
    expect(pensions('single', '100.00', date).national.monthlyAmount).toBe(national);
  });
});
