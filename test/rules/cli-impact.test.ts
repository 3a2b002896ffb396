import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type ImpactReport, impact, impactReport } from '../../rules/commands/impact.ts';
import { END_OF_2026, rulesAsOf } from './fixtures.ts';

let copy: ReturnType<typeof rulesAsOf> | undefined;
const extraDirs: string[] = [];
const rules2026 = rulesAsOf(END_OF_2026);
const RULES = rules2026.dir;
afterAll(() => rules2026.remove());
afterEach(() => {
  copy?.remove();
  for (const d of extraDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('rules impact', () => {
  it('by default compares the latest period with the day before, on every reference case', () => {
    const report = impactReport({ dir: RULES }) as ImpactReport;
    expect(report.from).toBe('2025-12-31');
    expect(report.to).toBe('2026-01-01');
    expect(report.month).toBe('2026-01');
    expect(report.cases).toBeGreaterThanOrEqual(12);
  });

  it('lists status flips, moved limits and max hours for the 2025 → 2026 rise of the euro minimum', () => {
    const result = impact({ dir: RULES, from: '2025-12-31', to: '2026-01-01' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  erp-full-no-figures / 988-a-month: earningsRelatedPension suspended → continues');
    expect(result.stdout).toContain('  kela-amounts-from-decision / 987-a-month: kelaPension suspended → continues');
    expect(result.stdout).toMatch(/\nerp-full-no-figures\s+all\s+earningsRelatedPension\s+earnings limit\s+986\.30\s+990\.90/);
    expect(result.stdout).toMatch(/\nerp-full-stabilised-2000\s+all\s+earningsRelatedPension\s+max hours\/week\s+15\.1\s+15\.2/);
    expect(result.stdout).toMatch(/\nkela-single-only\s+no-work, 10h-at-13, 17h-at-13\s+kelaPension\s+amount €\/month\s+783\.41\s+787\.07/);
    // The earnings-related pension with a 3 200 € stabilised income has its own limits: not moved by the index.
    expect(result.stdout).not.toMatch(/\nerp-full-stabilised-3200 /);
    expect(result.stdout).toMatch(/In \d+ cases of \d+: 4 status flips, \d+ max-hours changes/);
  });

  it('computes both sides for the same month, so that only the figures differ', () => {
    const report = impactReport({ dir: RULES, from: '2026-02-01', to: '2026-03-01' }) as ImpactReport;
    expect(report.changes).toEqual([]); // February and March 2026 differ in weekdays, not in figures
    expect(impact({ dir: RULES, from: '2026-02-01', to: '2026-03-01' }).stdout).toContain('0 status flips');
  });

  it('shows what a mistyped figure would do before it is published', () => {
    copy = rulesAsOf(END_OF_2026);
    copy.edit('earnings-limits.yaml', (t) => t.replace('value: "990.90"', 'value: "909.90"'));
    const report = impactReport({ dir: copy.dir }) as ImpactReport;
    const flips = report.changes.filter((c) => c.kind === 'status');
    expect(flips.length).toBeGreaterThan(0);
    expect(flips).toContainEqual({
      case: 'kela-single-only',
      scenario: '17h-at-13',
      benefit: 'kelaPension',
      kind: 'status',
      old: 'continues',
      new: 'suspended',
    });
    expect(report.changes).toContainEqual(
      expect.objectContaining({ case: 'erp-full-stabilised-2000', kind: 'maxHoursPerWeek', old: '15.1', new: '13.9' }),
    );
  });

  it('--json gives the report as data', () => {
    const report = JSON.parse(impact({ dir: RULES, json: true }).stdout) as ImpactReport;
    expect(report.summary.statusFlips).toBe(4);
    expect(report.changedCases).toContain('sickness-no-job-high-income');
  });

  it('fails on a rule set that does not load, and on a reference case that is not valid', () => {
    copy = rulesAsOf(END_OF_2026);
    copy.edit('payroll.yaml', (t) => t.replace('value: "0.89"', 'value: 0.89'));
    const broken = impact({ dir: copy.dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('payroll.yaml: parameters › employeeUnemploymentInsurancePercent › values › 2026-01-01 › value');

    const cases = mkdtempSync(join(tmpdir(), 'cases-'));
    extraDirs.push(cases);
    writeFileSync(join(cases, 'bad.json'), JSON.stringify({ title: 'x', request: { benefits: {}, scenarios: [] } }));
    const bad = impact({ dir: RULES, casesDir: cases });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: request › benefits');
  });
});
