import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { help, main } from '../../rules/cli.ts';
import { REPO_ROOT } from '../../rules/format.ts';
import { RuleFileEditor } from '../../rules/yaml-edit.ts';
import { END_OF_2026, rulesAsOf } from './fixtures.ts';

const valid = rulesAsOf(END_OF_2026);
const withPlaceholder = rulesAsOf(END_OF_2026);
{
  const editor = new RuleFileEditor(join(withPlaceholder.dir, 'payroll.yaml'));
  editor.setEntry('employeeUnemploymentInsurancePercent', '2026-06-01', { value: null, status: 'placeholder', note: 'Fill in.' });
  editor.save();
}
afterAll(() => {
  valid.remove();
  withPlaceholder.remove();
});

/** The command as a maintainer runs it: a real process, real exit code. */
function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'rules/cli.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: REPO_ROOT },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx tsx rules/cli.ts, as a process', () => {
  it('check exits 0 on valid rules and 1 on a placeholder left', () => {
    const ok = run('check', '--dir', valid.dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('OK: the rule set is valid');
    const bad = run('check', '--dir', withPlaceholder.dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('payroll.yaml: parameters › employeeUnemploymentInsurancePercent › values › 2026-06-01: placeholder left');
  }, 20_000);

  it('exits 2 on wrong usage, and 0 with the help', () => {
    const unknown = run('publish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "publish"');
    expect(run('--help').code).toBe(0);
  }, 20_000);
});

describe('the command line', () => {
  it('--help lists every command; <command> --help explains one', async () => {
    const all = await main(['--help']);
    expect(all.code).toBe(0);
    for (const command of ['check', 'new-period', 'diff', 'impact', 'copy'])
      expect(all.stdout).toMatch(new RegExp(`\\n  ${command}\\s+\\S`));
    expect(all.stdout).toContain('Exit codes: 0 ok (warnings allowed), 1 errors in the rules or a failed step, 2 wrong usage.');
    const one = await main(['new-period', '--help']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Usage: npm run rules -- new-period <YYYY-MM-DD> [--dir <folder>] [--dry-run]');
    expect((await main(['help', 'diff'])).stdout).toBe(help('diff'));
  });

  it.each([
    { args: ['new-period'], message: 'new-period takes 1 argument, got 0' },
    { args: ['new-period', '2027-13-01'], message: '"2027-13-01" is not a date written YYYY-MM-DD' },
    { args: ['diff', '2026-01-01'], message: 'diff takes 2 arguments, got 1' },
    { args: ['diff', '2026-01-01', '2025-12-31'], message: 'the first date (2026-01-01) must be before the second (2025-12-31)' },
    { args: ['impact', '2026-01-01'], message: 'impact takes no or two arguments, got 1' },
    { args: ['check', '--json'], message: 'Unknown option --json for check' },
    { args: ['check', '--dir'], message: '--dir needs a value' },
    { args: ['check', '--dir', '--today', '2026-06-15'], message: '--dir needs a value' },
    { args: ['new-period', '2027-01-01', '--dry-run=yes'], message: '--dry-run takes no value' },
    { args: ['check', '-x'], message: 'Unknown option -x for check' },
    { args: ['check', '--today', 'tomorrow'], message: '"tomorrow" is not a date written YYYY-MM-DD' },
    { args: ['check', '--dir', '/nonexistent/rules'], message: '/nonexistent/rules holds no rule set (ruleset.yaml not found)' },
    { args: ['frobnicate'], message: 'Unknown command "frobnicate"' },
  ])('$args → exit 2: $message', async ({ args, message }) => {
    const result = await main(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('runs each command on the folder given with --dir', async () => {
    expect((await main(['check', '--dir', valid.dir, '--today', '2026-06-15'])).stdout).toContain(
      'Verified until 2026-12-31 (199 days from 2026-06-15)',
    );
    expect((await main(['diff', '2025-12-31', '2026-01-01', '--dir', valid.dir, '--json'])).code).toBe(0);
    expect((await main(['impact', '--dir', valid.dir])).stdout).toContain('Status flips');
    expect((await main(['new-period', '2027-01-01', '--dir', valid.dir, '--dry-run'])).stdout).toContain(
      'Would add a new period from 2027-01-01',
    );
    expect((await main(['check', `--dir=${withPlaceholder.dir}`])).code).toBe(1);
  });
});
