import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type ApiRoute, FALLBACK, ROUTES, routeKey, type TableAccess } from '../functions/contracts/routes.ts';
import { HouseFunction } from './house-function.ts';
import { DEFAULT_ROUTE_LIMIT, ROUTE_LIMITS, type RouteLimit } from './limits.ts';

/**
 * What each level of table access allows, action by action (no wildcards). `read` serves a share link or
 * a coach's list; `readWrite` adds the conditional writes of functions/store/cases.ts.
 */
const TABLE_ACTIONS: Readonly<Record<TableAccess, readonly string[]>> = {
  none: [],
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
};

/** The environment variable that tells a function with table access which table to use. */
const TABLE_NAME_ENV = 'TABLE_NAME';

/** How long cases and share links are kept (functions/store/config.ts reads them at cold start). */
export interface RetentionSettings {
  /** A case expires this many days after its last change. */
  readonly caseTtlDays: number;
  /** A share link expires this many days after it is made (never after its case). */
  readonly shareTtlDays: number;
}

/** Routes whose API Gateway metrics are published per route (billed like custom metrics): the alarmed ones. */
const DETAILED_METRICS_ROUTES: readonly string[] = ['calculate'];

/**
 * One line per request, without anything a person typed: no body (HTTP APIs cannot log one anyway), no
 * path or query string (a share token or a date could be in them; the matched route key is enough), no
 * source IP or user agent (behind CloudFront they describe CloudFront, and they are personal data).
 */
const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integration.latency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
} as const;

export interface ApiProps {
  /** The routes to serve; the route table by default. Each gets its own Lambda. */
  readonly routes?: readonly ApiRoute[];
  /** The table for saved cases; only routes that declare `tableAccess` may touch it. */
  readonly table: ITable;
  /**
   * The one origin allowed to call the API cross-origin, e.g. `https://laskuri.example.fi`. Without it the
   * API sends no CORS headers at all: the web app calls it on its own origin through CloudFront.
   */
  readonly siteOrigin?: string;
  /** Verifies a coach's sign-in (a JWT authorizer) for routes with `auth: 'coach'`. */
  readonly coachAuthorizer?: IHttpRouteAuthorizer;
  /** Given, as CASE_TTL_DAYS and SHARE_TTL_DAYS, to the functions with table access (and only to them). */
  readonly retention?: RetentionSettings;
  /**
   * Checks that a request came through CloudFront (infra/origin-verify.ts), on every route without a coach
   * authorizer, the `$default` fallback included. Without it those routes are open to any caller.
   */
  readonly originAuthorizer?: IHttpRouteAuthorizer;
  /**
   * A custom domain for the API, the site's own name with a certificate in the stack's region: API Gateway
   * then answers only there, and its default execute-api endpoint is switched off.
   */
  readonly customDomain?: { readonly domainName: string; readonly certificate: ICertificate };
  /** Reserved concurrency for the routes with table access (infra/limits.ts); default true. */
  readonly reservedConcurrency?: boolean;
}

function pascal(name: string): string {
  return name.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase());
}

