import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { HouseFunction } from './house-function.ts';
import { ORIGIN_VERIFY_ENV, ORIGIN_VERIFY_HEADER } from './origin-verify-handler.ts';

/**
 * "Only through CloudFront" for the API: a random value, made once by Secrets Manager at the first deploy,
 * that CloudFront adds to every request it sends to the API as the `x-origin-verify` header, and a Lambda
 * authorizer on every public route that lets in only requests carrying it. (The case routes have the
 * coaches' JWT authorizer instead, and API Gateway allows one authorizer per route: there a direct caller
 * still needs a coach's valid token.)
 *
 * What it is and is not: the value is a marker that a request passed CloudFront (and so the WAF), not a
 * key to any data. Anyone who may read the account's CloudFront or Lambda configuration can read it;
 * CloudFront replaces a header of that name sent by a viewer, so no one outside can set it through the
 * site. Requests without the header are refused by API Gateway itself (401, no Lambda runs); the
 * authorizer's answer is cached for an hour per header value.
 */
export class OriginVerify extends Construct {
  /** The header CloudFront adds to requests for the API. */
  readonly headerName = ORIGIN_VERIFY_HEADER;
  /** The header's value: a deploy-time reference to the secret, resolved by CloudFormation. */
  readonly headerValue: string;
  readonly secret: Secret;
  readonly function: HouseFunction;
  readonly authorizer: HttpLambdaAuthorizer;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Value', {
      description: 'Tyo ja etuudet: the x-origin-verify header CloudFront sends to the API',
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
      // Nothing depends on keeping it: a new one is made with the stack and written to both ends.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Not rotated: CloudFront and the authorizer receive the value at deploy time, so a rotation by Secrets Manager ' +
        'would leave CloudFront sending the old value and lock the site out of its API. It marks that a request passed ' +
        'CloudFront; it opens no data (the case routes still need a coach token).',
    });
    // Both ends get the value when CloudFormation deploys them (a dynamic reference in the template, never the value).
    this.headerValue = this.secret.secretValue.unsafeUnwrap();

    this.function = new HouseFunction(this, 'Check', {
      entry: 'infra/origin-verify-handler.ts',
      description: 'Lets into the API only requests that came through CloudFront (x-origin-verify)',
      environment: { [ORIGIN_VERIFY_ENV]: this.headerValue },
      memorySize: 128,
      timeout: Duration.seconds(3),
    });

    this.authorizer = new HttpLambdaAuthorizer('OriginVerify', this.function.function, {
      authorizerName: 'origin-verify',
      identitySource: [`$request.header.${ORIGIN_VERIFY_HEADER}`],
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      resultsCacheTtl: Duration.hours(1),
    });
  }
}
