import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bestRun, openLighthouse, type Run } from './lighthouse.ts';
import { median } from './table.ts';

/**
 * `npm run bench:lighthouse [-- [--runs N] [dir …]]`: Lighthouse alone (phone profile, as in `npm run bench`),
 * for A/B checks of a change to the page. With no directory it audits dist/web (build it first). With several
 * web builds (copies of dist/web), it audits them in turn, run after run, so that each sees the same load
 * of this shared machine. Prints every run, then each build's median and best, with the load average.
 */
const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '5' } }, allowPositionals: true });
const runs = Number(values.runs);
const dirs = positionals.map((dir) => resolve(dir));
for (const dir of dirs) if (!existsSync(join(dir, 'index.html'))) throw new Error(`no web build in ${dir}`);
const labels = dirs.length === 0 ? ['dist/web'] : positionals;

const load = () => loadavg()[0]!.toFixed(2);
const loadBefore = load();
const row = (label: string, r: Run) =>
  `${label.padEnd(24)} perf ${String(r.performance).padStart(3)}  a11y ${String(r.accessibility).padStart(3)}  FCP ${r.fcp.toFixed(0).padStart(5)}  LCP ${r.lcp.toFixed(0).padStart(5)}  TBT ${r.tbt.toFixed(0).padStart(4)}  CLS ${r.cls.toFixed(3)}  ${r.transfer.toFixed(1)} kB`;

const lighthouse = await openLighthouse(dirs.length === 0 ? [undefined] : dirs);
try {
  const results: Run[][] = labels.map(() => []);
  for (let i = 0; i < labels.length; i += 1) await lighthouse.audit(i); // warm up each server and the browser
  for (let run = 0; run < runs; run += 1) {
    for (let i = 0; i < labels.length; i += 1) {
      // A run Lighthouse could not record (NO_NAVSTART, seen under heavy load) is said and left out.
      const r = await lighthouse.audit(i).catch((error: unknown) => console.log(`${labels[i]} #${run + 1}: ${String(error)}`));
      if (!r) continue;
      results[i]!.push(r);
      console.log(row(`${labels[i]} #${run + 1}`, r));
    }
  }
  console.log(`\nload average ${loadBefore} before, ${load()} after`);
  labels.forEach((label, i) => {
    const all = results[i]!;
    if (all.length === 0) return;
    const med = (key: keyof Run) => median(all.map((r) => r[key]));
    console.log(row(`${label} best`, bestRun(all)));
    console.log(
      row(`${label} median`, {
        performance: med('performance'),
        accessibility: Math.min(...all.map((r) => r.accessibility)),
        fcp: med('fcp'),
        lcp: med('lcp'),
        tbt: med('tbt'),
        cls: med('cls'),
        transfer: med('transfer'),
      }),
    );
  });
} finally {
  await lighthouse.close();
}
