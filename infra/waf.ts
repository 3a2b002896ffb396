import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/**
 * Requests one address may send to the API (/v1/…) in five minutes before the WAF answers 429 for a while.
 * A person typing into the calculator makes at most ~8 API requests a second in short bursts (a calculation
 * and a sweep every 250 ms), a few hundred in an intense five minutes; 1 000 leaves room for several
 * coaches behind one office address (NAT) and for mobile networks that share addresses, while one address
 * can no longer use up a route's throttle (infra/limits.ts) for everyone. The web app's own files are
 * cached at CloudFront's edges and in browsers, and are not counted.
 */
export const API_REQUESTS_PER_IP_PER_5_MIN = 1000;

/** The web app calls the API under this path (infra/site.ts sends it to API Gateway). */
const API_PATH_PREFIX = '/v1/';

const TOO_MANY_REQUESTS_BODY = 'too-many-requests';

/**
 * AWS managed rule groups, in the order the WAF evaluates them (after the rate rule). No extra fee beyond
 * the rule price: these are the free baseline groups, not Bot Control or fraud control.
 * - Amazon IP reputation list: addresses Amazon's threat intelligence has seen in bots, scanners and
 *   attacks. First, and cheap: they never reach the rate counter or the Lambdas.
 * - Known bad inputs: request patterns of exploits (Log4j and Java deserialisation, SSRF to host names
 *   like localhost, path traversal in the URI). Nothing legitimate sends them; blocking them here saves a
 *   Lambda run and keeps scanners' probes out of the API's error figures.
 * - Core rule set (OWASP-style): cross-site scripting and file-inclusion patterns in the query, body and
 *   headers, requests without a User-Agent, oversized query strings and cookies. Its 8 kB body limit counts
 *   only: the API reads bodies up to 64 kB and answers a clear 400 that names the limit, which the WAF's bare
 *   403 would not.
 */
const MANAGED_GROUPS: readonly { name: string; excluded?: readonly string[] }[] = [
  { name: 'AWSManagedRulesAmazonIpReputationList' },
  { name: 'AWSManagedRulesKnownBadInputsRuleSet' },
  { name: 'AWSManagedRulesCommonRuleSet', excluded: ['SizeRestrictions_BODY'] },
];

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/**
 * The web ACL in front of the CloudFront distribution (CLOUDFRONT scope, so it must be created in
 * us-east-1): a rate limit per address on the API, then the AWS managed groups above. Everything else is
 * allowed. Metrics per rule in CloudWatch (us-east-1), and the sampled requests of the last three hours in
 * the WAF console; no full WAF log (it would keep every blocked visitor's address and path).
 */
export class SiteFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const prefix = Stack.of(this).stackName.replace(/[^A-Za-z0-9]/g, '');

    const rateRule: CfnWebACL.RuleProperty = {
      name: 'ApiRequestsPerAddress',
      priority: 1,
      action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_REQUESTS_BODY } } },
      statement: {
        rateBasedStatement: {
          aggregateKeyType: 'IP',
          limit: API_REQUESTS_PER_IP_PER_5_MIN,
          evaluationWindowSec: 300,
          scopeDownStatement: {
            byteMatchStatement: {
              fieldToMatch: { uriPath: {} },
              positionalConstraint: 'STARTS_WITH',
              searchString: API_PATH_PREFIX,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
        },
      },
      visibilityConfig: visibility(`${prefix}ApiRequestsPerAddress`),
    };

    const managedRules = MANAGED_GROUPS.map(
      ({ name, excluded }, index): CfnWebACL.RuleProperty => ({
        name: `AWS-${name}`,
        priority: index === 0 ? 0 : index + 1,
        overrideAction: { none: {} },
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name,
            ...(excluded ? { ruleActionOverrides: excluded.map((rule) => ({ name: rule, actionToUse: { count: {} } })) } : {}),
          },
        },
        visibilityConfig: visibility(`${prefix}${name}`),
      }),
    );

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${prefix}-site`,
      description: 'Tyo ja etuudet: rate per address on the API, AWS managed rule groups',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      customResponseBodies: {
        [TOO_MANY_REQUESTS_BODY]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({ error: 'Too many requests from this address: wait a few minutes and try again' }),
        },
      },
      rules: [...managedRules, rateRule].sort((a, b) => a.priority - b.priority),
      visibilityConfig: visibility(`${prefix}Site`),
    });
  }
}

export interface EdgeStackProps extends StackProps {
  /** The account of the product stack; the region is always us-east-1. */
  readonly account?: string;
}

/**
 * What CloudFront needs from us-east-1, whichever region the product stack is in: the web ACL. The product
 * stack reads its ARN through CDK's cross-region references (an SSM parameter here, read at deploy time).
 */
export class EdgeStack extends Stack {
  readonly firewall: SiteFirewall;

  constructor(scope: Construct, id: string, props: EdgeStackProps = {}) {
    super(scope, id, {
      description: 'Tyo ja etuudet: the WAF web ACL for CloudFront (us-east-1)',
      ...props,
      env: { ...(props.account ? { account: props.account } : {}), region: 'us-east-1' },
      crossRegionReferences: true,
    });
    Tags.of(this).add('app', 'tyo-ja-etuudet');
    this.firewall = new SiteFirewall(this, 'Firewall');
  }

  get webAclArn(): string {
    return this.firewall.webAcl.attrArn;
  }
}
