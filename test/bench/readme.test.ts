import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from './budgets.ts';
import { BEGIN, END, KEPT, README, renderPerformance, withPerformance } from './readme.ts';
import { type BenchRun, show } from './table.ts';

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

  it('replace only what is between the markers', () => {
    const text = `# Title\n\nBefore.\n\n${BEGIN}\nold figures\n${END}\n\nAfter.\n`;
    expect(withPerformance(text, `${BEGIN}\nnew\n${END}`)).toBe(`# Title\n\nBefore.\n\n${BEGIN}\nnew\n${END}\n\nAfter.\n`);
    expect(() => withPerformance('# No markers\n', 'x')).toThrow(/markers/);
  });
});
