import { Arn, ArnFormat, CfnOutput, Stack, type StackProps, Tags, Token } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { Construct } from 'constructs';
import { DEFAULT_CASE_TTL_DAYS, DEFAULT_SHARE_TTL_DAYS, MAX_TTL_DAYS } from '../functions/contracts/limits.ts';
import type { ApiRoute } from '../functions/contracts/routes.ts';
import { Alarms } from './alarms.ts';
import { Api, type RetentionSettings } from './api.ts';
import { CoachAuth } from './auth.ts';
import { Data } from './data.ts';
import { acknowledgeCdkInternals } from './nag.ts';
import { OriginVerify } from './origin-verify.ts';
import { Site } from './site.ts';

export interface TyoJaEtuudetStackProps extends StackProps {
  /** The built web app (dist/web). */
  readonly siteDir: string;
  /** A custom domain for the site (and the only origin allowed to call the API cross-origin). */
  readonly domainName?: string;
  /** The ACM certificate for `domainName`, in us-east-1 (CloudFront's region). */
  readonly certificateArn?: string;
  /**
   * An ACM certificate for the same `domainName` in this stack's region, for the API's custom domain (with a
   * domain, the API answers only there and its execute-api endpoint is off). Default: `certificateArn` when
   * the stack is in us-east-1 too; otherwise required with `domainName`.
   */
  readonly apiCertificateArn?: string;
  /** The WAF web ACL for CloudFront (infra/waf.ts, in us-east-1). */
  readonly webAclArn?: string;
  /** Who gets the alarms by e-mail; without it the topic has no subscriber. */
  readonly alarmEmail?: string;
  /** Reserved concurrency for the functions with table access (infra/limits.ts); default true. */
  readonly reservedConcurrency?: boolean;
  /** The routes to serve; functions/contracts/routes.ts by default. */
  readonly routes?: readonly ApiRoute[];
  /** Cognito's hosted UI domain prefix; default derived from the stack name and id. */
  readonly authDomainPrefix?: string;
  /** Cognito threat protection (Plus plan, billed per active user); default off. */
  readonly threatProtection?: boolean;
  /** Days a case is kept after its last change (default 365) and a share link after it is made (default 30). */
  readonly retention?: Partial<RetentionSettings>;
}

function checkedDays(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_TTL_DAYS)
    throw new Error(`${name} must be a whole number of days from 1 to ${MAX_TTL_DAYS}, not ${value}`);
  return value;
}

/** The certificate for the API's custom domain: given, or the site's when both are in the stack's region. */
function apiCertificateArn(stack: Stack, props: TyoJaEtuudetStackProps): string | undefined {
  // Without both, the site refuses the domain (infra/site.ts) with its own message.
  if (!props.domainName || !props.certificateArn) return undefined;
  if (props.apiCertificateArn) return props.apiCertificateArn;
  const siteCertificateRegion = Arn.split(props.certificateArn, ArnFormat.SLASH_RESOURCE_NAME).region;
  if (!Token.isUnresolved(stack.region) && siteCertificateRegion === stack.region) return props.certificateArn;
  throw new Error(
    `With domainName the API gets a custom domain of the same name and its execute-api endpoint is switched off: give ` +
      `apiCertificateArn, an ACM certificate for ${props.domainName} in the stack's region` +
      (Token.isUnresolved(stack.region) ? '' : ` (${stack.region})`),
  );
}

/**
 * The product stack: everything but the WAF web ACL, which CloudFront needs in us-east-1 (infra/waf.ts):
 *
 *   CloudFront (WAF) ─┬─ /*      → S3 (the web app, private, origin access control; /config.json: where to sign in)
 *                     └─ /v1/*   → HTTP API ─(public routes: origin check; coach routes: JWT authorizer)→ one Lambda per route ─(only routes that declare it)─▶ DynamoDB
 *   Cognito: the coaches (invited only), the hosted UI for signing in, the web app's client
 *   CloudWatch alarms → SNS topic (→ e-mail)
 */
export class TyoJaEtuudetStack extends Stack {
  readonly data: Data;
  readonly auth: CoachAuth;
  readonly originVerify: OriginVerify;
  readonly api: Api;
  readonly site: Site;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: TyoJaEtuudetStackProps) {
    super(scope, id, {
      description: 'Tyo ja etuudet: benefits and work calculator (web app, HTTP API, saved cases)',
      ...props,
    });
    Tags.of(this).add('app', 'tyo-ja-etuudet');

    const retention: RetentionSettings = {
      caseTtlDays: checkedDays('caseTtlDays', props.retention?.caseTtlDays ?? DEFAULT_CASE_TTL_DAYS),
      shareTtlDays: checkedDays('shareTtlDays', props.retention?.shareTtlDays ?? DEFAULT_SHARE_TTL_DAYS),
    };

    this.data = new Data(this, 'Data');
    this.auth = new CoachAuth(this, 'Auth', {
      ...(props.authDomainPrefix ? { domainPrefix: props.authDomainPrefix } : {}),
      ...(props.threatProtection ? { threatProtection: true } : {}),
    });
    this.originVerify = new OriginVerify(this, 'OriginVerify');
    const apiCertificate = apiCertificateArn(this, props);
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      coachAuthorizer: this.auth.authorizer,
      originAuthorizer: this.originVerify.authorizer,
      retention,
      ...(props.routes ? { routes: props.routes } : {}),
      ...(props.domainName ? { siteOrigin: `https://${props.domainName}` } : {}),
      ...(props.domainName && apiCertificate
        ? {
            customDomain: {
              domainName: props.domainName,
              certificate: Certificate.fromCertificateArn(this, 'ApiCertificate', apiCertificate),
            },
          }
        : {}),
      ...(props.reservedConcurrency === false ? { reservedConcurrency: false } : {}),
    });
    this.site = new Site(this, 'Site', {
      siteDir: props.siteDir,
      apiDomainName: this.api.originDomainName,
      apiOriginHeaders: { [this.originVerify.headerName]: this.originVerify.headerValue },
      forwardHostToApi: Boolean(this.api.domain),
      connectOrigins: [this.auth.hostedUiOrigin],
      webConfig: this.auth.webConfig(),
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
      ...(props.domainName ? { domainName: props.domainName } : {}),
      ...(props.certificateArn ? { certificateArn: props.certificateArn } : {}),
    });
    this.auth.allowSite(this.site.url);
    this.alarms = new Alarms(this, 'Alarms', {
      api: this.api,
      table: this.data.table,
      otherFunctions: new Map([['originVerify', this.originVerify.function]]),
      ...(props.alarmEmail ? { email: props.alarmEmail } : {}),
    });
    acknowledgeCdkInternals(this);

    new CfnOutput(this, 'SiteUrl', { value: this.site.url, description: 'The calculator' });
    new CfnOutput(this, 'ApiUrl', { value: `${this.site.url}/v1`, description: 'The API, on the site origin (e.g. /v1/health)' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn, description: 'The alarms: subscribe to it' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName, description: 'Saved cases and share links (retained on delete)' });
    new CfnOutput(this, 'SiteBucketName', { value: this.site.bucket.bucketName, description: 'The web build (retained on delete)' });
    new CfnOutput(this, 'UserPoolId', {
      value: this.auth.userPool.userPoolId,
      description: 'The coaches: invite one with aws cognito-idp admin-create-user (retained on delete)',
    });
    new CfnOutput(this, 'SignInUrl', { value: this.auth.hostedUiOrigin, description: 'Cognito hosted UI (coach sign-in)' });
  }
}
