import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureApi } from './api.ts';
import { measureColdStarts } from './cold-start.ts';
import { measureEngine } from './engine.ts';
import { type Figure, formatTable, judge } from './table.ts';
import { measureWeb } from './web.ts';

/**
 * `npm run bench`: measures the engine, the API under load, the Lambda cold starts and the web bundle,
 * prints one table, writes it to .bench/latest.json, and exits non-zero when a figure is over budget.
 */
const figures: Figure[] = [];
const step = async (label: string, measure: () => Promise<Figure[]> | Figure[]) => {
  process.stderr.write(`measuring ${label}…\n`);
  figures.push(...(await measure()));
};
await step('the engine', measureEngine);
await step('the API under load', () => measureApi());
await step('Lambda bundles and cold starts', () => measureColdStarts());
await step('the web bundle', () => measureWeb());

const judged = figures.map(judge);
const table = formatTable(judged);
console.log(table);
const out = join(fileURLToPath(new URL('../..', import.meta.url)), '.bench');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'latest.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, figures: judged }, null, 2)}\n`,
);
const over = judged.filter((j) => !j.pass);
if (over.length > 0) {
  console.error(`\n${over.length} figure(s) over budget: ${over.map((o) => `${o.budget} (${o.subject})`).join(', ')}`);
  process.exit(1);
}
console.error('\nall figures within budget');
