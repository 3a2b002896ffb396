import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type DiffReport, diff } from '../../rules/commands/diff.ts';
import { readRules } from '../../rules/load.ts';
import { RuleFileEditor } from '../../rules/yaml-edit.ts';
import { END_OF_2026, rulesAsOf } from './fixtures.ts';

let copy: ReturnType<typeof rulesAsOf> | undefined;
const rules2026 = rulesAsOf(END_OF_2026);
const RULES = rules2026.dir;
const PARAMETERS = Object.keys(readRules(RULES).parameters).length;
afterAll(() => rules2026.remove());
afterEach(() => copy?.remove());

describe('rules diff', () => {
  it('lists, in a table, each parameter whose value differs between two dates, with its file, status and source', () => {
    const result = diff({ dir: RULES, from: '2025-12-31', to: '2026-01-01' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toMatch(/^parameter\s+file\s+2025-12-31\s+2026-01-01\s+status on 2026-01-01\s+source$/);
    expect(result.stdout).toMatch(
      /\nminimumEarningsLimit\s+earnings-limits\.yaml\s+986\.30\s+990\.90\s+derived\s+https:\/\/www\.finlex\.fi\/fi\/laki\/alkup\/2019\/20191227/,
    );
    expect(result.stdout).toMatch(
      /\nnationalPensionIndex\s+indexes\.yaml\s+1930\s+1939\s+official\s+https:\/\/www\.kela\.fi\/operations-national-pensions-index/,
    );
    expect(result.stdout).toMatch(
      /\nsicknessAllowanceBrackets\s+sickness-allowance\.yaml\s+70 % \| 15 % above 28241\s+70 % \| 15 % above 28899\s+derived/,
    );
    expect(result.stdout).not.toMatch(/\nfullPensionEarningsLimitPercent/);
    expect(result.stdout).toContain(`31 parameters of ${PARAMETERS} change between 2025-12-31 and 2026-01-01.`);
    expect(result.stdout).toContain(
      'Confirmed anew with the same value: employeePensionContributionMaximumAge (68, derived → derived), sicknessAllowanceMinimumDaily (31.99, official → official).',
    );
    // A rate table is one line in the table, and its changed municipalities are listed under it.
    expect(result.stdout).toMatch(
      /\nmunicipalTaxRates\s+municipal-tax-rates\.yaml\s+308 municipalities\s+308 municipalities\s+secondary\s+https:\/\/www\.vero\.fi\//,
    );
    expect(result.stdout).toContain('municipalTaxRates: 59 municipalities with new rates, 0 new, 0 gone:');
    expect(result.stdout).toContain('  Lahti 8.10 → 8.60');
  });

  it('across several periods compares the values in force on each date', () => {
    const result = diff({ dir: RULES, from: '2023-06-01', to: '2026-06-01', json: true });
    const report = JSON.parse(result.stdout) as DiffReport;
    const limit = report.changed.find((r) => r.parameter === 'minimumEarningsLimit')!;
    expect(limit.from).toMatchObject({ date: '2023-01-01', value: '922.42' });
    expect(limit.to).toMatchObject({ date: '2026-01-01', value: '990.90', status: 'derived' });
    expect(report.changed.map((r) => r.parameter)).toContain('employeePensionContributionPercent');
  });

  it('says when nothing changes', () => {
    const result = diff({ dir: RULES, from: '2026-02-01', to: '2026-03-01' });
    expect(result.stdout).toContain('No value changes.');
    expect(result.stdout).toContain(`0 parameters of ${PARAMETERS} change`);
  });

  it('shows a placeholder as still to be filled in', () => {
    copy = rulesAsOf(END_OF_2026);
    const editor = new RuleFileEditor(join(copy.dir, 'payroll.yaml'));
    editor.setEntry('employeeUnemploymentInsurancePercent', '2027-01-01', { value: null, status: 'placeholder', note: 'Fill in.' });
    editor.save();
    const result = diff({ dir: copy.dir, from: '2026-12-31', to: '2027-01-01' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/employeeUnemploymentInsurancePercent\s+payroll\.yaml\s+0\.89\s+\(to fill in\)\s+placeholder\s+—/);
  });

  it('--json gives the same report as data', () => {
    const report = JSON.parse(diff({ dir: RULES, from: '2025-12-31', to: '2026-01-01', json: true }).stdout) as DiffReport;
    expect(report.parameters).toBe(PARAMETERS);
    expect(report.changed).toHaveLength(31);
    expect(report.reconfirmed.map((r) => r.parameter)).toEqual(['employeePensionContributionMaximumAge', 'sicknessAllowanceMinimumDaily']);
  });
});
