import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './house-function.ts';

/**
 * `npm run synth`: `cdk synth` exactly as CI runs it, and as it must work on any machine: no AWS
 * credentials, no profile, no proxy, an empty HOME; telemetry and notices are off in cdk.json, npm's update
 * check is off here, so nothing is looked up on the network. Writes cdk.out/: both stacks, the product in
 * eu-north-1 (the region the README suggests) and its WAF in us-east-1, so the cross-region reference is
 * synthesized as a deploy would (the account stays unknown, as without credentials it is).
 *
 * The stack needs a built web app. Without dist/web it is built (`npm run build`); if the repository has no
 * web build yet, a placeholder in a temporary folder stands in (never written to dist/, so it can never be
 * deployed by accident).
 */
const home = mkdtempSync(join(tmpdir(), 'synth-home-'));
const cleanEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: home,
  AWS_REGION: 'eu-north-1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(home, { recursive: true, force: true });
    console.error(`synth: \`${[command, ...args].join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
}

const context: string[] = [];
if (!existsSync(join(REPO_ROOT, 'dist', 'web', 'index.html'))) {
  const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (scripts.build) {
    run('npm', ['run', 'build']);
  } else {
    const placeholder = join(home, 'web');
    mkdirSync(placeholder);
    writeFileSync(join(placeholder, 'index.html'), '<!doctype html><title>Työ &amp; etuudet</title><p>Placeholder: no web build yet.\n');
    context.push('-c', `siteDir=${placeholder}`);
    console.warn('synth: no web build in this repository yet; synthesising with a placeholder page');
  }
}

run('npx', ['cdk', 'synth', '--quiet', ...context], cleanEnv);
rmSync(home, { recursive: true, force: true });
console.log('synth: cdk.out written, offline and without AWS credentials');
