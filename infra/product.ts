import type { App } from 'aws-cdk-lib';
import { TyoJaEtuudetStack, type TyoJaEtuudetStackProps } from './stack.ts';
import { EdgeStack } from './waf.ts';

export interface ProductProps extends Omit<TyoJaEtuudetStackProps, 'env' | 'webAclArn' | 'crossRegionReferences'> {
  /** The product stack's name; the WAF's stack is `<name>-Edge`. */
  readonly stackName: string;
  /** Where the product goes (the WAF always goes to us-east-1). */
  readonly region: string;
  /** The AWS account; unknown when synthesizing without credentials. */
  readonly account?: string;
}

/**
 * The two stacks of a deployment: `<name>-Edge` in us-east-1 with the WAF web ACL that CloudFront requires
 * there, and the product in any region, which reads the ACL's ARN through CDK's cross-region references
 * (`cdk deploy --all` deploys the edge stack first).
 */
export function defineProduct(app: App, props: ProductProps): { edge: EdgeStack; product: TyoJaEtuudetStack } {
  const { stackName, region, account, ...productProps } = props;
  const edge = new EdgeStack(app, `${stackName}-Edge`, account ? { account } : {});
  const product = new TyoJaEtuudetStack(app, stackName, {
    ...productProps,
    env: { ...(account ? { account } : {}), region },
    crossRegionReferences: true,
    webAclArn: edge.webAclArn,
  });
  return { edge, product };
}
