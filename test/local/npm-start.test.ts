import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../functions/local/server.ts';

/**
 * `npm start`'s own process (functions/local/start.mjs, then main.ts), as a person runs it: the data folder is private, and a
 * second server on the same data folder says so in one line and exits non-zero.
 */

const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-npm-start-'));
const dataDir = join(tmp, 'data');
const running: ChildProcess[] = [];

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['functions/local/start.mjs'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const found = /is running at (http:\/\/\S+?)\/\n/.exec(stdout)?.[1];
      if (found) resolve(found);
    });
    void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  // A server that is meant to fail never gives its URL: that is not an unhandled error.
  url.catch(() => undefined);
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

let first: ReturnType<typeof start>;
let url = '';

beforeAll(async () => {
  // Data written before, with loose modes: closed at the next start.
  mkdirSync(join(dataDir, 'auth'), { recursive: true, mode: 0o755 });
  chmodSync(dataDir, 0o755);
  writeFileSync(join(dataDir, 'auth', 'coaches.json'), '{"coaches":[]}\n', { mode: 0o644 });
  first = start({});
  url = await first.url;
}, 60_000);

afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(running.map((c) => (c.exitCode === null ? new Promise((r) => c.on('exit', r)) : null)));
  rmSync(tmp, { recursive: true, force: true });
});

function modes(dir: string): { path: string; mode: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: path.slice(dataDir.length), mode: (statSync(path).mode & 0o777).toString(8) };
  });
}

describe('npm start', () => {
  it('runs on the data folder DATA_DIR names', async () => {
    expect((await fetch(`${url}/v1/health`)).status).toBe(200);
    expect(first.output().stdout).toContain(`data in ${dataDir}/`);
  });

  it('keeps .data/ readable by its owner only: the folder, everything in it, and what was there before', () => {
    expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    const all = modes(dataDir);
    expect(all.length).toBeGreaterThan(3);
    expect(all.filter((f) => !['700', '600'].includes(f.mode))).toEqual([]);
    expect(all).toContainEqual({ path: '/auth/coaches.json', mode: '600' });
  });

  it('a second server on the same data folder says so in one line and exits 1; the first keeps running', async () => {
    const second = start({});
    expect(await second.exited).toBe(1);
    const { stdout, stderr } = second.output();
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `Another server is using ${dataDir}/: stop it first, or start this one on other data: DATA_DIR=<folder> PORT=<port> npm start\n`,
    );
    expect((await fetch(`${url}/v1/health`)).status).toBe(200);
  }, 60_000);

  it('a second server on other data starts', async () => {
    const other = start({ DATA_DIR: join(tmp, 'other') });
    expect((await fetch(`${await other.url}/v1/health`)).status).toBe(200);
    other.child.kill('SIGTERM');
    expect(await other.exited).toBe(0);
  }, 60_000);
});
