import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type ApiRoute, FALLBACK, ROUTES, routeKey, type TableAccess } from '../functions/contracts/routes.ts';
import { HouseFunction } from './house-function.ts';

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

/** Requests per second across the API, and the burst above it. A county's busiest hour is a few per second. */
const THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

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
}

function pascal(name: string): string {
  return name.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase());
}

/**
 * The HTTP API: one house Lambda per route of functions/api/routes.ts plus the `$default` fallback, each
 * with exactly the table access its route declares; stage-wide throttling; access logs with a retention.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** The Lambda of each route, by route name (and `fallback`). */
  readonly functions: ReadonlyMap<string, HouseFunction>;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const routes = props.routes ?? (ROUTES as readonly ApiRoute[]);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-api`,
      description: 'Tyo ja etuudet API (v1)',
      createDefaultStage: false,
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
      throttle: THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    const functions = new Map<string, HouseFunction>();
    const lambdaFor = (name: string, entry: string, summary: string, access: TableAccess) => {
      if (functions.has(name)) throw new Error(`Two routes are named "${name}"`);
      const fn = new HouseFunction(this, pascal(name), {
        entry,
        description: summary.slice(0, 256),
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
        fn.function.addToRolePolicy(new PolicyStatement({ actions: [...TABLE_ACTIONS[access]], resources: [props.table.tableArn] }));
      }
      functions.set(name, fn);
      return new HttpLambdaIntegration(`${pascal(name)}Integration`, fn.function);
    };

    for (const route of routes) {
      const auth = route.auth ?? 'none';
      if (auth === 'coach' && !props.coachAuthorizer) {
        // Fail the synth rather than deploy a coach-only route open to everyone.
        throw new Error(`Route ${routeKey(route)} needs a signed-in coach, but the stack has no coach authorizer`);
      }
      const integration = lambdaFor(route.name, route.entry, route.summary, route.tableAccess ?? 'none');
      new HttpRoute(this, `${pascal(route.name)}Route`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration,
        ...(auth === 'coach' ? { authorizer: props.coachAuthorizer } : {}),
      });
    }

    // Everything else (404 and 405 as JSON). It never touches the table.
    new HttpRoute(this, `${pascal(FALLBACK.name)}Route`, {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration: lambdaFor(FALLBACK.name, FALLBACK.entry, FALLBACK.summary, 'none'),
    });

    this.functions = functions;
  }

  /** The execute-api host name, for CloudFront's origin (no scheme, no path). */
  get domainName(): string {
    const stack = Stack.of(this);
    return `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}
