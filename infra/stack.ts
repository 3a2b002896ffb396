import { CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ApiRoute } from '../functions/api/routes.ts';
import { Api } from './api.ts';
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
}

/**
 * The whole product in one stack:
 *
 *   CloudFront ─┬─ /*      → S3 (the web app, private, origin access control)
 *               └─ /v1/*   → HTTP API → one Lambda per route ─(only routes that declare it)─▶ DynamoDB
 */
export class TyoJaEtuudetStack extends Stack {
  readonly data: Data;
  readonly api: Api;
  readonly site: Site;

  constructor(scope: Construct, id: string, props: TyoJaEtuudetStackProps) {
    super(scope, id, {
      description: 'Tyo ja etuudet: benefits and work calculator (web app, HTTP API, saved cases)',
      ...props,
    });
    Tags.of(this).add('app', 'tyo-ja-etuudet');

    this.data = new Data(this, 'Data');
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      ...(props.routes ? { routes: props.routes } : {}),
      ...(props.domainName ? { siteOrigin: `https://${props.domainName}` } : {}),
    });
    this.site = new Site(this, 'Site', {
      siteDir: props.siteDir,
      apiDomainName: this.api.domainName,
      ...(props.domainName ? { domainName: props.domainName } : {}),
      ...(props.certificateArn ? { certificateArn: props.certificateArn } : {}),
    });

    new CfnOutput(this, 'SiteUrl', { value: this.site.url, description: 'The calculator' });
    new CfnOutput(this, 'ApiUrl', { value: `${this.site.url}/v1`, description: 'The API, on the site origin (e.g. /v1/health)' });
    new CfnOutput(this, 'ApiGatewayUrl', { value: this.api.stage.url, description: 'The API directly on API Gateway, for diagnostics' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName, description: 'Saved cases and share links (retained on delete)' });
    new CfnOutput(this, 'SiteBucketName', { value: this.site.bucket.bucketName, description: 'The web build (retained on delete)' });
  }
}
