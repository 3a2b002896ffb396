import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { HouseFunction } from '../../infra/house-function.ts';
import { REPO_ROOT } from '../../infra/house-function.ts';
import { defineProduct, type ProductProps } from '../../infra/product.ts';
import { TyoJaEtuudetStack, type TyoJaEtuudetStackProps } from '../../infra/stack.ts';
import type { EdgeStack } from '../../infra/waf.ts';

/** cdk.json's context (feature flags, telemetry off): `new App()` in a test does not read cdk.json by itself. */
const CDK_CONTEXT = (JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Removes the cloud assemblies and placeholder sites this file made (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A CDK app for a test. Bundling every Lambda with esbuild takes seconds, so only a test that reads the
 * bundles asks for them (`bundle: true`); the others synthesize with CDK's "bundle no stack" context.
 */
export function testApp(options: { bundle?: boolean } = {}): App {
  const context = options.bundle ? CDK_CONTEXT : { ...CDK_CONTEXT, 'aws:cdk:bundling-stacks': [] };
  return new App({ context, outdir: tempDir('cdk-test-') });
}

/** A stand-in for dist/web in a temporary folder (dist/ is never touched by tests). */
function placeholderSite(): string {
  const dir = tempDir('site-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>test</title><script type="module" src="/assets/app-1234.js"></script>\n');
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'export {};\n');
  return dir;
}

/** Where the test stacks send alarms (pass `alarmEmail: undefined` for a stack without a subscriber). */
export const TEST_ALARM_EMAIL = 'operator@example.fi';

export interface Synthesized<S extends Stack> {
  app: App;
  stack: S;
  template: Template;
  /** The cloud assembly folder (bundles are in asset.<hash>/). */
  outdir: string;
}

/** Builds and synthesizes the product stack; `bundle` also bundles every function (a few seconds). */
export function synthStack(
  props: Partial<TyoJaEtuudetStackProps> = {},
  options: { bundle?: boolean } = {},
): Synthesized<TyoJaEtuudetStack> {
  const app = testApp(options);
  const stack = new TyoJaEtuudetStack(app, 'Test', { siteDir: placeholderSite(), alarmEmail: TEST_ALARM_EMAIL, ...props });
  const template = Template.fromStack(stack);
  return { app, stack, template, outdir: app.synth().directory };
}

/** A test account and the product's region for the two-stack app (the edge stack is always in us-east-1). */
export const TEST_ENV = { account: '123456789012', region: 'eu-north-1' } as const;

export interface SynthesizedProduct {
  app: App;
  edge: EdgeStack;
  stack: TyoJaEtuudetStack;
  /** The product stack's template. */
  template: Template;
  edgeTemplate: Template;
}

/** Both stacks of a deployment (infra/product.ts), as `cdk deploy` gets them; functions are not bundled. */
export function synthProduct(props: Partial<ProductProps> = {}): SynthesizedProduct {
  const app = testApp();
  const { edge, product } = defineProduct(app, {
    stackName: 'Test',
    siteDir: placeholderSite(),
    alarmEmail: TEST_ALARM_EMAIL,
    ...TEST_ENV,
    ...props,
  });
  app.synth();
  return { app, edge, stack: product, template: Template.fromStack(product), edgeTemplate: Template.fromStack(edge) };
}

/** The CloudFormation logical id of a house function's Lambda. */
export function logicalIdOf(fn: HouseFunction): string {
  return Stack.of(fn).getLogicalId(fn.function.node.defaultChild as CfnFunction);
}

export type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
};

export function resourcesOf(template: Template): Record<string, Resource> {
  return template.toJSON().Resources as Record<string, Resource>;
}

export function resource(template: Template, logicalId: string): Resource {
  const found = resourcesOf(template)[logicalId];
  if (!found) throw new Error(`no resource ${logicalId}`);
  return found;
}

/** `{ Ref: id }` or `{ 'Fn::GetAtt': [id, attr] }` → id. */
export function refId(value: unknown): string | undefined {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.Ref === 'string') return v.Ref;
    const getAtt = v['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  }
  return undefined;
}

export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
}

/** Every statement of every identity policy (AWS::IAM::Policy, inline role policies), with its owner roles. */
export function identityStatements(template: Template): { policy: string; roles: string[]; statement: Statement }[] {
  const out: { policy: string; roles: string[]; statement: Statement }[] = [];
  for (const [id, r] of Object.entries(resourcesOf(template))) {
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy') {
      const doc = r.Properties.PolicyDocument as { Statement: Statement[] };
      const roles = ((r.Properties.Roles as unknown[]) ?? []).map((x) => refId(x) ?? '?');
      for (const statement of doc.Statement) out.push({ policy: id, roles, statement });
    }
    if (r.Type === 'AWS::IAM::Role') {
      for (const p of (r.Properties.Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []) {
        for (const statement of p.PolicyDocument.Statement) out.push({ policy: id, roles: [id], statement });
      }
    }
  }
  return out;
}

export const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);
export const resourcesOfStatement = (s: Statement): unknown[] => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);

/** The statements of the role a house function runs as. */
export function statementsOfFunction(template: Template, fn: HouseFunction): Statement[] {
  const roleId = Stack.of(fn).getLogicalId(fn.role.node.defaultChild as never);
  return identityStatements(template)
    .filter((s) => s.roles.includes(roleId))
    .map((s) => s.statement);
}
