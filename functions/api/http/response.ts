import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type ApiResult = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string | number | boolean> };

/** A JSON response. Answers can describe a person's situation, so nothing is cached on the way. */
export function json(body: unknown, statusCode = 200, headers: Record<string, string> = {}): ApiResult {
  return jsonText(JSON.stringify(body), statusCode, headers);
}

/** The same, for JSON text made already (result-json.ts). */
export function jsonText(text: string, statusCode = 200, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
    body: text,
  };
}

/** 204: done, nothing to say. */
export function noContent(): ApiResult {
  return { statusCode: 204, headers: { 'Cache-Control': 'no-store' } };
}
