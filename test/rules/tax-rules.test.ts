import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { marginal } from '../../functions/core/brackets.ts';
import { D, dec } from '../../functions/core/money.ts';
import type { Bracket, MunicipalRateTable } from '../../functions/core/ruleset.ts';
import { loadRuleSet, RULES_DIR, RuleSetError } from '../../rules/load.ts';
import { parseMunicipalRates } from '../../rules/municipal-rates.ts';
import { ruleSet } from '../helpers.ts';
import { copyOfRules } from './fixtures.ts';

const valueOn = (name: string, from: string) => ruleSet.parameters[name]!.values.find((v) => v.from === from)!.value;

describe('the state income tax scale', () => {
  // The acts print the tax at each lower limit; the brackets must give exactly those amounts.
  it.each([
    ['2024-01-01', { 20500: '2591.20', 30500: '4491.20', 50400: '10510.95', 88200: '23362.95', 150000: '49318.95' }],
    ['2025-01-01', { 21200: '2679.68', 31500: '4636.68', 52100: '10868.18', 88200: '23142.18', 150000: '48943.68' }],
    ['2026-01-01', { 22000: '2780.80', 32600: '4794.80', 40100: '7063.55', 52100: '11053.55' }],
  ])('from %s reproduces the published tax at each lower limit', (from, published) => {
    const scale = valueOn('stateIncomeTaxScale', from) as Bracket[];
    expect(scale.slice(1).map((b) => Number(b.over))).toEqual(Object.keys(published).map(Number));
    for (const [limit, tax] of Object.entries(published)) expect(marginal(dec(limit), scale).toFixed(2)).toBe(tax);
  });
});

describe('the municipal and parish rates', () => {
  const tables = ruleSet.parameters.municipalTaxRates!.values;
  const aland = ruleSet.parameters.alandMunicipalities!.values.at(-1)!.value as string[];

  it('hold every municipality of 2025 and 2026 (308: Pertunmaa merged into Mäntyharju in 2025), Åland’s sixteen included', () => {
    expect(tables.map((t) => t.from)).toEqual(['2025-01-01', '2026-01-01']);
    for (const { value } of tables) {
      const names = Object.keys(value);
      expect(names).toHaveLength(308);
      for (const name of aland) expect(names).toContain(name);
      expect(names).not.toContain('Pertunmaa');
    }
    expect(aland).toHaveLength(16);
  });

  it('have plausible rates: mainland 4–11 %, Åland 17–20 %, parishes 1–2.25 %', () => {
    for (const { value } of tables) {
      for (const [name, [municipal, lutheran, orthodox]] of Object.entries(value as MunicipalRateTable)) {
        const [low, high] = aland.includes(name) ? [17, 20] : [4, 11];
        expect(Number(municipal), name).toBeGreaterThanOrEqual(low);
        expect(Number(municipal), name).toBeLessThanOrEqual(high);
        for (const parish of [lutheran, orthodox]) expect(new D(parish).gte(1) && new D(parish).lte('2.25'), name).toBe(true);
      }
    }
  });

  it('are the imported files as they are in rules/import/, row for row', () => {
    for (const year of ['2025', '2026']) {
      const { table, problems } = parseMunicipalRates(readFileSync(join(RULES_DIR, 'import', `municipal-rates-${year}.csv`), 'utf8'));
      expect(problems).toEqual([]);
      expect(valueOn('municipalTaxRates', `${year}-01-01`)).toEqual(table);
    }
  });

  it('are marked as a transcription, with the decision as their source and a way to confirm them', () => {
    for (const entry of tables) {
      expect(entry.status).toBe('secondary');
      expect(entry.source).toMatch(/^https:\/\/www\.vero\.fi\/syventavat-vero-ohjeet\/paatokset\/.*vuonna-20\d\d\/$/);
      expect(entry.note).toMatch(
        /^Verohallinto, "Kuntien ja seurakuntien tuloveroprosentit vuonna 20\d\d", VH\/\d+\/00\.01\.00\/20\d\d, given 20\d\d-\d\d-\d\d/,
      );
      expect(entry.note).not.toMatch(/github/i);
    }
  });
});

describe('no third-party repository is shown as the source of a tax figure', () => {
  it('sources and notes of the tax files point to official pages; copies are named only in provenance', () => {
    for (const parameter of Object.values(ruleSet.parameters).filter((p) => ['tax', 'municipalTax'].includes(p.area))) {
      for (const v of parameter.values) {
        expect(v.source, parameter.name).not.toMatch(/github|nettopalkka/i);
        expect(v.note ?? '', parameter.name).not.toMatch(/github|nettopalkka|ai2/i);
      }
    }
  });
});

let copy: ReturnType<typeof copyOfRules> | undefined;
afterEach(() => copy?.remove());

function problemsOf(file: string, change: (text: string) => string): string {
  copy = copyOfRules();
  copy.edit(file, change);
  try {
    loadRuleSet(copy.dir);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).message;
  }
  throw new Error('the broken rule set loaded');
}

describe('a broken tax rule is refused, naming the file, the parameter and the date', () => {
  it('a rate with a decimal comma or three rates missing one', () => {
    expect(
      problemsOf('municipal-tax-rates.yaml', (t) => t.replace('Akaa: ["9.90", "1.70", "2.00"]', 'Akaa: ["9,90", "1.70", "2.00"]')),
    ).toContain(
      'municipal-tax-rates.yaml: parameters › municipalTaxRates › values › 2025-01-01 › value › Akaa › 0: must be a percentage written in quotes with two decimals',
    );
    expect(problemsOf('municipal-tax-rates.yaml', (t) => t.replace('Akaa: ["9.90", "1.70", "2.00"]', 'Akaa: ["9.90", "1.70"]'))).toContain(
      'municipalTaxRates › values › 2025-01-01 › value › Akaa',
    );
  });

  it('a value that starts before the file’s rules are available, or an age that is not whole years', () => {
    expect(problemsOf('tax.yaml', (t) => t.replace('availableFrom: 2023-01-01', 'availableFrom: 2023-06-01'))).toContain(
      'tax.yaml: parameters › stateIncomeTaxScale › values: first value starts 2023-01-01, but the file says its rules are available from 2023-06-01',
    );
    expect(problemsOf('tax.yaml', (t) => t.replace('value: "65"', 'value: "65.5"'))).toContain(
      'tax.yaml: parameters › workIncomeCreditOlderAge › values › 2023-01-01 › value: must be an age in whole years',
    );
  });

  it('a name written twice in a list of names', () => {
    expect(problemsOf('municipal-tax-rates.yaml', (t) => t.replace('          - Eckerö\n', '          - Brändö\n'))).toContain(
      'municipal-tax-rates.yaml: parameters › alandMunicipalities › values › 2025-01-01 › value: a name is written twice',
    );
  });
});
