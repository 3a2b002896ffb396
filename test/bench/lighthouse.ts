import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import type { Figure } from './table.ts';

/**
 * Lighthouse on the phone profile (its default: a mid-range phone, simulated slow 4G and a 4× slower CPU)
 * against the built app served by `npm start`'s server, compressed and cached as in AWS. Lighthouse scales
 * the main thread's work it observes by four, so another process on this shared machine can only lower a
 * run's score: the best of several runs is kept, with the timings of that run.
 */

const SERVER = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export interface Run {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  transfer: number;
}

async function startServer(webDir?: string): Promise<{ child: ChildProcess; url: string }> {
  const env = webDir === undefined ? process.env : { ...process.env, BENCH_WEB_DIR: webDir };
  const child = fork(SERVER, [], { env, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { child, url };
}

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (!result) throw new Error('Lighthouse gave no result');
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: (categories.performance?.score ?? Number.NaN) * 100,
    accessibility: (categories.accessibility?.score ?? Number.NaN) * 100,
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    transfer: numeric('total-byte-weight') / 1000,
  };
}

/** A browser and one server for each web build (`webDirs`, default dist/web); `audit(i)` runs Lighthouse once on build i. */
export async function openLighthouse(webDirs: readonly (string | undefined)[] = [undefined]) {
  const servers = await Promise.all(webDirs.map((dir) => startServer(dir)));
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir: profile,
    logLevel: 'silent',
  });
  const urls = servers.map((s) => `${s.url.replace('127.0.0.1', 'localhost')}/`);
  return {
    audit: (i = 0) => audit(urls[i]!, chrome.port),
    async close() {
      chrome.kill();
      await Promise.all(
        servers.map((server) => {
          const exited = new Promise((resolve) => server.child.once('exit', resolve));
          server.child.send('stop');
          return exited;
        }),
      );
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The run with the best score, of equal scores the one with the least blocking time. */
export const bestRun = (results: readonly Run[]): Run =>
  results.reduce((a, b) => (b.performance > a.performance || (b.performance === a.performance && b.tbt < a.tbt) ? b : a));

export async function measureLighthouse(runs = 5): Promise<Figure[]> {
  const lighthouse = await openLighthouse();
  try {
    await lighthouse.audit(); // warm up: the server's compressed files, the browser's first start
    const results: Run[] = [];
    for (let i = 0; i < runs; i += 1) results.push(await lighthouse.audit());
    const best = bestRun(results);
    const subject = 'the calculator, phone profile';
    const figure = (budget: Figure['budget'], value: number): Figure => ({ budget, subject, value, runs, statistic: 'best' });
    return [
      figure('lighthousePerformance', best.performance),
      // Accessibility does not depend on the machine's speed: every run must pass.
      { budget: 'lighthouseAccessibility', subject, value: Math.min(...results.map((r) => r.accessibility)), runs },
      figure('lighthouseFcp', best.fcp),
      figure('lighthouseLcp', best.lcp),
      figure('lighthouseTbt', best.tbt),
      figure('lighthouseCls', best.cls),
      figure('lighthouseTransfer', best.transfer),
    ];
  } finally {
    await lighthouse.close();
  }
}
