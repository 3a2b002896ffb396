import { type Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, type SynthesizedProduct, synthProduct } from './fixtures.ts';

/**
 * Issue 12, item 12: cdk-nag's AwsSolutions checks pass on both stacks, errors and warnings alike, and
 * every finding we accept is acknowledged where its resource is made, with its reason. (`cdk synth` runs the
 * same checks: infra/app.ts.)
 */
afterAll(removeTempDirs);

const DOMAIN = {
  domainName: 'laskuri.example.fi',
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
  apiCertificateArn: 'arn:aws:acm:eu-north-1:123456789012:certificate/11111111-1111-1111-1111-111111111111',
};

/** Every unacknowledged finding, as `rule at path: what`, so a failure reads like cdk-nag's own report. */
function findings(stack: Stack): string[] {
  return new AwsSolutionsChecks(undefined, { verbose: true })
    .validateScope(stack)
    .violations.flatMap((v) => v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}: ${v.description}`));
}

/** Every acknowledgement in a construct tree: rule id (without brackets' detail) → its reasons. */
function acknowledgements(root: IConstruct): { id: string; rule: string; reason: string; path: string }[] {
  const out: { id: string; rule: string; reason: string; path: string }[] = [];
  for (const construct of root.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [qualified, reason] of Object.entries(entry.data as Record<string, string>)) {
        const id = qualified.replace(/^annotation::/i, '');
        out.push({ id, rule: id.replace(/\[.*$/, ''), reason, path: construct.node.path });
      }
    }
  }
  return out;
}

describe.each([
  ['the default deployment', {}],
  [
    'a deployment with a domain, threat protection and no reserved concurrency',
    { ...DOMAIN, threatProtection: true, reservedConcurrency: false },
  ],
])('%s', (_name, props) => {
  let s: SynthesizedProduct;
  beforeAll(() => {
    s = synthProduct(props);
  });

  it('passes the AwsSolutions checks on the product stack', () => {
    expect(findings(s.stack)).toEqual([]);
  });

  it('passes the AwsSolutions checks on the edge (WAF) stack', () => {
    expect(findings(s.edge)).toEqual([]);
  });

  it('gives every acknowledgement a reason of its own', () => {
    const all = [...acknowledgements(s.stack), ...acknowledgements(s.edge)];
    expect(all.length).toBeGreaterThan(0);
    for (const { id, reason, path } of all) {
      expect(id, path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(reason.length, `${id} at ${path}`).toBeGreaterThan(60);
    }
  });
});

describe('what is acknowledged, and where', () => {
  it('acknowledges only the findings the README lists as left off, each on its own resource', () => {
    const s = synthProduct();
    const byRule = new Map<string, Set<string>>();
    for (const { rule, path } of acknowledgements(s.stack)) byRule.set(rule, (byRule.get(rule) ?? new Set()).add(path));
    expect(Object.fromEntries([...byRule].map(([rule, paths]) => [rule, [...paths].sort()]))).toEqual({
      'AwsSolutions-CFR1': ['Test/Site/Distribution'],
      'AwsSolutions-CFR3': ['Test/Site/Distribution'],
      'AwsSolutions-CFR4': ['Test/Site/Distribution'],
      'AwsSolutions-COG8': ['Test/Auth/Coaches'],
      'AwsSolutions-IAM5': ['Test/Site/DeploymentRole'],
      'AwsSolutions-L1': [expect.stringMatching(/^Test\/Custom::CDKBucketDeployment/)],
      'AwsSolutions-S1': ['Test/Site/AccessLogs'],
      'AwsSolutions-SMG4': ['Test/OriginVerify/Value'],
      'AwsSolutions-SNS2': ['Test/Alarms/Topic'],
    });
    expect(acknowledgements(s.edge)).toEqual([]);
  });

  it('drops the CloudFront TLS and Cognito plan acknowledgements when a domain and threat protection are given', () => {
    const s = synthProduct({ ...DOMAIN, threatProtection: true });
    const rules = new Set(acknowledgements(s.stack).map((a) => a.rule));
    expect(rules.has('AwsSolutions-CFR4')).toBe(false);
    expect(rules.has('AwsSolutions-COG8')).toBe(false);
  });

  it('reports what it is not told to accept (the check can fail)', () => {
    const s = synthProduct();
    new Bucket(s.stack, 'Unlogged');
    expect(findings(s.stack)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error AwsSolutions-S1 at Test\/Unlogged\/Resource/)]),
    );
  });
});
