import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCoaches } from '../../functions/local/coaches.ts';
import { REPO_ROOT } from '../../functions/local/server.ts';

/** `npm run coach -- …` as a person runs it: a real process, real exit codes, a temporary data folder. */

const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-coach-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function coach(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'functions/local/coach-cli.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run coach', () => {
  it('adds, lists and removes a coach in the folder --data-dir names', () => {
    const dir = join(tmp, 'a');
    const added = coach(['add', 'Coach@Example.fi', '--data-dir', dir]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Invited coach@example\.fi to the local sign-in/);
    expect(readCoaches(dir).map((c) => c.email)).toEqual(['coach@example.fi']);
    expect(coach(['list', `--data-dir=${dir}`]).stdout).toMatch(/^coach@example\.fi\t[0-9a-f-]{36}\tinvited /);
    const removed = coach(['remove', 'coach@example.fi', '--data-dir', dir]);
    expect(removed.code).toBe(0);
    expect(readCoaches(dir)).toEqual([]);
    const again = coach(['remove', 'coach@example.fi', '--data-dir', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('coach@example.fi is not invited.');
  }, 30_000);

  it('reads the folder from DATA_DIR too', () => {
    const dir = join(tmp, 'b');
    expect(coach(['add', 'b@example.fi'], { DATA_DIR: dir }).code).toBe(0);
    expect(readCoaches(dir).map((c) => c.email)).toEqual(['b@example.fi']);
  }, 30_000);

  it.each([
    { name: 'no command', args: [] },
    { name: 'an unknown command', args: ['invite', 'x@example.fi'] },
    { name: 'add without an address', args: ['add'] },
    { name: 'an unknown option', args: ['list', '--verbose'] },
    { name: 'an extra argument', args: ['add', 'a@example.fi', 'b@example.fi'] },
  ])(
    'prints the usage and exits 2 on $name',
    ({ args }) => {
      const result = coach([...args, '--data-dir', join(tmp, 'never')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: npm run coach -- add <email> | remove <email> | list');
    },
    30_000,
  );

  it('says what is wrong with an address that is not one, and exits 1', () => {
    const result = coach(['add', 'not-an-address', '--data-dir', join(tmp, 'c')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"not-an-address" is not an e-mail address');
  }, 30_000);
});
