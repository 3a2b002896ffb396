import { describe, expect, it } from 'vitest';
import { money } from '../../functions/core/money.ts';
import { type IncomeKind, taxOf, total } from './tax-support.ts';

/**
 * The Tax Administration's own worked examples, "Esimerkkejä palkan, eläkkeen ja etuuden veroprosenteista vuonna
 * 20XX" (https://www.vero.fi/henkiloasiakkaat/verokortti-ja-veroilmoitus/tulot/ansiotulot/palkan-el%C3%A4kkeen-ja-etuuden-veroprosentit/):
 * a person in Helsinki, a member of the Evangelical Lutheran church, of working age, with one kind of income for
 * the whole year and only the deductions the Tax Administration makes itself. The amount is the year's tax as the
 * tax card withholds it: state, municipal and church tax and the medical care contribution less the work income
 * credit, plus the daily allowance contribution and YLE tax (the employee pension and unemployment contributions
 * are withheld separately and not included). Reproduced to the cent.
 *
 * 2026: the page as updated 22.11.2025; 2025: as updated 23.11.2024 (wage column only found). KNOWN ONLY FROM
 * TRANSCRIPTIONS: the figures below were read in two third-party GitHub projects (nettopalkka.fi's
 * `params-2026.json` › vero_esimerkit and ai2-tax-plugins' tests; see rules/research/tax-research-2.md § B), not
 * on vero.fi itself: the stored copies of the page are its 2023 (Finnish) and 2024 (English) versions, tested in
 * tax-examples-2023-2024.test.ts. If either project generated its table with its own calculator, these
 * rows prove agreement with that model, not with the Tax Administration. A maintainer must compare them with
 * the current vero.fi page before the app says "checked against the Tax Administration's examples".
 */

/** income → [wage, benefit, pension] tax in euros. */
const EXAMPLES_2026: Record<number, [string, string, string]> = {
  10000: ['0.00', '1382.56', '0.00'],
  16000: ['2.50', '2850.25', '784.06'],
  20000: ['278.50', '3914.55', '2340.15'],
  30000: ['2530.49', '6797.80', '5699.42'],
  40000: ['5511.99', '10309.30', '9614.77'],
  50000: ['9361.96', '14410.30', '14410.30'],
  60000: ['13244.84', '18850.05', '18850.05'],
  70000: ['17415.60', '23379.05', '23964.05'],
};

/** income → [wage tax, tax card percentage]. */
const WAGES: Record<number, Record<number, [string, string]>> = {
  2025: {
    10000: ['0.00', '0.00'],
    16000: ['2.50', '0.50'],
    20000: ['270.50', '1.50'],
    30000: ['2967.23', '10.00'],
    40000: ['6183.08', '15.50'],
    50000: ['10009.13', '20.50'],
    60000: ['13950.51', '23.50'],
    70000: ['18159.64', '26.00'],
  },
  2026: {
    10000: ['0.00', '0.00'],
    16000: ['2.50', '0.50'],
    20000: ['278.50', '1.50'],
    30000: ['2530.49', '8.50'],
    40000: ['5511.99', '14.00'],
    50000: ['9361.96', '19.00'],
    60000: ['13244.84', '22.50'],
    70000: ['17415.60', '25.00'],
  },
};

const KINDS: [string, IncomeKind, number][] = [
  ['wages', 'wages', 0],
  ['a benefit', 'benefits', 1],
  ['a pension', 'earningsRelatedPension', 2],
];

describe('the Tax Administration’s examples of 2026 as transcribed (not yet read on vero.fi), to the cent', () => {
  const rows = Object.entries(EXAMPLES_2026).flatMap(([gross, amounts]) =>
    KINDS.map(([label, kind, i]) => ({ label, kind, gross: Number(gross), expected: amounts[i]! })),
  );
  it.each(rows)('$gross € of $label in 2026 → $expected € of tax', ({ kind, gross, expected }) => {
    expect(total(taxOf(2026, { [kind]: gross }))).toBe(expected);
  });

  it('a Kela pension is taxed as an earnings-related pension of the same amount', () => {
    expect(total(taxOf(2026, { kelaPension: 16000 }))).toBe('784.06');
    expect(total(taxOf(2026, { kelaPension: 8000, earningsRelatedPension: 8000 }))).toBe('784.06');
  });
});

describe('the Tax Administration’s wage examples as transcribed (not yet read on vero.fi), with their tax card percentages (rounded up to half a point)', () => {
  const rows = Object.entries(WAGES).flatMap(([year, byIncome]) =>
    Object.entries(byIncome).map(([gross, [tax, percent]]) => ({ year: Number(year), gross: Number(gross), tax, percent })),
  );
  it.each(rows)('$year: $gross € of wages → $tax € of tax, a $percent % tax card', ({ year, gross, tax, percent }) => {
    const result = taxOf(year, { wages: gross });
    expect(total(result)).toBe(tax);
    expect(money(result.taxCardPercent)).toBe(percent);
  });
});

describe('the worked examples of the Tax Administration’s guidance', () => {
  it('2026 work income credit at 42 510 € of net earned income: 3 430 − 150.20 = 3 279.80 € (guidance VH/271/00.01.00/2026)', () => {
    const result = taxOf(2026, { wages: 43260 });
    expect(money(result.netEarnedIncome)).toBe('42510.00');
    expect(money(result.credit.workIncome)).toBe('3279.80');
  });

  it('2026 work income credit stops falling at 50 550 €: 3 430 − 311 = 3 119 € at any higher income', () => {
    expect(money(taxOf(2026, { wages: 51300 }).credit.workIncome)).toBe('3119.00');
    expect(money(taxOf(2026, { wages: 250000 }).credit.workIncome)).toBe('3119.00');
  });

  it('2025 work income credit runs out at high incomes (the second reduction of 3.44 %)', () => {
    expect(money(taxOf(2025, { wages: 250000 }).credit.workIncome)).toBe('0.00');
  });
});
