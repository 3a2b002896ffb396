import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import dynalite from 'dynalite';
import { API_GATEWAY_MAX_PAYLOAD_BYTES, MAX_BODY_BYTES } from '#contracts/limits.ts';
import { FALLBACK, ROUTES, routeKey } from '#contracts/routes.ts';
import { WEB_CONFIG_PATH } from '#contracts/sign-in.ts';
import { TOO_LARGE_BODY } from '../api/http/request.ts';
import { matchRoute } from '../api/route-match.ts';
import { ensureLocalTable, LOCAL_ENDPOINT_ENV } from '../store/client.ts';
import { declaredLength, PayloadTooLargeError, readBody, requestTarget, toEventV2, writeResultV2 } from './adapter.ts';
import { claimDatabase, makePrivate } from './data-dir.ts';
import { allowedHosts, hostAllowed } from './hosts.ts';
import { createLocalIssuer, type LocalIssuer } from './issuer.ts';
import type { SignInMessage } from './sign-in-flow.ts';
import { staticSite } from './static.ts';

/**
 * The whole product in one local process, no AWS account needed:
 *   /v1/*         the Lambda handlers of functions/api, through an API Gateway v2 adapter (the route table
 *                 decides which one; unmatched requests go to the `$default` fallback, as in AWS). Coach routes
 *                 first need a token of the local issuer, verified as API Gateway's JWT authorizer would.
 *   /local/*      the local sign-in (issuer.ts), shaped like Cognito's hosted UI
 *   /config.json  the web app's runtime configuration: where to sign in
 *   anything      the built web app from dist/web, or a placeholder page
 *   DynamoDB      dynalite in-process, on disk under `dataDir`; its endpoint is in DYNAMODB_ENDPOINT and
 *                 the table in TABLE_NAME, set before the handlers are imported (their store is made at
 *                 module scope). Saved cases, the signing key and the invited coaches survive a restart.
 *
 * Before anything else, every request must name one of the server's own hosts (hosts.ts: no DNS rebinding)
 * and have a plain request target (a 400 otherwise); bodies are refused while they stream in once they pass
 * the limit; nothing a client sends can stop the process.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_PORT = 3210;
const DEFAULT_WEB_DIR = join(REPO_ROOT, 'dist', 'web');
/** The local table of saved cases and share links. */
export const LOCAL_TABLE_NAME = 'tyo-ja-etuudet-cases';

/**
 * One server per process at a time serves the API: the handlers are module singletons that find the
 * engine through DYNAMODB_ENDPOINT (the latest server started sets it; closing it restores the previous).
 */
export interface StartOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** More names the server answers to besides localhost, 127.0.0.1, [::1] and `host` (ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  /** Where the local sign-in's one-time codes go: the terminal by default (tests read them here). */
  signInMessages?: (message: SignInMessage) => void;
  /** Where dynalite keeps its files (a `dynamodb` folder inside); created when missing, owner-only. */
  dataDir: string;
  webDir?: string;
}

export interface LocalServer {
  url: string;
  port: number;
  dynamoDbEndpoint: string;
  tableName: string;
  /** The local sign-in: its issuer, client id and keys. */
  issuer: LocalIssuer;
  close(): Promise<void>;
}

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

