import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { D } from '../../functions/core/money.ts';
import { check } from '../../rules/commands/check.ts';
import { newPeriod } from '../../rules/commands/new-period.ts';
import { loadRuleSet, RuleSetError, readRules } from '../../rules/load.ts';
import { type EntryToWrite, RuleFileEditor } from '../../rules/yaml-edit.ts';
import { END_OF_2026, rulesAsOf } from './fixtures.ts';

let copy: ReturnType<typeof rulesAsOf> | undefined;
afterEach(() => copy?.remove());

const DATE = '2027-01-01';

function addEntry(dir: string, file: string, parameter: string, date: string, entry: EntryToWrite) {
  const editor = new RuleFileEditor(join(dir, file));
  editor.setEntry(parameter, date, entry);
  editor.save();
}

function withIndexes(nationalPensionIndex?: string, wageCoefficient?: string) {
  copy = rulesAsOf(END_OF_2026);
  if (nationalPensionIndex)
    addEntry(copy.dir, 'indexes.yaml', 'nationalPensionIndex', DATE, {
      value: nationalPensionIndex,
      status: 'official',
      source: 'https://www.kela.fi/kansanelakeindeksi',
    });
  if (wageCoefficient)
    addEntry(copy.dir, 'indexes.yaml', 'wageCoefficient', DATE, {
      value: wageCoefficient,
      status: 'official',
      source: 'https://stm.fi/vakuutusasiat/indeksit',
    });
  return copy;
}

const round2 = (x: string, num: string, den: string) => new D(x).mul(num).div(den).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
const entry = (dir: string, name: string, date = DATE) => readRules(dir).parameters[name]!.entries.find((e) => e.from === date);

