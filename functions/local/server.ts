import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import dynalite from 'dynalite';
import { FALLBACK, findRoute, ROUTES, routeKey } from '../api/routes.ts';
import { PayloadTooLargeError, readBody, toEventV2, writeResultV2 } from './adapter.ts';
import { staticSite } from './static.ts';

/**
 * The whole product in one local process, no AWS account needed:
 *   /v1/*      the Lambda handlers of functions/api, through an API Gateway v2 adapter (routes.ts decides
 *              which one; unmatched requests go to the `$default` fallback, as in AWS)
 *   anything   the built web app from dist/web, or a placeholder page
 *   DynamoDB   dynalite in-process, on disk under `dataDir`; its endpoint is in DYNAMODB_ENDPOINT, set
 *              before the handlers are imported (their clients are created at module scope)
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_PORT = 3210;
export const DEFAULT_WEB_DIR = join(REPO_ROOT, 'dist', 'web');

export interface StartOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** Where dynalite keeps its files (a `dynamodb` folder inside); created when missing. */
  dataDir: string;
  webDir?: string;
}

export interface LocalServer {
  url: string;
  port: number;
  dynamoDbEndpoint: string;
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

function apiGatewayError(res: ServerResponse, status: number, message: string) {
  // What API Gateway itself answers when a request never reaches a handler.
  res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': randomUUID(), 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify({ message }));
}

export async function startServer(options: StartOptions): Promise<LocalServer> {
  const host = options.host ?? '127.0.0.1';
  const dbDir = join(options.dataDir, 'dynamodb');
  mkdirSync(dbDir, { recursive: true });
  const db = dynalite({ path: dbDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dbPort = await listen(db, 0, '127.0.0.1');
  const dynamoDbEndpoint = `http://127.0.0.1:${dbPort}`;
  process.env.DYNAMODB_ENDPOINT = dynamoDbEndpoint;

  let server: Server | undefined;
  try {
    const handlers = new Map<string, LambdaHandler>();
    for (const route of [...ROUTES, FALLBACK]) handlers.set(route.name, await loadHandler(route.entry));
    const site = staticSite(options.webDir ?? DEFAULT_WEB_DIR);
    let base = '';

    const api = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (error) {
        if (error instanceof PayloadTooLargeError) return apiGatewayError(res, 413, 'Request Entity Too Large');
        throw error;
      }
      const route = findRoute(req.method ?? '', pathname);
      const key = route ? routeKey(route) : FALLBACK.routeKey;
      const handler = handlers.get(route?.name ?? FALLBACK.name)!;
      const event = toEventV2(req, body, key);
      const context = { awsRequestId: event.requestContext.requestId, functionName: `local-${route?.name ?? FALLBACK.name}` } as Context;
      writeResultV2(res, await handler(event, context));
    };

    server = createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      const work = pathname === '/v1' || pathname.startsWith('/v1/') ? api(req, res, pathname) : site(req, res, pathname, base);
      work.catch(() => {
        if (!res.headersSent) apiGatewayError(res, 500, 'Internal Server Error');
        else res.destroy();
      });
    });
    const port = await listen(server, options.port ?? DEFAULT_PORT, host);
    base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const http = server;
    return {
      url: base,
      port,
      dynamoDbEndpoint,
      close: async () => {
        await close(http);
        await close(db);
      },
    };
  } catch (error) {
    if (server?.listening) await close(server);
    await close(db);
    throw error;
  }
}
