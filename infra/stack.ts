import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { DEFAULT_CASE_TTL_DAYS, DEFAULT_SHARE_TTL_DAYS, MAX_TTL_DAYS } from '../functions/contracts/limits.ts';
import type { ApiRoute } from '../functions/contracts/routes.ts';
import { Api, type RetentionSettings } from './api.ts';
import { CoachAuth } from './auth.ts';
import { Data } from './data.ts';
import { Site } from './site.ts';

export interface TyoJaEtuudetStackProps extends StackProps {
  /** The built web app (dist/web). */
  readonly siteDir: string;
  /** A custom domain for the site (and the only origin allowed to call the API cross-origin). */
  readonly domainName?: string;
  /** The ACM certificate for `domainName`, in us-east-1 (CloudFront's region). */
  readonly certificateArn?: string;
  /** The routes to serve; functions/api/routes.ts by default. */
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

/**
 * The whole product in one stack:
 *
 *   CloudFront ─┬─ /*      → S3 (the web app, private, origin access control; /config.json: where to sign in)
 *               └─ /v1/*   → HTTP API ─(coach routes: JWT authorizer)→ one Lambda per route ─(only routes that declare it)─▶ DynamoDB
 *   Cognito: the coaches (invited only), the hosted UI for signing in, the web app's client
 */
export class TyoJaEtuudetStack extends Stack {
  readonly data: Data;
  readonly auth: CoachAuth;
  readonly api: Api;
  readonly site: Site;

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
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      coachAuthorizer: this.auth.authorizer,
      retention,
      ...(props.routes ? { routes: props.routes } : {}),
      ...(props.domainName ? { siteOrigin: `https://${props.domainName}` } : {}),
    });
    this.site = new Site(this, 'Site', {
      siteDir: props.siteDir,
      apiDomainName: this.api.domainName,
      connectOrigins: [this.auth.hostedUiOrigin],
      webConfig: this.auth.webConfig(),
      ...(props.domainName ? { domainName: props.domainName } : {}),
      ...(props.certificateArn ? { certificateArn: props.certificateArn } : {}),
    });
    this.auth.allowSite(this.site.url);

    new CfnOutput(this, 'SiteUrl', { value: this.site.url, description: 'The calculator' });
    new CfnOutput(this, 'ApiUrl', { value: `${this.site.url}/v1`, description: 'The API, on the site origin (e.g. /v1/health)' });
    new CfnOutput(this, 'ApiGatewayUrl', { value: this.api.stage.url, description: 'The API directly on API Gateway, for diagnostics' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName, description: 'Saved cases and share links (retained on delete)' });
    new CfnOutput(this, 'SiteBucketName', { value: this.site.bucket.bucketName, description: 'The web build (retained on delete)' });
    new CfnOutput(this, 'UserPoolId', {
      value: this.auth.userPool.userPoolId,
      description: 'The coaches: invite one with aws cognito-idp admin-create-user (retained on delete)',
    });
    new CfnOutput(this, 'SignInUrl', { value: this.auth.hostedUiOrigin, description: 'Cognito hosted UI (coach sign-in)' });
  }
}
