import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../rules/cli.ts';
import { importMunicipalRates } from '../../rules/commands/import-municipal-rates.ts';
import { newPeriod } from '../../rules/commands/new-period.ts';
import { loadRuleSet, RULES_DIR, readRules } from '../../rules/load.ts';
import { parseMunicipalRates } from '../../rules/municipal-rates.ts';
import { END_OF_2026, rulesAsOf } from './fixtures.ts';

let copy: ReturnType<typeof rulesAsOf> | undefined;
afterEach(() => copy?.remove());

const SOURCE = 'https://www.vero.fi/syventavat-vero-ohjeet/paatokset/99999/kuntien-ja-seurakuntien-tuloveroprosentit-vuonna-2027/';

/** The 2026 table as a 2027 file, tab-separated with decimal points: Akaa raises its rate, Aura merges into Pöytyä. */
function file2027(dir: string): string {
  const lines = readFileSync(join(RULES_DIR, 'import', 'municipal-rates-2026.csv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('Aura;'))
    .map((l) => l.replaceAll(';', '\t').replaceAll(',', '.'))
    .map((l) => (l.startsWith('Akaa\t') ? 'Akaa\t10.10\t1.70\t2.00' : l));
  const path = join(dir, 'kunnat-2027.tsv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const options = (dir: string, file: string) => ({
  dir,
  file,
  year: '2027',
  source: SOURCE,
  decision: 'VH/1/00.01.00/2026',
  sourceDate: '2026-11-17',
  status: 'secondary' as const,
  today: '2026-11-20',
});

describe('rules import-municipal-rates', () => {
  it('adds the year’s table dated 1 January, says what changed, and the rules load with it', () => {
    copy = rulesAsOf(END_OF_2026);
    const result = importMunicipalRates(options(copy.dir, file2027(copy.dir)));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported 307 municipalities for 2027');
    expect(result.stdout).toContain('Compared with 2026-01-01: 1 municipality with new rates, 0 new, 1 gone.');
    expect(result.stdout).toContain('  gone (merged?): Aura');
    expect(result.stdout).toContain('  Akaa 9.90 → 10.10');
    const entry = readRules(copy.dir).parameters.municipalTaxRates!.entries.at(-1)!;
    expect(entry).toMatchObject({ from: '2027-01-01', status: 'secondary', source: SOURCE });
    expect(entry.note).toBe(
      'Verohallinto, "Kuntien ja seurakuntien tuloveroprosentit vuonna 2027", VH/1/00.01.00/2026, given 2026-11-17: 307 municipalities. A transcription, not yet checked against the official file.',
    );
    expect(entry.provenance).toBe('Imported on 2026-11-20 from kunnat-2027.tsv.');
    expect(loadRuleSet(copy.dir).parameters.municipalTaxRates!.values.at(-1)!.value).toMatchObject({ Akaa: ['10.10', '1.70', '2.00'] });
  });

  it('fills the placeholder new-period left, and an official file is marked official with nothing to confirm', () => {
    copy = rulesAsOf(END_OF_2026);
    newPeriod({ dir: copy.dir, date: '2027-01-01' });
    expect(readRules(copy.dir).parameters.municipalTaxRates!.entries.at(-1)).toMatchObject({ from: '2027-01-01', status: 'placeholder' });
    const result = importMunicipalRates({ ...options(copy.dir, file2027(copy.dir)), status: 'official' });
    expect(result.stdout).toContain('replacing the entry written for 2027-01-01');
    const entry = readRules(copy.dir).parameters.municipalTaxRates!.entries.at(-1)!;
    expect(entry.status).toBe('official');
    expect(entry.confirmWith).toBeUndefined();
  });

  it('writes nothing when a line cannot be read, and says which', () => {
    copy = rulesAsOf(END_OF_2026);
    const path = join(copy.dir, 'broken.csv');
    writeFileSync(
      path,
      'Kunta;Kunnan;Ev.lut.;Ortodoks.\nAkaa;9,90;1,70;2,00\nAlajärvi;9,10;1,70\nAlavus;1,75;9,60;2,00\nAkaa;9,90;1,70;2,00\n',
    );
    const before = readFileSync(join(copy.dir, 'municipal-tax-rates.yaml'), 'utf8');
    const result = importMunicipalRates(options(copy.dir, path));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 3 (Alajärvi): needs a name and three percentages');
    expect(result.stderr).toContain('line 4 (Alavus): 1.75 / 9.60 / 2.00 does not look like municipal / parish / parish rates');
    expect(result.stderr).toContain('line 5: Akaa is written twice');
    expect(result.stderr).toContain('Nothing written.');
    expect(readFileSync(join(copy.dir, 'municipal-tax-rates.yaml'), 'utf8')).toBe(before);
  });

  it('--dry-run writes nothing', () => {
    copy = rulesAsOf(END_OF_2026);
    const before = readFileSync(join(copy.dir, 'municipal-tax-rates.yaml'), 'utf8');
    const result = importMunicipalRates({ ...options(copy.dir, file2027(copy.dir)), dryRun: true });
    expect(result.stdout).toContain('Would import 307 municipalities');
    expect(readFileSync(join(copy.dir, 'municipal-tax-rates.yaml'), 'utf8')).toBe(before);
  });

  it('from the command line: needs the year, the decision, its page and date, and says so', async () => {
    copy = rulesAsOf(END_OF_2026);
    const path = file2027(copy.dir);
    const run = (extra: string) => main(['import-municipal-rates', path, '--dir', copy!.dir, ...extra.split(' ').filter(Boolean)]);
    expect((await run('--year 2027')).stderr).toContain('import-municipal-rates needs --source, --decision, --source-date');
    const full = `--year 2027 --source ${SOURCE} --decision VH/1/00.01.00/2026 --source-date 2026-11-17`;
    expect(await run(`${full} --status maybe`)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--status must be official or secondary'),
    });
    expect((await run(full.replace('2026-11-17', '2026-11-31'))).stderr).toContain('"2026-11-31" is not a date written YYYY-MM-DD');
    expect((await run(full.replace('--year 2027', '--year 27'))).stderr).toContain('--year must be a year such as 2027');
    const ok = await run(full);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Imported 307 municipalities for 2027');
  });
});

describe('reading the Tax Administration’s table', () => {
  it('takes semicolons, tabs, bars or commas, decimal commas or points, quotes and a title line', () => {
    const { table, problems } = parseMunicipalRates(
      '\uFEFF"Kunta";"Kunnan tuloveroprosentti";"Ev.lut.";"Ort."\r\n"Koski Tl";"7,4";"1,45";"1,75"\r\nIi\t8.9\t1.5\t2.25\nPedersören kunta|9.30|1.80|2.00\nVantaa,6.40,1.00,1.80\n',
    );
    expect(problems).toEqual([]);
    expect(table).toEqual({
      'Koski Tl': ['7.40', '1.45', '1.75'],
      Ii: ['8.90', '1.50', '2.25'],
      'Pedersören kunta': ['9.30', '1.80', '2.00'],
      Vantaa: ['6.40', '1.00', '1.80'],
    });
  });

  it('an empty file is a problem, not an empty table', () => {
    expect(parseMunicipalRates('\n\n').problems).toEqual(['no municipality found in the file']);
  });
});
