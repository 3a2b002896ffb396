import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, type Budget } from './budgets.ts';
import { type Figure, formatTable, judge, median } from './table.ts';
import { initialAssets, measureWeb } from './web.ts';

/** The budgets of issue 17 (part 2), from its runs on this machine with a margin (budgets.ts says which goals they miss). */
const EXPECTED = {
  apiFloorRatio: 0.1,
  apiP99: 100,
  apiCpu: 0.8,
  bundleSize: 300,
  bundleSizeCase: 520,
  coldStartRatio: 100,
  coldStartRatioCase: 150,
  webInitialJs: 40.2,
};

describe('the benchmark table', () => {
  it('judges a figure against its budget: max, min and reported-only', () => {
    expect(judge({ budget: 'engineSweep', subject: 's', value: 14, runs: 3 }).pass).toBe(true);
    expect(judge({ budget: 'engineSweep', subject: 's', value: 14.01, runs: 3 }).pass).toBe(false);
    expect(judge({ budget: 'apiFloorRatio', subject: 's', value: BUDGETS.apiFloorRatio.limit!, runs: 3 }).pass).toBe(true);
    expect(judge({ budget: 'apiFloorRatio', subject: 's', value: BUDGETS.apiFloorRatio.limit! - 0.001, runs: 3 }).pass).toBe(false);
    expect(judge({ budget: 'lighthouseAccessibility', subject: 's', value: 99, runs: 3 }).pass).toBe(false);
    expect(judge({ budget: 'apiErrors', subject: 's', value: 1, runs: 3 }).pass).toBe(false);
    expect(judge({ budget: 'coldStart', subject: 's', value: 123, runs: 3 })).toMatchObject({ pass: true, limit: '—' });
    expect(judge({ budget: 'coldStart', subject: 's', value: Number.NaN, runs: 3 }).pass).toBe(false);
  });

  it('reads every limit from BUDGETS, the one place budgets live', () => {
    for (const [name, budget] of Object.entries(BUDGETS)) {
      const judged = judge({ budget: name as keyof typeof BUDGETS, subject: 'x', value: 1, runs: 1 });
      expect(judged.unit).toBe(budget.unit);
      if (budget.kind !== 'none') expect(judged.limit).toBe(`${budget.kind === 'max' ? '≤' : '≥'} ${budget.limit} ${budget.unit}`);
    }
    // The issues' budgets (#4, #17), so a change to them is a visible decision.
    expect(BUDGETS.engineSixScenarios.limit).toBe(0.9);
    expect(BUDGETS.engineSweep.limit).toBe(14);
    expect(BUDGETS.engineTimeline.limit).toBe(8);
    expect(BUDGETS.apiFloorRatio.limit).toBe(EXPECTED.apiFloorRatio);
    expect(BUDGETS.apiP99.limit).toBe(EXPECTED.apiP99);
    expect((BUDGETS.apiCpu as Budget).limit).toBe(EXPECTED.apiCpu);
    expect(BUDGETS.bundleSize.limit).toBe(EXPECTED.bundleSize);
    expect((BUDGETS.coldStartRatio as Budget).limit).toBe(EXPECTED.coldStartRatio);
    expect(BUDGETS.bundleSizeCase.limit).toBe(EXPECTED.bundleSizeCase);
    expect(BUDGETS.coldStartRatioCase.limit).toBe(EXPECTED.coldStartRatioCase);
    expect(BUDGETS.webInitialJs.limit).toBe(EXPECTED.webInitialJs);
    expect(BUDGETS.lighthousePerformance.limit).toBe(85);
    expect(BUDGETS.lighthouseAccessibility.limit).toBe(100);
    expect(BUDGETS.sweepCpu.limit).toBe(10);
    expect(BUDGETS.timelineCpu.limit).toBe(16);
  });

  it('prints a well-formed Markdown table: a header, a rule and one row per figure, columns aligned', () => {
    const figures: Figure[] = [
      { budget: 'engineSixScenarios', subject: 'calculate()', value: 0.3456, runs: 1000 },
      { budget: 'apiThroughput', subject: 'POST /v1/calculations', value: 2345.6, runs: 3 },
      { budget: 'bundleSize', subject: 'calculate', value: 3001, runs: 1 },
    ];
    const lines = formatTable(figures.map(judge)).split('\n');
    expect(lines).toHaveLength(2 + figures.length);
    expect(lines[0]).toMatch(/^\| figure +\| subject +\| value +\| budget +\| runs +\| result +\|$/);
    expect(lines[1]).toMatch(/^\|(-+\|)+$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toContain('0.346 ms');
    expect(lines[3]).toContain('2346 req/s');
    expect(lines[4]).toMatch(/\| 3001 kB +\| ≤ \d+ kB +\| median of 1 +\| OVER BUDGET \|$/);
  });

  it('takes the median of several runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('the web figure', () => {
  it('counts the entry script, its static imports and preloads, but not lazy chunks', () => {
    const dist = mkdtempSync(join(tmpdir(), 'web-'));
    try {
      mkdirSync(join(dist, 'assets'));
      writeFileSync(
        join(dist, 'index.html'),
        '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" href="/assets/shared-b.js"><link rel="stylesheet" href="/assets/index-c.css">',
      );
      writeFileSync(join(dist, 'assets/index-a.js'), 'import{x}from"./vendor-d.js";const lazy=()=>import("./chart-e.js");x(lazy);');
      writeFileSync(join(dist, 'assets/vendor-d.js'), 'export const x=(f)=>f;');
      writeFileSync(join(dist, 'assets/shared-b.js'), 'export const y=1;');
      writeFileSync(join(dist, 'assets/chart-e.js'), 'export default "a".repeat(100000);');
      writeFileSync(join(dist, 'assets/index-c.css'), 'body{color:black}');
      expect(initialAssets(dist)).toEqual({
        js: ['assets/index-a.js', 'assets/shared-b.js', 'assets/vendor-d.js'],
        css: ['assets/index-c.css'],
      });
      const [js, css] = measureWeb(dist);
      expect(js?.value).toBeGreaterThan(0);
      expect(js?.value).toBeLessThan(0.5);
      expect(css?.budget).toBe('webInitialCss');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
