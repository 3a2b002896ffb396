import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_REQUESTS_PER_IP_PER_5_MIN } from '../../infra/waf.ts';
import { removeTempDirs, resourcesOf, type SynthesizedProduct, synthProduct, TEST_ENV } from './fixtures.ts';

/** Issue 12, item 10: a WAF web ACL in us-east-1, from a second stack, in front of CloudFront. */
let s: SynthesizedProduct;
beforeAll(() => {
  s = synthProduct();
});
afterAll(removeTempDirs);

const webAcl = () => {
  const found = Object.entries(resourcesOf(s.edgeTemplate)).filter(([, r]) => r.Type === 'AWS::WAFv2::WebACL');
  expect(found).toHaveLength(1);
  return found[0]!;
};
const rules = () => webAcl()[1].Properties.Rules as Record<string, any>[];
const ruleNamed = (name: string) => rules().find((r) => r.Name === name)!;

describe('the edge stack', () => {
  it('is in us-east-1 (CloudFront’s web ACLs must be), in the product’s account, and holds only the web ACL', () => {
    expect(s.edge.region).toBe('us-east-1');
    expect(s.edge.account).toBe(TEST_ENV.account);
    expect(s.stack.region).toBe(TEST_ENV.region);
    expect(Object.values(resourcesOf(s.edgeTemplate)).map((r) => r.Type)).toEqual(['AWS::WAFv2::WebACL']);
    s.edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
  });

  it('is deployed before the product, whose distribution reads the ACL’s ARN across regions', () => {
    expect(s.stack.dependencies).toContain(s.edge);
    const [aclId] = webAcl();
    const distribution = Object.values(resourcesOf(s.template)).find((r) => r.Type === 'AWS::CloudFront::Distribution')!;
    const webAclRef = (distribution.Properties.DistributionConfig as Record<string, any>).WebACLId;
    expect(webAclRef).toEqual({ 'Fn::GetStackOutput': { StackName: 'Test-Edge', Region: 'us-east-1', OutputName: expect.any(String) } });
    const output = s.edgeTemplate.toJSON().Outputs[webAclRef['Fn::GetStackOutput'].OutputName];
    expect(output.Value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
  });
});

describe('the rules', () => {
  it('limits each address to 1 000 API requests in five minutes, answering 429', () => {
    expect(API_REQUESTS_PER_IP_PER_5_MIN).toBe(1000);
    const rate = ruleNamed('ApiRequestsPerAddress');
    expect(rate.Statement.RateBasedStatement).toEqual({
      AggregateKeyType: 'IP',
      Limit: 1000,
      EvaluationWindowSec: 300,
      ScopeDownStatement: {
        ByteMatchStatement: {
          FieldToMatch: { UriPath: {} },
          PositionalConstraint: 'STARTS_WITH',
          SearchString: '/v1/',
          TextTransformations: [{ Priority: 0, Type: 'NONE' }],
        },
      },
    });
    expect(rate.Action).toEqual({ Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'too-many-requests' } } });
    const body = (webAcl()[1].Properties.CustomResponseBodies as Record<string, any>)['too-many-requests'];
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content)).toEqual({ error: expect.stringMatching(/Too many requests/) });
  });

  it('uses the AWS managed groups for IP reputation, known bad inputs and the core rule set, in that order after the rate rule', () => {
    const ordered = [...rules()].sort((a, b) => a.Priority - b.Priority);
    expect(ordered.map((r) => r.Name)).toEqual([
      'AWS-AWSManagedRulesAmazonIpReputationList',
      'ApiRequestsPerAddress',
      'AWS-AWSManagedRulesKnownBadInputsRuleSet',
      'AWS-AWSManagedRulesCommonRuleSet',
    ]);
    expect(new Set(ordered.map((r) => r.Priority)).size).toBe(ordered.length);
    for (const name of ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesCommonRuleSet']) {
      const rule = ruleNamed(`AWS-${name}`);
      expect(rule.OverrideAction, name).toEqual({ None: {} });
      expect(rule.Statement.ManagedRuleGroupStatement, name).toMatchObject({ VendorName: 'AWS', Name: name });
    }
  });

  it('only counts the core rule set’s 8 kB body limit: the API answers bodies up to 64 kB with its own clear 400', () => {
    expect(ruleNamed('AWS-AWSManagedRulesCommonRuleSet').Statement.ManagedRuleGroupStatement.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
    for (const name of ['AWS-AWSManagedRulesAmazonIpReputationList', 'AWS-AWSManagedRulesKnownBadInputsRuleSet']) {
      expect(ruleNamed(name).Statement.ManagedRuleGroupStatement.RuleActionOverrides, name).toBeUndefined();
    }
  });

  it('publishes metrics and sampled requests for the ACL and every rule', () => {
    s.edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', {
      VisibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: Match.anyValue() },
    });
    for (const rule of rules()) {
      expect(rule.VisibilityConfig, rule.Name).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
    }
  });
});
