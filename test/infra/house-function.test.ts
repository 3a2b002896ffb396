import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseFunction } from '../../infra/house-function.ts';
import { logicalIdOf, refId, removeTempDirs, resource, resourcesOf, statementsOfFunction, testApp } from './fixtures.ts';

// The house construct on its own: what every function gets without saying anything, and what one may change.
let template: Template;
let outdir: string;
let plain: HouseFunction;
let tuned: HouseFunction;
beforeAll(() => {
  const app = testApp({ bundle: true });
  const stack = new Stack(app, 'House');
  plain = new HouseFunction(stack, 'Plain', { entry: 'functions/api/health.ts' });
  tuned = new HouseFunction(stack, 'Tuned', {
    // The store imports the AWS SDK: its bundle shows which of the SDK is bundled.
    entry: 'functions/store/cases.ts',
    timeout: Duration.seconds(3),
    memorySize: 256,
    environment: { TABLE_NAME: 'cases' },
    logRetention: RetentionDays.ONE_WEEK,
  });
  template = Template.fromStack(stack);
  outdir = app.synth().directory;
});
afterAll(removeTempDirs);

const props = (fn: HouseFunction) => resource(template, logicalIdOf(fn)).Properties;
const bundle = (fn: HouseFunction) =>
  readFileSync(join(outdir, `asset.${(props(fn).Code as { S3Key: string }).S3Key.replace(/\.zip$/, '')}`, 'index.mjs'), 'utf8');

describe('the house Lambda construct', () => {
  it('defaults to Node.js 22 on ARM64, 10 s, 512 MB, index.handler', () => {
    expect(props(plain)).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Timeout: 10,
      MemorySize: 512,
      Handler: 'index.handler',
    });
  });

  it('defaults to no environment but source maps on', () => {
    expect(props(plain).Environment).toEqual({ Variables: { NODE_OPTIONS: '--enable-source-maps' } });
  });

  it('defaults to its own log group kept for a month', () => {
    const group = refId((props(plain).LoggingConfig as { LogGroup: unknown }).LogGroup)!;
    expect(resource(template, group)).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } });
  });

  it('defaults to a role of its own that may only write its own logs', () => {
    expect(statementsOfFunction(template, plain)).toEqual([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': [refId((props(plain).LoggingConfig as { LogGroup: unknown }).LogGroup), 'Arn'] },
      },
    ]);
    const roles = Object.values(resourcesOf(template)).filter((r) => r.Type === 'AWS::IAM::Role');
    for (const role of roles) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('lets a function state only what differs, keeping every other default', () => {
    expect(props(tuned)).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], Timeout: 3, MemorySize: 256 });
    expect(props(tuned).Environment).toEqual({ Variables: { NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: 'cases' } });
    const group = refId((props(tuned).LoggingConfig as { LogGroup: unknown }).LogGroup)!;
    expect(resource(template, group).Properties.RetentionInDays).toBe(7);
  });

  it('bundles ESM that can still require() CommonJS (the createRequire banner)', () => {
    const code = bundle(plain);
    expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*as handler\s*\}/);
  });

  it('bundles the AWS SDK, tree-shaken to the DynamoDB operations the store uses', () => {
    const code = bundle(tuned);
    expect(code).not.toMatch(/from\s*"@aws-sdk\//);
    // A command is a class built from its operation's name (minified: `extends x(y,z,"PutItem",…)`).
    const operations = new Set([...code.matchAll(/extends \w+\(\w+,\w+,"(\w+)"/g)].map((m) => m[1]));
    for (const used of ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'BatchWriteItem']) expect(operations).toContain(used);
    for (const unused of ['CreateTable', 'DescribeTable', 'DeleteTable', 'TransactWriteItems', 'ListTables', 'ExecuteStatement'])
      expect(operations).not.toContain(unused);
  });

  it('bundles the environment’s credentials, not the SDK’s whole default chain (lambda-credentials.ts)', () => {
    const code = bundle(tuned);
    expect(code).toContain('AWS_SECRET_ACCESS_KEY');
    // The chain's other steps: SSO, ini files and processes, web identity through STS, instance metadata.
    for (const marker of ['sso_session', 'credential_process', 'AssumeRoleWithWebIdentity', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'])
      expect(code).not.toContain(marker);
  });

  it('loads Node’s built-in modules as CommonJS, never through an ES module facade (bundling.ts)', () => {
    for (const fn of [plain, tuned]) {
      const imports = [...bundle(fn).matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
      // Only the banner's `module`, whose facade is cheap.
      expect(imports).toEqual(['module']);
    }
  });
});