/**
 * The HTTP API: one house Lambda per route of functions/contracts/routes.ts plus the `$default` fallback, each
 * with exactly the table access its route declares; a throttle per route (infra/limits.ts); access logs with
 * a retention; the origin check on the public routes; with a custom domain, no execute-api endpoint.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** The Lambda of each route, by route name (and `fallback`). */
  readonly functions: ReadonlyMap<string, HouseFunction>;
  /** The names of the routes whose Lambda may use the table. */
  readonly tableFunctions: ReadonlySet<string>;
  /** Each route's key (`POST /v1/calculations`, `$default`), by route name. */
  readonly routeKeys: ReadonlyMap<string, string>;
  /** The API's custom domain, when it has one (then its default endpoint is off). */
  readonly domain?: DomainName;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const routes = props.routes ?? (ROUTES as readonly ApiRoute[]);
    const known = new Set([...routes.map((r) => r.name), FALLBACK.name]);
    for (const name of Object.keys(ROUTE_LIMITS)) {
      if (!known.has(name) && !props.routes) throw new Error(`infra/limits.ts names "${name}", which is not a route`);
    }
    const limitOf = (name: string): RouteLimit => ROUTE_LIMITS[name] ?? DEFAULT_ROUTE_LIMIT;

    if (props.customDomain) {
      this.domain = new DomainName(this, 'Domain', {
        domainName: props.customDomain.domainName,
        certificate: props.customDomain.certificate,
      });
    }

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-api`,
      description: 'Tyo ja etuudet API (v1)',
      createDefaultStage: false,
      // With a custom domain, the domain is the only way in (CloudFront's origin); execute-api is off.
      disableExecuteApiEndpoint: Boolean(this.domain),
      ...(props.siteOrigin
        ? {
            corsPreflight: {
              allowOrigins: [props.siteOrigin],
              allowMethods: [...new Set(routes.map((r) => CorsHttpMethod[r.method]))],
              allowHeaders: routes.some((r) => r.auth === 'coach') ? ['Content-Type', 'Authorization'] : ['Content-Type'],
              allowCredentials: false,
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: DEFAULT_ROUTE_LIMIT.rate, burstLimit: DEFAULT_ROUTE_LIMIT.burst },
      ...(this.domain ? { domainMapping: { domainName: this.domain } } : {}),
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    const functions = new Map<string, HouseFunction>();
    const tableFunctions = new Set<string>();
    const lambdaFor = (name: string, entry: string, summary: string, access: TableAccess) => {
      if (functions.has(name)) throw new Error(`Two routes are named "${name}"`);
      const reserved = limitOf(name).reservedConcurrency;
      const fn = new HouseFunction(this, pascal(name), {
        entry,
        description: summary.slice(0, 256),
        ...(reserved !== undefined && access !== 'none' && props.reservedConcurrency !== false
          ? { reservedConcurrentExecutions: reserved }
          : {}),
        environment:
          access === 'none'
            ? {}
            : {
                [TABLE_NAME_ENV]: props.table.tableName,
                ...(props.retention
                  ? { CASE_TTL_DAYS: String(props.retention.caseTtlDays), SHARE_TTL_DAYS: String(props.retention.shareTtlDays) }
                  : {}),
              },
      });
      if (access !== 'none') {
        tableFunctions.add(name);
        fn.function.addToRolePolicy(new PolicyStatement({ actions: [...TABLE_ACTIONS[access]], resources: [props.table.tableArn] }));
      }
      functions.set(name, fn);
      return new HttpLambdaIntegration(`${pascal(name)}Integration`, fn.function);
    };

    const routeKeys = new Map<string, string>();
    const httpRoutes: HttpRoute[] = [];
    for (const route of routes) {
      const auth = route.auth ?? 'none';
      if (auth === 'coach' && !props.coachAuthorizer) {
        // Fail the synth rather than deploy a coach-only route open to everyone.
        throw new Error(`Route ${routeKey(route)} needs a signed-in coach, but the stack has no coach authorizer`);
      }
      const integration = lambdaFor(route.name, route.entry, route.summary, route.tableAccess ?? 'none');
      const authorizer = auth === 'coach' ? props.coachAuthorizer : props.originAuthorizer;
      httpRoutes.push(
        new HttpRoute(this, `${pascal(route.name)}Route`, {
          httpApi: this.httpApi,
          routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
          integration,
          ...(authorizer ? { authorizer } : {}),
        }),
      );
      routeKeys.set(route.name, routeKey(route));
      // HEAD wherever GET (RFC 9110 § 9.3.2): the same Lambda, which answers it without the body.
      if (route.method === 'GET') {
        httpRoutes.push(
          new HttpRoute(this, `${pascal(route.name)}HeadRoute`, {
            httpApi: this.httpApi,
            routeKey: HttpRouteKey.with(route.path, HttpMethod.HEAD),
            integration,
            ...(authorizer ? { authorizer } : {}),
          }),
        );
      }
    }

    // Everything else (404 and 405 as JSON). It never touches the table.
    httpRoutes.push(
      new HttpRoute(this, `${pascal(FALLBACK.name)}Route`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.DEFAULT,
        integration: lambdaFor(FALLBACK.name, FALLBACK.entry, FALLBACK.summary, 'none'),
        ...(props.originAuthorizer ? { authorizer: props.originAuthorizer } : {}),
      }),
    );
    routeKeys.set(FALLBACK.name, FALLBACK.routeKey);

    // A throttle of its own for every route with an entry in infra/limits.ts, and per-route metrics where an
    // alarm needs them. API Gateway refuses settings for a route key it does not have yet: routes first.
    const routeSettings: Record<string, Record<string, number | boolean>> = {};
    for (const [name, key] of routeKeys) {
      const limit = ROUTE_LIMITS[name];
      const detailed = DETAILED_METRICS_ROUTES.includes(name);
      if (!limit && !detailed) continue;
      routeSettings[key] = {
        ...(limit ? { ThrottlingRateLimit: limit.rate, ThrottlingBurstLimit: limit.burst } : {}),
        ...(detailed ? { DetailedMetricsEnabled: true } : {}),
      };
    }
    (this.stage.node.defaultChild as CfnStage).routeSettings = routeSettings;
    for (const route of httpRoutes) this.stage.node.addDependency(route);

    this.functions = functions;
    this.tableFunctions = tableFunctions;
    this.routeKeys = routeKeys;
  }

  /** The host name CloudFront sends API requests to: the custom domain's regional name, or execute-api. */
  get originDomainName(): string {
    if (this.domain) return this.domain.regionalDomainName;
    const stack = Stack.of(this);
    return `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }

  /** API Gateway's latency of one route (its detailed metrics must be on: DETAILED_METRICS_ROUTES). */
  routeLatency(name: string, options: { statistic: string; period: Duration }): Metric {
    const key = this.routeKeys.get(name);
    if (!key || !DETAILED_METRICS_ROUTES.includes(name)) throw new Error(`No per-route metrics for "${name}"`);
    const [method, resource] = key.split(' ');
    return new Metric({
      namespace: 'AWS/ApiGateway',
      metricName: 'Latency',
      dimensionsMap: { ApiId: this.httpApi.apiId, Stage: this.stage.stageName, Method: method!, Resource: resource! },
      ...options,
    });
  }
}
