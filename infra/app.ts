import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { compileRuleSet } from '../rules/compile.ts';
import { REPO_ROOT } from './house-function.ts';
import { defineProduct } from './product.ts';

/**
 * The CDK app (cdk.json: `npx tsx infra/app.ts`): two stacks, `<stackName>-Edge` (the WAF, us-east-1) and
 * `<stackName>` (everything else, in the region of the AWS profile or AWS_REGION). Context, all optional
 * (`-c key=value` or cdk.json):
 *   stackName       default TyoJaEtuudet; a second name deploys a second copy (e.g. a test environment)
 *   domainName      a custom domain for the site, e.g. laskuri.example.fi
 *   certificateArn  its ACM certificate in us-east-1 (needed with domainName)
 *   apiCertificateArn  a certificate for the same name in the stack's region (needed with domainName unless
 *                   the stack is in us-east-1): the API's custom domain; its execute-api endpoint is then off
 *   alarmEmail      who gets the alarms by e-mail (without it the alarm topic has no subscriber)
 *   reservedConcurrency  false: no reserved Lambda concurrency (for an account whose limit is below 128)
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

const flag = (key: string): boolean | undefined => {
  const value = context(key);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw new Error(`-c ${key}=${value}: give true or false`);
  return value === 'true';
};

const alarmEmail = context('alarmEmail');
if (alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) {
  throw new Error(`-c alarmEmail=${alarmEmail}: give one e-mail address`);
}

// The CDK CLI sets these from the AWS profile or AWS_REGION (and without credentials, the account is unknown).
const region = process.env.CDK_DEFAULT_REGION;
if (!region) throw new Error('No AWS region: set AWS_REGION (e.g. export AWS_REGION=eu-north-1) or a region in your AWS profile');
const account = process.env.CDK_DEFAULT_ACCOUNT;

const domainName = context('domainName');
const certificateArn = context('certificateArn');
const apiCertificateArn = context('apiCertificateArn');
const authDomainPrefix = context('authDomainPrefix');
const caseTtlDays = days('caseTtlDays');
const shareTtlDays = days('shareTtlDays');
defineProduct(app, {
  stackName: context('stackName') ?? 'TyoJaEtuudet',
  region,
  ...(account ? { account } : {}),
  siteDir,
  ...(domainName ? { domainName } : {}),
  ...(certificateArn ? { certificateArn } : {}),
  ...(apiCertificateArn ? { apiCertificateArn } : {}),
  ...(alarmEmail ? { alarmEmail } : {}),
  ...(flag('reservedConcurrency') === false ? { reservedConcurrency: false } : {}),
  ...(authDomainPrefix ? { authDomainPrefix } : {}),
  ...(flag('threatProtection') ? { threatProtection: true } : {}),
  retention: { ...(caseTtlDays !== undefined ? { caseTtlDays } : {}), ...(shareTtlDays !== undefined ? { shareTtlDays } : {}) },
});

// cdk-nag's AwsSolutions checks on both stacks at every synth and deploy (also a test: test/infra/nag.test.ts).
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
