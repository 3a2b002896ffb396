import { type Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag's AwsSolutions checks (test/infra/nag.test.ts and every `cdk synth`) report what they find on a
 * construct; each finding we accept is acknowledged where the resource is made, with its reason. This file
 * holds the ones on resources CDK makes for us, whose shape we do not choose.
 */

/**
 * Acknowledges every finding of `rule` (e.g. `AwsSolutions-IAM5`) that the checks report on `scope` now, with
 * one reason. For rules that report one finding per action or resource (IAM5), whose exact ids depend on the
 * account and region. Only for grants CDK writes itself; test/infra/stack.test.ts pins what they may reach.
 */
function acknowledgeAll(scope: IConstruct, rule: string, reason: string): void {
  const found = new AwsSolutionsChecks().validateScope(scope).violations.map((v) => v.ruleName);
  for (const id of found.filter((name) => name === rule || name.startsWith(`${rule}[`))) {
    Validations.of(scope).acknowledge({ id, reason });
  }
}

/** Findings on what CDK adds to the product stack for the web build's copy (s3-deployment). */
export function acknowledgeCdkInternals(stack: Stack): void {
  for (const child of stack.node.children) {
    // BucketDeployment's copy function, one per stack, named after the construct's fixed id.
    if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-L1',
        reason:
          "CDK's own copy function for the web build (BucketDeployment): its runtime comes with aws-cdk-lib and moves " +
          'with it; it runs only during a deploy.',
      });
    }
  }
}

/** Findings on the role of the web build's copy function (infra/site.ts DeploymentRole). */
export function acknowledgeDeploymentGrants(role: IConstruct): void {
  acknowledgeAll(
    role,
    'AwsSolutions-IAM5',
    "BucketDeployment's own grants: it reads the build from CDK's asset bucket and writes and prunes the site bucket, " +
      'whose object keys (the file names of a build) are known only at deploy time, so objects are granted as bucket/*; ' +
      'the s3:GetObject*-style action groups are how CDK grants read and write. Only those two buckets (stack.test.ts).',
  );
}
