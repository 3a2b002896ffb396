import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../rules/commands/check.ts';
import { RuleFileEditor } from '../../rules/yaml-edit.ts';
import { END_OF_2026, rulesAsOf } from './fixtures.ts';

let copy: ReturnType<typeof rulesAsOf> | undefined;
afterEach(() => copy?.remove());

const TODAY = '2026-06-15';

function checked(edit?: (c: ReturnType<typeof rulesAsOf>) => void, today = TODAY) {
  copy = rulesAsOf(END_OF_2026);
  edit?.(copy);
  return check({ dir: copy.dir, today });
}

describe('rules check', () => {
  it('passes the repository’s rules, stating the verified date and listing the figures that are not official', () => {
    const result = checked();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Verified until 2026-12-31 (199 days from 2026-06-15)');
    expect(result.stdout).toContain('Latest change: 2026-01-01');
    expect(result.stdout).toContain('No errors.');
    expect(result.stdout).toMatch(
      /Not official on 2026-12-31[^\n]*:\n(\s+! [^\n]+\n)*\s+! earnings-limits\.yaml › minimumEarningsLimit › 2026-01-01: derived/,
    );
    expect(result.stdout).toContain('! sickness-allowance.yaml › sicknessAllowanceBrackets › 2026-01-01: derived');
    expect(result.stdout).not.toContain('! indexes.yaml › nationalPensionIndex');
    // A tax figure that is not official says what would confirm it.
    expect(result.stdout).toContain(
      '! tax.yaml › basicDeductionMaximum › 2026-01-01: secondary; to confirm: vero.fi "Veroperusteet" for 2026, or TVL 106 § as amended by 1141/2025.',
    );
    expect(result.stdout).toContain(
      '! municipal-tax-rates.yaml › municipalTaxRates › 2026-01-01: secondary; to confirm: The official table of decision VH/6585/00.01.00/2025',
    );
    expect(result.stdout).toMatch(/OK: the rule set is valid \(\d+ warnings\)\. Version [^+\s]+\+[0-9a-f]{12}\./);
  });

  it('fails on a value without its source, naming file, parameter and date', () => {
    const result = checked((c) =>
      c.edit('kela-pension.yaml', (t) => t.replace(/(value: "775.70"\n\s+status: official\n)\s+source: [^\n]+\n/, '$1')),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '✗ kela-pension.yaml: parameters › nationalPensionFullSingle › values › 2024-01-01 › source: must be the web address',
    );
    expect(result.stdout).toMatch(/FAILED: 1 error, \d+ warnings\./);
  });

  it('fails on an unknown status', () => {
    const result = checked((c) =>
      c.edit('guarantee-pension.yaml', (t) => t.replace(/(value: "976.59"\n\s+status: )official/, '$1verified')),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'guarantee-pension.yaml: parameters › guaranteePensionFull › values › 2024-01-01 › status: must be one of official, secondary, derived',
    );
  });

  it('fails on a date written twice (overlapping entries), with both lines', () => {
    const result = checked((c) =>
      c.edit('payroll.yaml', (t) => t.replace('      2026-01-01:\n        value: "0.89"', '      2025-01-01:\n        value: "0.89"')),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /payroll\.yaml: parameters › employeeUnemploymentInsurancePercent › values › 2025-01-01: written twice \(lines \d+ and \d+\); each date may have only one value/,
    );
  });

  it('fails on a placeholder left by new-period', () => {
    const result = checked((c) => {
      const editor = new RuleFileEditor(join(c.dir, 'payroll.yaml'));
      editor.setEntry('employeeUnemploymentInsurancePercent', '2026-01-01', { value: null, status: 'placeholder', note: 'Fill in.' });
      editor.save();
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '✗ payroll.yaml: parameters › employeeUnemploymentInsurancePercent › values › 2026-01-01: placeholder left by `rules new-period`: fill in the value, its status and its source',
    );
  });

  it('fails when an index moves and a figure that follows it does not (no silent copy of last year’s figure)', () => {
    const result = checked((c) =>
      c.edit('earnings-limits.yaml', (t) => t.replace(/\n {6}2026-01-01:\n {8}value: "990.90"\n( {8}[^\n]+\n)+/, '\n')),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '✗ earnings-limits.yaml: parameters › minimumEarningsLimit › values: nationalPensionIndex (indexes.yaml) changes on 2026-01-01, but this figure has no value from that date; run `npm run rules -- new-period 2026-01-01`',
    );
  });

  it('fails when verifiedUntil reaches into a year for which a yearly figure has no value', () => {
    const result = checked((c) => c.edit('ruleset.yaml', (t) => t.replace('verifiedUntil: 2026-12-31', 'verifiedUntil: 2027-03-31')));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '✗ indexes.yaml: parameters › nationalPensionIndex › values: set every year, but the latest value is from 2026-01-01 while ruleset.yaml says the rules are verified until 2027-03-31; add the 2027 value',
    );
    expect(result.stdout).toContain('payroll.yaml: parameters › employeeUnemploymentInsurancePercent › values: set every year');
  });

  it('reports a gap: a parameter whose values start after the rule set’s first day', () => {
    const result = checked((c) =>
      c.edit('earnings-limits.yaml', (t) => t.replace(/(restMinimumMonths:[\s\S]*?)2023-01-01:/, '$12023-03-01:')),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'earnings-limits.yaml: parameters › restMinimumMonths › values: first value starts 2023-03-01, but the rule set covers 2023-01-01 onwards',
    );
  });

  it('fails on an indexed figure without its rounding', () => {
    const result = checked((c) =>
      c.edit('kela-pension.yaml', (t) => t.replace(/(nationalPensionFullSingle:[\s\S]*?) {4}rounding: cents\n/, '$1')),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'kela-pension.yaml: parameters › nationalPensionFullSingle › rounding: an indexed figure must say how it is rounded: cents or euroDown',
    );
  });

  it('fails on an indexation naming no index', () => {
    const result = checked((c) =>
      c.edit('kela-pension.yaml', (t) =>
        t.replace(/(nationalPensionFullWithPartner:[\s\S]*?indexation: )nationalPensionIndex/, '$1pensionIndex'),
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'kela-pension.yaml: parameters › nationalPensionFullWithPartner › indexation: no parameter pensionIndex to follow',
    );
  });

  it('warns (exit 0) about a derived value the index arithmetic does not reproduce', () => {
    const result = checked((c) => c.edit('disability-allowance.yaml', (t) => t.replace('value: "499.93"', 'value: "499.39"')));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'disability-allowance.yaml › disabilityAllowanceHighest › 2026-01-01: written "499.39", but 335.69 × 1939/1302 = 499.93',
    );
    // Without a base amount in the law, the value is checked against last year's.
    expect(result.stdout).not.toContain('sicknessAllowanceBrackets › 2026-01-01: written');
  });

  it('warns about values dated after verifiedUntil and about an expired verifiedUntil', () => {
    const result = checked((c) => c.edit('ruleset.yaml', (t) => t.replace('verifiedUntil: 2026-12-31', 'verifiedUntil: 2026-05-31')));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Verified until 2026-05-31 (15 days ago)');
    expect(result.stdout).toContain('verifiedUntil 2026-05-31 has passed (2026-06-15)');
    expect(result.stdout).not.toContain('Dated after verifiedUntil');

    copy?.remove();
    const later = checked((c) => {
      const editor = new RuleFileEditor(join(c.dir, 'indexes.yaml'));
      editor.setEntry('nationalPensionIndex', '2027-01-01', {
        value: '1950',
        status: 'official',
        source: 'https://www.kela.fi/kansanelakeindeksi',
      });
      editor.save();
    });
    expect(later.code).toBe(1); // the figures that follow it have no 2027 value yet
    expect(later.stdout).toContain('Dated after verifiedUntil 2026-12-31');
    expect(later.stdout).toContain('! indexes.yaml › nationalPensionIndex › 2027-01-01: official');
  });

  it('warns about dates written out of order', () => {
    const result = checked((c) =>
      c.edit('payroll.yaml', (t) =>
        t.replace(/( {6}2025-01-01:\n {8}value: "0.59"\n(?: {8}[^\n]+\n)+)( {6}2026-01-01:\n {8}value: "0.89"\n(?: {8}[^\n]+\n)+)/, '$2$1'),
      ),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('payroll.yaml › employeeUnemploymentInsurancePercent: 2023-01-01, 2024-01-01, 2026-01-01, 2025-01-01');
  });

  it('lists every value that is not official, with why and the page that would confirm it', () => {
    const result = checked();
    expect(result.stdout).toMatch(/To confirm: \d+ values of \d+ parameters not read from an official source/);
    // The 2026 threshold, implied by Kela's example table: what to open to confirm it, and the test that reproduces the table.
    expect(result.stdout).toContain('  kela-pension.yaml › nationalPensionIncomeThreshold\n    2025-01-01  66.27  derived: An estimate');
    expect(result.stdout).toMatch(/\n {4}2026-01-01 {2}66\.50 {2}derived: 798 € a year\. Kela's 2026 example table/);
    expect(result.stdout).toContain(
      'confirm on: Kela – Kansaneläkkeen määrä ja maksaminen, the formula "Laskukaava yksin asuvalle … – (bruttotyöeläkkeet – X e) : 2": https://www.kela.fi/kansanelake-maara-ja-maksaminen',
    );
    expect(result.stdout).toContain('test/core/kela-guarantee-table.test.ts): https://www.kela.fi/takuuelake');
    // Official values are not listed; a value raised to official by this update is gone from the list.
    expect(result.stdout).not.toMatch(/\n {4}2025-01-01 {2}986\.30/);
    expect(result.stdout).not.toContain('partialSicknessAllowanceMaximumDays\n');
  });

  it('lists a value’s own pages under it, before the parameter’s, and says when a value has none', () => {
    const result = checked();
    expect(result.stdout).toMatch(
      /\n {2}tax\.yaml › basicDeductionMaximum\n {4}2026-01-01 {2}4265 {2}secondary: [^\n]+\n {6}confirm on: vero\.fi "Veroperusteet" for 2026: https:\/\/www\.vero\.fi\/[^\n]+\n {18}TVL 106 § as amended by 1141\/2025: https:\/\/www\.finlex\.fi\/fi\/lainsaadanto\/1992\/1535\n/,
    );
    copy?.remove();
    const without = checked((c) =>
      c.edit('payroll.yaml', (t) =>
        t.replace(
          /( {4}confirmWith:\n {6}- title: TyEL 395\/2006 153 § in force, on Finlex\n {8}href: \S+\n)( {4}values:\n {6}2023-01-01:\n {8}value: "53")/,
          '$2',
        ),
      ),
    );
    expect(without.stdout).toContain(
      '  payroll.yaml › employeePensionHigherRateMinimumAge\n    2023-01-01  53  secondary: 53–62-year-olds pay the higher rate (tyoelake.fi glossary; fantasyaccounts.fi "53-62 -vuotilailta 8,65 %").\n    confirm on: no page listed (add `confirmWith` to the parameter, or to the value)\n',
    );
    expect(without.stdout).toContain('! payroll.yaml › employeePensionHigherRateMinimumAge › 2023-01-01: secondary\n');
  });

  it("a derived value that follows the law's base amount is checked against it, not against last year's rounded figure", () => {
    const result = checked((c) => c.edit('kela-pension.yaml', (t) => t.replace('value: "787.07"', 'value: "787.06"')));
    expect(result.stdout).toContain(
      'kela-pension.yaml › nationalPensionFullSingle › 2026-01-01: written "787.06", but 528.50 × 1939/1302 = 787.07',
    );
    copy?.remove();
    expect(checked().stdout).not.toContain('Derived values that the index arithmetic does not reproduce');
  });
});
