import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from './budgets.ts';
import { BEGIN, END, KEPT, README, renderPerformance, withPerformance } from './readme.ts';
import { type BenchRun, judge, REAL_REQUEST, show } from './table.ts';

const kept = JSON.parse(readFileSync(KEPT, 'utf8')) as BenchRun;
const readme = readFileSync(README, 'utf8');

describe('the README’s Performance figures', () => {
  it('are exactly what `npm run bench:readme` renders from the kept run (test/bench/readme-figures.json)', () => {
    expect(readme).toContain(renderPerformance(kept));
  });

  it('come from a run that measured every kind of figure, each judged by the budget it has now', () => {
    const measured = new Set(kept.figures.map((f) => f.budget));
    for (const name of Object.keys(BUDGETS)) {
      expect(measured, name).toContain(name);
    }
    for (const f of kept.figures) expect(f.unit, f.budget).toBe(BUDGETS[f.budget].unit);
  });

  it('show every figure of the run', () => {
    const block = renderPerformance(kept);
    for (const f of kept.figures) expect(block, `${f.budget} ${f.subject}`).toContain(`${show(f.value, f.unit)} ${f.unit}`);
  });

  it('put a case route’s cold start with a real first request beside its unsigned one, once a run measured it', () => {
    const real = (subject: string, ms: number, ratio: number) => [
      judge({ budget: 'coldStart', subject: `${subject}${REAL_REQUEST}`, value: ms, runs: 7, statistic: 'best' }),
      judge({
        budget: 'coldStartRatioCase',
        subject: `${subject}${REAL_REQUEST} / empty module`,
        value: ratio,
        runs: 7,
        statistic: 'best',
      }),
    ];
    // The kept run may have measured them already: this test's own figures replace them.
    const others = kept.figures.filter((f) => !f.subject.includes(REAL_REQUEST));
    const block = renderPerformance({ ...kept, figures: [...others, ...real('listCases', 123.4, 45.6)] });
    const lines = block.split('\n');
    expect(lines.find((l) => l.startsWith('| handler '))).toMatch(/\| real first request +\| real ÷ empty module +\|$/);
    const listCases = lines.find((l) => l.startsWith('| listCases '));
    expect(listCases).toMatch(/\| 123 ms +\| 45\.6 × \(≤ \d+\) +\|$/);
    // A stateless route has no real first request of its own: its first request is already one.
    expect(lines.find((l) => l.startsWith('| calculate '))).toMatch(/\| — +\| — +\|$/);
  });

  it('replace only what is between the markers', () => {
    const text = `# Title\n\nBefore.\n\n${BEGIN}\nold figures\n${END}\n\nAfter.\n`;
    expect(withPerformance(text, `${BEGIN}\nnew\n${END}`)).toBe(`# Title\n\nBefore.\n\n${BEGIN}\nnew\n${END}\n\nAfter.\n`);
    expect(() => withPerformance('# No markers\n', 'x')).toThrow(/markers/);
  });
});
