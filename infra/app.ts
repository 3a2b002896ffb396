import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { compileRuleSet } from '../rules/compile.ts';
import { REPO_ROOT } from './house-function.ts';
import { TyoJaEtuudetStack } from './stack.ts';

/**
 * The CDK app (cdk.json: `npx tsx infra/app.ts`). Context, all optional (`-c key=value` or cdk.json):
 *   stackName       default TyoJaEtuudet; a second name deploys a second copy (e.g. a test environment)
 *   domainName      a custom domain for the site, e.g. laskuri.example.fi
 *   certificateArn  its ACM certificate in us-east-1 (needed with domainName)
 *   siteDir         the built web app to deploy; default dist/web (`npm run build`)
 *   authDomainPrefix   Cognito hosted UI prefix (<prefix>.auth.<region>.amazoncognito.com); default derived
 *   caseTtlDays     days a saved case is kept after its last change (default 365)
 *   shareTtlDays    days a share link works (default 30; never longer than its case)
 *   threatProtection   true: Cognito threat protection (Plus plan, billed per active user)
 */
const app = new App();
const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

// The Lambdas bundle rules/dist/ruleset.json: build it from rules/*.yaml now, so a deploy can never ship
// figures older than the rule files.
compileRuleSet();

const siteDir = resolve(REPO_ROOT, context('siteDir') ?? join('dist', 'web'));
if (!existsSync(join(siteDir, 'index.html'))) {
  throw new Error(`${join(siteDir, 'index.html')} is missing: build the web app first (\`npm run build\`)`);
}

const days = (key: string): number | undefined => {
  const value = context(key);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`-c ${key}=${value}: give a whole number of days`);
  return Number(value);
};

const domainName = context('domainName');
const certificateArn = context('certificateArn');
const authDomainPrefix = context('authDomainPrefix');
const caseTtlDays = days('caseTtlDays');
const shareTtlDays = days('shareTtlDays');
new TyoJaEtuudetStack(app, context('stackName') ?? 'TyoJaEtuudet', {
  siteDir,
  ...(domainName ? { domainName } : {}),
  ...(certificateArn ? { certificateArn } : {}),
  ...(authDomainPrefix ? { authDomainPrefix } : {}),
  ...(context('threatProtection') === 'true' ? { threatProtection: true } : {}),
  retention: { ...(caseTtlDays !== undefined ? { caseTtlDays } : {}), ...(shareTtlDays !== undefined ? { shareTtlDays } : {}) },
});
