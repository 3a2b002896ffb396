import { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';

/**
 * CDK's `Template` checks (hasResourceProperties, resourceCountIs, …) throw when they fail, which fails the
 * test, but vitest does not count them as assertions, and `requireAssertions` is on. Each check that passes
 * is counted here, so a test whose only assertions are CDK checks is not taken for one that asserts nothing.
 */
const CHECKS = [
  'hasResource',
  'hasResourceProperties',
  'resourceCountIs',
  'resourcePropertiesCountIs',
  'allResources',
  'allResourcesProperties',
  'hasOutput',
  'hasParameter',
  'hasMapping',
  'hasCondition',
  'templateMatches',
] as const;

const proto = Template.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of CHECKS) {
  const check = proto[name];
  if (typeof check !== 'function') throw new Error(`Template.${name} is gone: update test/infra/setup.ts`);
  proto[name] = function counted(this: Template, ...args: unknown[]) {
    const result = check.apply(this, args);
    expect(name, 'a CDK Template check passed').toBeTypeOf('string');
    return result;
  };
}
