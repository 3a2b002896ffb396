import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import type { MunicipalityNames } from '../../rules/compile.ts';
import { results as en } from '../../web/src/i18n/results/en.ts';
import { results as fi } from '../../web/src/i18n/results/fi.ts';
import { results as sv } from '../../web/src/i18n/results/sv.ts';
import { initialForm } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { displayName, namesAt, resolveMunicipality, searchMunicipalities } from '../../web/src/lib/municipalities.ts';
import { afterTaxSentence, extraHourText, netMethodText } from '../../web/src/lib/net-words.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { ruleSet } from './engine.ts';

/**
 * The amount after tax in the table and the answer, from the real engine (a rehabilitation subsidy of 1 200 €,
 * options 0 h and 10 h at 13,20 €), and the municipality field's search over the compiled rules' names.
 */

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

function resultFor(month: string, tax: Partial<ReturnType<typeof initialForm>['case']['tax']>) {
  const form = initialForm(month);
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200' };
  form.case.tax = { ...form.case.tax, ...tax };
  const request = CalculationRequest.parse(toRequest(form));
  return calculate(ruleSet, { ...request, date: `${month}-01` });
}
const names = (id: string) => (id === 's1' ? 'Option 1' : 'Option 2');

describe('the amount after tax in words', () => {
  it('Turku, March 2026: the estimate, its municipality and rate, the extra hour, the answer in whole euros', () => {
    const result = resultFor('2026-03', { municipality: 'Turku' });
    const option = result.scenarios[1]!;
    expect(option.totals.netMethod).toBe('taxRules');
    expect(norm(netMethodText(option, fi.table, formatters('fi')))).toBe('arvio verosäännöistä (Turku 7,1 %)');
    const change = Number(option.totals.netChangeFromFirst);
    const euros = Math.round(change);
    expect(norm(afterTaxSentence(result, names, en.answer, formatters('en')))).toBe(
      `Option 2: after tax, you would have about €${euros} more a month than in the comparison (Option 1).`,
    );
    const x = option.extraHour!;
    const words = extraHourText(option, sv.table, formatters('sv'));
    expect(norm(words.main)).toBe(norm(`${formatters('sv').moneyChange(x.netIncomeChange!)} i handen`));
    expect(norm(words.detail)).toBe('lön +57,20 €');
  });

  it('a church member: the method says church tax is included', () => {
    const option = resultFor('2026-03', { municipality: 'Turku', churchMember: true }).scenarios[1]!;
    expect(norm(netMethodText(option, en.table, formatters('en')))).toBe('estimate from the tax rules (Turku 7.1% + church tax)');
  });

  it('typed percentages override the estimate, and the answer says so', () => {
    const result = resultFor('2026-03', { municipality: 'Turku', wageWithholdingPercent: '20', benefitWithholdingPercent: '20' });
    expect(netMethodText(result.scenarios[1]!, fi.table, formatters('fi'))).toBe('verokorttiesi prosenteilla');
    expect(afterTaxSentence(result, names, fi.answer, formatters('fi'))).toMatch(/verokorttiesi prosenteilla\.$/);
  });

  it('no municipality: not calculated, and the answer says what to give', () => {
    const result = resultFor('2026-03', {});
    expect(netMethodText(result.scenarios[1]!, fi.table, formatters('fi'))).toBe('ei laskettu: anna kotikunta');
    expect(afterTaxSentence(result, names, sv.answer, formatters('sv'))).toMatch(
      /^Hur mycket du får i handen efter skatt: ange din hemkommun/,
    );
  });

  it('2024 (no municipal rates) and Åland: not estimated, said honestly', () => {
    const y2024 = resultFor('2024-06', { municipality: 'Turku' });
    expect(netMethodText(y2024.scenarios[1]!, en.table, formatters('en'))).toBe('not calculated: no tax rules for 2024');
    expect(afterTaxSentence(y2024, names, en.answer, formatters('en'))).toMatch(/does not estimate the tax of 2024/);
    const aland = resultFor('2026-03', { municipality: 'Maarianhamina' });
    expect(netMethodText(aland.scenarios[1]!, en.table, formatters('en'))).toBe('not calculated: tax in Åland is not estimated');
  });

  it('an option given as monthly pay has no extra hour', () => {
    const option = resultFor('2026-03', { municipality: 'Turku' }).scenarios[1]!;
    expect(extraHourText({ ...option, extraHour: null }, en.table, formatters('en'))).toEqual({ main: '–', detail: null });
    const noNet = resultFor('2026-03', {}).scenarios[1]!;
    expect(norm(extraHourText(noNet, en.table, formatters('en')).main)).toBe('pay +€57.20');
  });
});

