import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { contentSecurityPolicy, HSTS_MAX_AGE_SECONDS, PERMISSIONS_POLICY } from '../functions/contracts/security-headers.ts';
import { WEB_CONFIG_PATH } from '../functions/contracts/sign-in.ts';
import { acknowledgeDeploymentGrants } from './nag.ts';

/** CloudFront sends requests under this path to the HTTP API; everything else is the web app. */
const API_PATH_PATTERN = '/v1/*';

/** Where the web build keeps its content-hashed files (Vite's `assetsDir`): cached for a year. */
const HASHED_ASSETS_DIR = 'assets';

/** Build metadata that is not for browsers (Vite's manifest): never uploaded. */
const NOT_PUBLISHED = ['.vite/*'];

/**
 * The web app's client-side routes: a path whose last segment has no file extension is a page of the app,
 * so it gets index.html. Runs on the web app's behaviour only, so the API's own 404s stay JSON 404s (a
 * distribution-wide error response would turn them into 200s with HTML).
 */
export const SPA_FALLBACK_CODE = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`;

/** How long the site bucket's access logs are kept. */
const ACCESS_LOG_DAYS = 90;

export interface SiteProps {
  /** The built web app (dist/web), with index.html at its top. */
  readonly siteDir: string;
  /** The HTTP API's host name (execute-api, or its custom domain's regional name), served under /v1. */
  readonly apiDomainName: string;
  /** Headers CloudFront adds to every request it sends to the API (the origin check). */
  readonly apiOriginHeaders?: Readonly<Record<string, string>>;
  /**
   * Forward the viewer's Host header to the API: needed when the API answers on the site's own name (its
   * custom domain), never with execute-api, which routes by its own host name.
   */
  readonly forwardHostToApi?: boolean;
  /** The WAF web ACL (CLOUDFRONT scope, in us-east-1) in front of everything. */
  readonly webAclArn?: string;
  /** A custom domain, e.g. `laskuri.example.fi`, with its ACM certificate (in us-east-1). */
  readonly domainName?: string;
  readonly certificateArn?: string;
  /** Other origins the web app may fetch from (CSP connect-src): the sign-in's token endpoint. */
  readonly connectOrigins?: readonly string[];
  /** Written to /config.json next to the web build (deploy-time values allowed): the web app's runtime configuration. */
  readonly webConfig?: object;
}

/**
 * The web app in a private S3 bucket behind CloudFront (origin access control), with the API on the same
 * origin under /v1: HTTPS only, strict security headers on every response.
 */
export class Site extends Construct {
  readonly bucket: Bucket;
  /** The site bucket's server access logs. */
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  /** The API's cache policy: nothing is cached, but the Authorization header reaches the API on GET too. */
  readonly apiCachePolicy: CachePolicy;
  /** The role of CDK's copy function (BucketDeployment). */
  readonly deploymentRole: Role;
  /** `https://` + the domain people use. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    if (Boolean(props.domainName) !== Boolean(props.certificateArn)) {
      throw new Error('A custom domain needs both domainName and certificateArn (an ACM certificate in us-east-1)');
    }

    // Who read or tried to change the site's files: S3 server access logs, kept 90 days. They name
    // CloudFront's service requests and the build's file names, nothing a person typed.
    this.logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      lifecycleRules: [{ expiration: Duration.days(ACCESS_LOG_DAYS) }],
      // Retained like the site bucket (no delete-everything Lambda); the logs expire by themselves.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'The access-log bucket itself: logging it would log the log deliveries, in a bucket of its own, without end.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'site/',
      // Retained: the build is public content and costs cents to keep, and RETAIN needs no custom-resource
      // Lambda with delete rights on the bucket (autoDeleteObjects). README: how to delete it on purpose.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Tyo ja etuudet: CSP, HSTS, no referrer, nosniff, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.connectOrigins ?? []), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });

    // The API needs its query strings (e.g. ?date=) and a few headers. No cookies (the product sets none),
    // and never the viewer's Host: API Gateway routes by its own host name. The Authorization header (a
    // coach's token) cannot be in an origin request policy: CloudFront forwards it on GET and HEAD only when
    // the cache policy keys on it. So the API's cache policy keys on it, and caches nothing: the default TTL
    // is 0 and every API answer says no-store; the maximum is 1 s only because CloudFront refuses a cache key
    // on a policy whose TTLs are all 0. With the token in the key, no answer could reach another coach anyway.
    this.apiCachePolicy = new CachePolicy(this, 'ApiNoCache', {
      comment: 'Tyo ja etuudet API: never cached; keyed on Authorization so that it reaches the API',
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const apiHeaders = ['Accept', 'Accept-Language', 'Content-Type', ...(props.forwardHostToApi ? ['Host'] : [])];
    const apiRequests = new OriginRequestPolicy(this, 'ApiRequests', {
      comment: props.forwardHostToApi
        ? 'Tyo ja etuudet API: query strings, content headers and the site host (the API custom domain); no cookies'
        : 'Tyo ja etuudet API: query strings and content headers; no cookies, no Host',
      cookieBehavior: OriginRequestCookieBehavior.none(),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...apiHeaders),
    });

    const spaFallback = new CloudFrontFunction(this, 'SpaFallback', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Extensionless paths of the web app are its pages: serve index.html',
      code: FunctionCode.fromInline(SPA_FALLBACK_CODE),
    });

    const certificate = props.certificateArn ? Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn) : undefined;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Tyo ja etuudet',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      // Edges in Europe and North America: where the users are, at the lowest price class.
      priceClass: PriceClass.PRICE_CLASS_100,
      ...(certificate && props.domainName
        ? { certificate, domainNames: [props.domainName], minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeadersPolicy,
        compress: true,
        functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        [API_PATH_PATTERN]: {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
            ...(props.apiOriginHeaders ? { customHeaders: { ...props.apiOriginHeaders } } : {}),
          }),
          // No redirect for the API: a POST sent over plain HTTP has already exposed its body.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: this.apiCachePolicy,
          originRequestPolicy: apiRequests,
          responseHeadersPolicy: this.responseHeadersPolicy,
          compress: true,
        },
      },
    });
    this.url = `https://${props.domainName ?? this.distribution.distributionDomainName}`;
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geographic restriction: the users live in Finland but also use it while abroad (travel, work across the ' +
          'border); the WAF (IP reputation, rate per address) guards against abuse wherever it comes from.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'No CloudFront access logs: they record every path, and /v1/shared/{token} and /v1/cases/{caseId} carry ' +
          'share tokens and case ids, with the client address. The product promises logs without them (README, ' +
          'Privacy). The API access logs (route key, status, latency), WAF metrics and sampled requests serve the operator.',
      },
    );
    if (!certificate) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose minimum protocol ' +
          'cannot be set. With domainName and certificateArn the distribution requires TLS 1.2 (TLSv1.2_2021).',
      });
    }

    // The copy function of BucketDeployment gets our role and a log group with a retention, instead of the
    // account-wide AWSLambdaBasicExecutionRole and a log group kept forever.
    const deployLogs = new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    this.deploymentRole = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the web build into the site bucket',
    });
    deployLogs.grantWrite(this.deploymentRole);

    // Two passes over the same build, so each file gets the right Cache-Control without a CloudFront
    // invalidation (whose permission CDK can only grant on every distribution, `*`):
    //   1. content-hashed files: cached for a year; old ones are kept for pages still open in a browser;
    //   2. everything else (index.html, icons): revalidated on every use; files no longer built are removed.
    // Vite's manifest (.vite/) stays out of the bucket.
    const source = Source.asset(props.siteDir);
    const hashed = new BucketDeployment(this, 'DeployHashedAssets', {
      sources: [source],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: [`${HASHED_ASSETS_DIR}/*`],
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      role: this.deploymentRole,
      logGroup: deployLogs,
    });
    // /config.json (where to sign in) goes with the pages: the pages deployment prunes what it did not write.
    const pages = new BucketDeployment(this, 'DeployPages', {
      sources: props.webConfig ? [source, Source.jsonData(WEB_CONFIG_PATH.replace(/^\//, ''), props.webConfig)] : [source],
      destinationBucket: this.bucket,
      exclude: [`${HASHED_ASSETS_DIR}/*`, ...NOT_PUBLISHED],
      prune: true,
      cacheControl: [CacheControl.noCache()],
      role: this.deploymentRole,
      logGroup: deployLogs,
    });
    // A new index.html only once the files it points at are there.
    pages.node.addDependency(hashed);
    acknowledgeDeploymentGrants(this.deploymentRole);
  }
}