async function loadHandler(entry: string): Promise<LambdaHandler> {
  const module = (await import(pathToFileURL(join(REPO_ROOT, entry)).href)) as { handler?: LambdaHandler };
  if (typeof module.handler !== 'function') throw new Error(`${entry} exports no handler`);
  return module.handler;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

function jsonAnswer(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'X-Request-Id': randomUUID(),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** What API Gateway itself answers when a request never reaches a handler. */
function apiGatewayError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  jsonAnswer(res, status, { message }, headers);
}

function plainAnswer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** How long a client may take to send one whole request (API Gateway itself waits at most 30 s for an answer). */
const REQUEST_TIMEOUT_MS = 30_000;

/** A refused body: say so and close the connection (Node drops the rest of the body without keeping it). */
const CLOSE = { Connection: 'close' };

export async function startServer(options: StartOptions): Promise<LocalServer> {
  const host = options.host ?? '127.0.0.1';
  const hosts = allowedHosts(host, options.allowedHosts);
  makePrivate(options.dataDir);
  const dbDir = join(options.dataDir, 'dynamodb');
  await claimDatabase(dbDir, options.dataDir);
  const db = dynalite({ path: dbDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dbPort = await listen(db, 0, '127.0.0.1');
  const dynamoDbEndpoint = `http://127.0.0.1:${dbPort}`;
  // The handlers are loaded once per process and read these on every call: the latest server started in a
  // process is the one they use. Closing it gives the previous one back (tests that start a second server).
  const previousEndpoint = process.env[LOCAL_ENDPOINT_ENV];
  process.env[LOCAL_ENDPOINT_ENV] = dynamoDbEndpoint;
  process.env.TABLE_NAME = LOCAL_TABLE_NAME;
  const restoreEndpoint = () => {
    if (process.env[LOCAL_ENDPOINT_ENV] !== dynamoDbEndpoint) return;
    if (previousEndpoint === undefined) delete process.env[LOCAL_ENDPOINT_ENV];
    else process.env[LOCAL_ENDPOINT_ENV] = previousEndpoint;
  };

  let server: Server | undefined;
  try {
    await ensureLocalTable(dynamoDbEndpoint, LOCAL_TABLE_NAME);
    const issuer = await createLocalIssuer({
      dataDir: options.dataDir,
      ...(options.signInMessages ? { deliver: options.signInMessages } : {}),
    });
    const handlers = new Map<string, LambdaHandler>();
    for (const route of [...ROUTES, FALLBACK]) handlers.set(route.name, await loadHandler(route.entry));
    const site = staticSite(options.webDir ?? DEFAULT_WEB_DIR);
    let base = '';

    const api = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      const declared = declaredLength(req);
      if (declared !== null && declared > API_GATEWAY_MAX_PAYLOAD_BYTES)
        return apiGatewayError(res, 413, 'Request Entity Too Large', CLOSE);
      let body: Buffer;
      try {
        body = await readBody(req, MAX_BODY_BYTES);
      } catch (error) {
        // The answer the handler gives a body over the limit (413, the same shape as API Gateway's), without holding more of it than the limit.
        if (error instanceof PayloadTooLargeError) return jsonAnswer(res, 413, TOO_LARGE_BODY, CLOSE);
        throw error;
      }
      const match = matchRoute(req.method ?? '', url.pathname);
      const route = match?.route;
      const key = route ? routeKey(route) : FALLBACK.routeKey;
      const handler = handlers.get(route?.name ?? FALLBACK.name)!;
      const event = toEventV2(req, url, body, key, match?.pathParameters);
      if (route && (route as { auth?: string }).auth === 'coach') {
        // API Gateway's JWT authorizer: a bad or missing token never reaches the Lambda.
        const verdict = await issuer.authorize(req.headers.authorization);
        if (!verdict.ok) {
          return jsonAnswer(res, 401, { error: 'Unauthorized', message: 'Unauthorized' }, { 'WWW-Authenticate': 'Bearer' });
        }
        (event.requestContext as unknown as { authorizer: object }).authorizer = { jwt: verdict.authorization };
      }
      const context = { awsRequestId: event.requestContext.requestId, functionName: `local-${route?.name ?? FALLBACK.name}` } as Context;
      writeResultV2(res, await handler(event, context));
    };

    const config = (req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return plainAnswer(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(issuer.webConfig));
    };

    const local = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      try {
        await issuer.handle(req, res, url);
      } catch (error) {
        if (error instanceof PayloadTooLargeError) return plainAnswer(res, 413, 'Request too large', CLOSE);
        throw error;
      }
    };

    const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      if (!hostAllowed(req.headers.host, hosts)) {
        return plainAnswer(
          res,
          421,
          'Misdirected request: this server answers only to localhost, 127.0.0.1 and [::1], and to the names in ALLOWED_HOSTS (see the README).',
        );
      }
      const url = requestTarget(req.url);
      if (!url) return plainAnswer(res, 400, 'Bad request target');
      const pathname = url.pathname;
      if (pathname === '/v1' || pathname.startsWith('/v1/')) return api(req, res, url);
      if (pathname.startsWith('/local/')) return local(req, res, url);
      if (pathname === WEB_CONFIG_PATH) return config(req, res);
      return site(req, res, pathname, base);
    };

    server = createServer((req, res) => {
      answer(req, res).catch(() => {
        if (!res.headersSent) apiGatewayError(res, 500, 'Internal Server Error');
        else res.destroy();
      });
    });
    // A request must arrive whole within 30 s (Node's default is 5 minutes): a half-sent body is not held longer.
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = Math.min(server.headersTimeout, REQUEST_TIMEOUT_MS);
    const port = await listen(server, options.port ?? DEFAULT_PORT, host);
    base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    // The web app's files are compressed in the background, so that the first page load does not wait for it.
    site.warm().catch(() => undefined);
    const http = server;
    return {
      url: base,
      port,
      dynamoDbEndpoint,
      tableName: LOCAL_TABLE_NAME,
      issuer,
      close: async () => {
        await close(http);
        await close(db);
        restoreEndpoint();
      },
    };
  } catch (error) {
    if (server?.listening) await close(server);
    await close(db);
    restoreEndpoint();
    throw error;
  }
}