describe('the municipality field’s names (rules/dist/municipalities.json)', () => {
  const data = JSON.parse(readFileSync(join(process.cwd(), 'rules', 'dist', 'municipalities.json'), 'utf8')) as MunicipalityNames;
  const list = namesAt(data, '2026-03');

  it('finds by the start or a part of the Finnish name, case and accents forgiving', () => {
    expect(searchMunicipalities(list, 'tamp').map((m) => m.name)).toEqual(['Tampere']);
    expect(searchMunicipalities(list, 'HAMEENL').map((m) => m.name)).toEqual(['Hämeenlinna']);
    expect(searchMunicipalities(list, 'kunta').map((m) => m.name)).toContain('Pedersören kunta');
  });

  it('finds by the Swedish name and puts the Tax Administration’s name in the request', () => {
    for (const [sv, fiName] of [
      ['Helsingfors', 'Helsinki'],
      ['esbo', 'Espoo'],
      ['Vasa', 'Vaasa'],
      ['abo', 'Turku'],
      ['Åbo', 'Turku'],
      ['Uleåborg', 'Oulu'],
      ['uleaborg', 'Oulu'],
      ['Tammerfors', 'Tampere'],
      ['Björneborg', 'Pori'],
      ['Mariehamn', 'Maarianhamina'],
      ['Pedersöre', 'Pedersören kunta'],
      ['Pyttis', 'Pyhtää'],
      ['Koskis', 'Koski Tl'],
      ['S:t Karins', 'Kaarina'],
      ['Gustav Adolfs', 'Hartola'],
    ] as const) {
      expect(searchMunicipalities(list, sv)[0]?.name).toBe(fiName);
      expect(resolveMunicipality(list, sv)).toBe(fiName);
    }
    expect(resolveMunicipality(list, 'helsingf')).toBeNull();
    expect(displayName({ name: 'Helsinki', swedish: 'Helsingfors' }, 'sv')).toBe('Helsingfors (Helsinki)');
    expect(displayName({ name: 'Helsinki', swedish: 'Helsingfors' }, 'fi')).toBe('Helsinki (Helsingfors)');
  });

  it('every Swedish name leads to a municipality in each year’s table, and the years before the tables use the first', () => {
    for (const table of data.tables) expect(table.names.length).toBe(308);
    expect(namesAt(data, '2024-05').names).toEqual(data.tables[0]!.names);
    expect(list.swedish.size).toBe(114);
  });

  it('the Swedish names are Statistics Finland’s: one for each municipality, none used twice, each differing from the Finnish', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'rules', 'municipality-names-sv.json'), 'utf8')) as {
      source: { href: string };
      names: Record<string, string>;
    };
    expect(file.source.href).toMatch(/^https:\/\/stat\.fi\/fi\/luokitukset\/kunta\//);
    const pairs = Object.entries(file.names);
    expect(pairs).toHaveLength(114);
    expect(new Set(pairs.map(([, sv]) => sv)).size).toBe(114);
    for (const [fi, sv] of pairs) {
      expect(sv, fi).not.toBe(fi);
      expect(list.names, fi).toContain(fi);
    }
    expect(data.swedish).toEqual(file.names);
    // Unilingual Finnish municipalities with a Swedish name of their own are in; those without one are not.
    expect(list.swedish.get('Iisalmi')).toBe('Idensalmi');
    expect(list.swedish.get('Ähtäri')).toBe('Etseri');
    expect(list.swedish.has('Kuopio')).toBe(false);
    expect(list.swedish.has('Loppi')).toBe(false);
  });
});
