import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureApi } from './api.ts';
import { measureColdStarts } from './cold-start.ts';
import { measureEngine } from './engine.ts';
import { measureLighthouse } from './lighthouse.ts';
import { type BenchRun, type Figure, formatTable, judge } from './table.ts';
import { measureWeb } from './web.ts';

/**
 * `npm run bench`: measures the engine, the API under load next to its floor, the Lambda cold starts, the
 * web bundle and Lighthouse on a phone, prints one table, writes every figure to .bench/latest.json (which
 * `npm run bench:readme` turns into the README's Performance section), and exits non-zero when a figure is
 * over budget. The machine is shared: the load average before and after is kept with the figures.
 */
const load = () => Math.round(loadavg()[0]! * 100) / 100;
const loadBefore = load();
const figures: Figure[] = [];
const step = async (label: string, measure: () => Promise<Figure[]> | Figure[]) => {
  process.stderr.write(`measuring ${label}…\n`);
  figures.push(...(await measure()));
};
await step('the engine', measureEngine);
await step('the API under load, next to a bare node:http server', () => measureApi());
await step('Lambda bundles and cold starts', () => measureColdStarts());
await step('the web bundle', () => measureWeb());
await step('the page in Lighthouse (phone)', () => measureLighthouse());

const judged = figures.map(judge);
console.log(formatTable(judged));
const run: BenchRun = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverage: { before: loadBefore, after: load() },
  figures: judged,
};
const out = join(fileURLToPath(new URL('../..', import.meta.url)), '.bench');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
const over = judged.filter((j) => !j.pass);
if (over.length > 0) {
  console.error(`\n${over.length} figure(s) over budget: ${over.map((o) => `${o.budget} (${o.subject})`).join(', ')}`);
  process.exit(1);
}
console.error(`\nall figures within budget (load average ${run.loadAverage.before} before, ${run.loadAverage.after} after)`);