describe('rules new-period', () => {
  it('computes every figure that follows an index from the new index value, marked derived, with the arithmetic', () => {
    const { dir } = withIndexes('1950', '1.750');
    const result = newPeriod({ dir, date: DATE });
    expect(result.code).toBe(0);

    const limit = entry(dir, 'minimumEarningsLimit')!;
    // From the law's amount (takuueläkelaki 8 § 665.37 at index 1 302), as Kela computes, not from 2026's rounded figure.
    expect(limit.value).toBe(round2('665.37', '1950', '1302'));
    expect(limit.value).toBe('996.52');
    expect(limit.status).toBe('derived');
    expect(limit.source).toBe('https://www.finlex.fi/fi/laki/alkup/2019/20191227');
    expect(limit.note).toContain(
      "665.37 × 1950/1302 = 996.52 (the law's amount at index 1302 × nationalPensionIndex 2027-01-01 (https://www.kela.fi/kansanelakeindeksi), rounded to cents)",
    );
    expect(entry(dir, 'nationalPensionFullSingle')!.value).toBe(round2('528.50', '1950', '1302'));
    expect(entry(dir, 'disabilityAllowanceHighest')!.value).toBe(round2('335.69', '1950', '1302'));
    expect(entry(dir, 'guaranteePensionMinimumPayable')!.value).toBe(round2('5.38', '1950', '1302'));
    // Wage-coefficient thresholds: whole euros, rounded down (SVL 11:1); the percentages stay.
    expect(entry(dir, 'sicknessAllowanceBrackets')!.value).toEqual([
      { over: '0', percent: '70' },
      { over: String(Math.floor((28899 * 1.75) / 1.712)), percent: '15' },
    ]);
    expect(result.stdout).toMatch(/minimumEarningsLimit\s+earnings-limits\.yaml\s+990\.90\s+996\.52\s+665\.37 × 1950\/1302 = 996\.52/);
    expect(result.stdout).toContain('28899 × 1.750/1.712 = 29540');
  });

  it('writes a placeholder, never last year’s figure, for every figure set each year; check and the loader refuse it', () => {
    const { dir } = withIndexes('1950', '1.750');
    const result = newPeriod({ dir, date: DATE });
    expect(result.stdout).toContain(
      'payroll.yaml › employeeUnemploymentInsurancePercent › 2027-01-01: set every year; previous 0.89 from 2026-01-01',
    );
    expect(result.stdout).toContain('sickness-allowance.yaml › sicknessAllowanceMinimumDaily › 2027-01-01');
    // The tax figures set every year: the scale, deductions, contribution rates and the municipal rates.
    expect(result.stdout).toContain('tax.yaml › stateIncomeTaxScale › 2027-01-01: set every year');
    expect(result.stdout).toContain('tax.yaml › basicDeductionMaximum › 2027-01-01: set every year; previous 4265 from 2026-01-01');
    expect(result.stdout).toContain(
      "municipal-tax-rates.yaml › municipalTaxRates › 2027-01-01: the Tax Administration's decision on the 2027 rates; load it with npm run rules -- import-municipal-rates <file> --year 2027",
    );
    expect(result.stdout).not.toContain('tax.yaml › basicDeductionReductionPercent › 2027-01-01');
    // The national pension threshold is set every year, not indexed: a placeholder too.
    expect(result.stdout).toContain(
      'kela-pension.yaml › nationalPensionIncomeThreshold › 2027-01-01: set every year; previous 66.50 from 2026-01-01',
    );
    expect(result.stdout).toContain('18 placeholders to fill in');
    const placeholder = entry(dir, 'employeeUnemploymentInsurancePercent')!;
    expect(placeholder).toMatchObject({ value: null, status: 'placeholder' });
    expect(placeholder.source).toBeUndefined();

    const checked = check({ dir, today: '2026-12-01' });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      '✗ payroll.yaml: parameters › employeeUnemploymentInsurancePercent › values › 2027-01-01: placeholder left by `rules new-period`',
    );
    expect(() => loadRuleSet(dir)).toThrow(RuleSetError);
    expect(() => loadRuleSet(dir)).toThrow(
      /sickness-allowance\.yaml: parameters › sicknessAllowanceWageDeductionPercent › values › 2027-01-01: placeholder left/,
    );
  });

  it('once the placeholders are filled in, the new period checks and loads', () => {
    const { dir } = withIndexes('1950', '1.750');
    newPeriod({ dir, date: DATE });
    for (const [file, name, value] of [
      ['payroll.yaml', 'employeePensionContributionPercent', '7.30'],
      ['payroll.yaml', 'employeeUnemploymentInsurancePercent', '0.95'],
      ['sickness-allowance.yaml', 'sicknessAllowanceMinimumDaily', '31.99'],
      ['sickness-allowance.yaml', 'sicknessAllowanceWageDeductionPercent', '9.13'],
      ['kela-pension.yaml', 'nationalPensionIncomeThreshold', '66.90'],
    ] as const) {
      addEntry(dir, file, name, DATE, { value, status: 'official', source: 'https://www.kela.fi/' });
    }
    // The tax figures: here simply last year's again (a maintainer writes the new ones).
    for (const p of Object.values(readRules(dir).parameters)) {
      const previous = p.entries.filter((e) => e.from < DATE).at(-1)!;
      if (p.entries.some((e) => e.from === DATE && e.status === 'placeholder'))
        addEntry(dir, p.file, p.name, DATE, {
          value: previous.value as EntryToWrite['value'],
          status: 'official',
          source: 'https://www.vero.fi/',
        });
    }
    expect(check({ dir, today: '2026-12-01' }).code).toBe(0);
    const ruleSet = loadRuleSet(dir);
    expect(ruleSet.parameters.minimumEarningsLimit!.values.at(-1)).toMatchObject({ from: DATE, value: '996.52', status: 'derived' });
  });

  it('without the index for the date, writes placeholders that say what to add, and fills them when run again', () => {
    const { dir } = withIndexes(undefined, '1.750');
    const first = newPeriod({ dir, date: DATE });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('indexes.yaml › nationalPensionIndex › 2027-01-01: the 2027 index value, as published');
    expect(first.stdout).toContain(
      'earnings-limits.yaml › minimumEarningsLimit › 2027-01-01: nationalPensionIndex for 2027-01-01 is not in indexes.yaml yet: enter it, then run new-period 2027-01-01 again',
    );
    expect(entry(dir, 'minimumEarningsLimit')).toMatchObject({ value: null, status: 'placeholder' });
    expect(entry(dir, 'sicknessAllowanceBrackets')!.status).toBe('derived');
    expect(check({ dir, today: '2026-12-01' }).stdout).toContain(
      'earnings-limits.yaml: parameters › minimumEarningsLimit › values › 2027-01-01: placeholder left',
    );

    addEntry(dir, 'indexes.yaml', 'nationalPensionIndex', DATE, {
      value: '1950',
      status: 'official',
      source: 'https://www.kela.fi/kansanelakeindeksi',
    });
    const bracketsBefore = entry(dir, 'sicknessAllowanceBrackets');
    const second = newPeriod({ dir, date: DATE });
    expect(second.code).toBe(0);
    expect(entry(dir, 'minimumEarningsLimit')).toMatchObject({ value: '996.52', status: 'derived' });
    expect(entry(dir, 'sicknessAllowanceBrackets')).toEqual(bracketsBefore);
    expect(second.stdout).toContain(
      'Already have a value from 2027-01-01, left as they are: nationalPensionIndex, wageCoefficient, sicknessAllowanceMinimumAnnualIncome, sicknessAllowanceBrackets.',
    );
  });

  it('changes nothing in a file but the entries it adds: comments and formatting stay', () => {
    const { dir } = withIndexes('1950', '1.750');
    const before = readFileSync(join(dir, 'sickness-allowance.yaml'), 'utf8');
    newPeriod({ dir, date: DATE });
    const after = readFileSync(join(dir, 'sickness-allowance.yaml'), 'utf8');
    expect(after.length).toBeGreaterThan(before.length);
    // Every original line is still there, in order: the new text is only inserted.
    let at = 0;
    for (const line of before.split('\n')) {
      const found = after.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(0);
      at = found + line.length;
    }
    expect(after).toContain('          - { over: "29540", percent: "15" }');
    expect(after).toContain('    # The euro thresholds move with the wage coefficient');
  });

  it('in the middle of a year, moves only the indexed figures and leaves the yearly ones to 1 January', () => {
    copy = rulesAsOf(END_OF_2026);
    addEntry(copy.dir, 'indexes.yaml', 'nationalPensionIndex', '2026-08-01', {
      value: '1960',
      status: 'official',
      source: 'https://www.kela.fi/kansanelakeindeksi',
    });
    const result = newPeriod({ dir: copy.dir, date: '2026-08-01' });
    expect(result.code).toBe(0);
    expect(entry(copy.dir, 'minimumEarningsLimit', '2026-08-01')).toMatchObject({
      value: round2('665.37', '1960', '1302'),
      status: 'derived',
    });
    expect(entry(copy.dir, 'employeeUnemploymentInsurancePercent', '2026-08-01')).toBeUndefined();
    expect(result.stdout).toContain('Set every year, on 1 January, so not touched for a period from 2026-08-01');
    expect(result.stdout).toContain('sicknessAllowanceBrackets › 2026-08-01: wageCoefficient for 2026-08-01 is not in indexes.yaml yet');
  });

  it('--dry-run writes nothing', () => {
    const { dir } = withIndexes('1950', '1.750');
    const before = readFileSync(join(dir, 'earnings-limits.yaml'), 'utf8');
    const result = newPeriod({ dir, date: DATE, dryRun: true });
    expect(result.stdout).toContain('Would add a new period from 2027-01-01');
    expect(result.stdout).toContain('665.37 × 1950/1302 = 996.52');
    expect(readFileSync(join(dir, 'earnings-limits.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a date before an existing period, and unreadable rule files', () => {
    copy = rulesAsOf(END_OF_2026);
    const early = newPeriod({ dir: copy.dir, date: '2025-06-01' });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('already have values dated after 2025-06-01');
    copy.edit('payroll.yaml', (t) => t.replace('area: payroll', 'area: payroll\narea: again'));
    const broken = newPeriod({ dir: copy.dir, date: DATE });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('payroll.yaml: area: written twice');
  });

  it('2024 → 2025 → 2026 from the law’s amounts reproduces Kela’s published figures, where chaining drifted by a cent', () => {
    copy = rulesAsOf('2024-12-31');
    const { dir } = copy;
    const year = (date: string, nationalPensionIndex: string, wageCoefficient: string) => {
      addEntry(dir, 'indexes.yaml', 'nationalPensionIndex', date, {
        value: nationalPensionIndex,
        status: 'official',
        source: 'https://www.kela.fi/kansanelakeindeksi',
      });
      addEntry(dir, 'indexes.yaml', 'wageCoefficient', date, {
        value: wageCoefficient,
        status: 'official',
        source: 'https://stm.fi/vakuutusasiat/indeksit',
      });
      expect(newPeriod({ dir, date }).code).toBe(0);
      return (name: string) => entry(dir, name, date)?.value;
    };
    const in2025 = year('2025-01-01', '1930', '1.673');
    expect(in2025('guaranteePensionFull')).toBe('986.30'); // Kela's release 19.2.2026: "alle 986,30 euroa kuukaudessa"
    expect(in2025('minimumEarningsLimit')).toBe('986.30');
    expect(in2025('nationalPensionFullSingle')).toBe('783.41');
    expect(in2025('nationalPensionFullWithPartner')).toBe('699.42'); // chained from 692.54: 699.43
    expect(in2025('nationalPensionMinimumPayable')).toBe('7.97');
    const in2026 = year('2026-01-01', '1939', '1.712');
    // Kela's 2026 figures (the example table: 787.07, 702.69, 990.90, a guarantee pension of 8.01 paid).
    expect(in2026('nationalPensionFullSingle')).toBe('787.07'); // chained from 783.41: 787.06
    expect(in2026('nationalPensionFullWithPartner')).toBe('702.69');
    expect(in2026('guaranteePensionFull')).toBe('990.90');
    expect(in2026('guaranteePensionMinimumPayable')).toBe('8.01'); // chained from 7.98: 8.02
    expect(in2026('disabilityAllowanceHighest')).toBe('499.93');
    // The threshold is not computed: it waits to be read from Kela's page.
    expect(entry(dir, 'nationalPensionIncomeThreshold', '2026-01-01')).toMatchObject({ value: null, status: 'placeholder' });
  });
});

describe('the law’s base amounts at the inferred index 1 302 reproduce every published amount (456/2001 3 §)', () => {
  const published = [
    // index, national pension single / couple, guarantee pension: tyoelake.fi and Kela, 2020–2024 (official pages)
    { year: '2020', index: '1633', single: '662.86', couple: '591.79', guarantee: '834.52' },
    { year: '2021', index: '1639', single: '665.29', couple: '593.97', guarantee: '837.59' },
    { year: '1–7/2022', index: '1674', single: '679.50', couple: '606.65', guarantee: '855.48' },
    { year: '8–12/2022', index: '1733', single: '703.45', couple: '628.03', guarantee: '885.63' },
    { year: '2023', index: '1805', single: '732.67', couple: '654.13', guarantee: '922.42' },
    { year: '2024', index: '1911', single: '775.70', couple: '692.54', guarantee: '976.59' },
  ];
  it.each(published)('$year (index $index): $single / $couple / $guarantee', ({ index, single, couple, guarantee }) => {
    expect(round2('528.50', index, '1302')).toBe(single);
    expect(round2('471.84', index, '1302')).toBe(couple);
    expect(round2('665.37', index, '1302')).toBe(guarantee);
  });
});
