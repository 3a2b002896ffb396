import * as z from 'zod';
import { MAX_BODY_BYTES, MAX_CASE_PAGE_SIZE, MAX_CASES_PER_COACH, MAX_SHARE_LINKS_PER_COACH } from '#contracts/limits.ts';
import { type ApiRoute, FALLBACK, ROUTES, type RouteName } from '#contracts/routes.ts';
import { WEB_CONFIG_PATH } from '#contracts/sign-in.ts';
import { DeleteCaseQuery, ListCasesQuery } from './cases/queries.ts';
import { REQUEST_ID_HEADER } from './http/stack.ts';
import { requestSchemas, responseSchemas } from './openapi-schemas.ts';
import { RulesQuery } from './rules-view.ts';

/**
 * The OpenAPI 3.1 document, generated: its schemas from the zod schemas that validate requests and
 * describe answers (openapi-schemas.ts), its paths from the route table (functions/contracts/routes.ts)
 * and what each operation answers (OPERATIONS below).
 */

export const API_VERSION = '1.3.0';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The query parameters of a GET route, one OpenAPI parameter per property of its (strict) query schema. */
function queryParameters(schema: z.core.$ZodType, descriptions: Record<string, string>) {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: s,
  }));
}

const requestIdHeader = { [REQUEST_ID_HEADER]: { $ref: '#/components/headers/RequestId' } };
const json = (schema: object, description: string) => ({
  description,
  headers: { ...requestIdHeader },
  content: { 'application/json': { schema } },
});
const badRequest = json(
  ref('Error'),
  'Bad input of any kind: malformed JSON, a key given twice in one object (params.reason "duplicateKey"), wrong types, values out of range, unknown fields, a date before the rules. Lists every issue.',
);
const tooLarge = json(
  ref('Error'),
  'A body over 64 kB: `message` "Request Entity Too Large" and an issue with params.reason "bodyTooLarge". Over API Gateway’s 10 MB, API Gateway answers the same status itself with `message` only.',
);
const unauthorized = json(
  ref('Unauthorized'),
  'No token, or a token that is malformed, expired, wrongly signed, or from another issuer or client. In AWS, API Gateway answers this itself (`{"message":"Unauthorized"}`, no X-Request-Id); rely on the status.',
);

/** The security scheme of the coach routes. */
const COACH_TOKEN = 'coachToken';

/** The path parameters of the route paths, described once. */
const PATH_PARAMETERS: Record<string, { description: string; schema: object }> = {
  caseId: { description: 'The case’s id (from the list or from creating it)', schema: { type: 'string', format: 'uuid' } },
  token: { description: 'A share link’s token', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } },
};

function pathParameters(route: Pick<ApiRoute, 'path'>) {
  return [...route.path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map(([, name]) => {
    const p = PATH_PARAMETERS[name!];
    if (!p) throw new Error(`describe the path parameter {${name}} in PATH_PARAMETERS`);
    return { name, in: 'path', required: true, ...p };
  });
}

interface Operation {
  description: string;
  request?: string;
  /** The body may be left out. */
  requestOptional?: boolean;
  parameters?: object[];
  /** The success answer: 200 unless said otherwise; 204 has no body. */
  status?: 200 | 201 | 204;
  response: { schema?: object; description: string; headers?: Record<string, object> };
  /** 404 for a case or link that does not exist (or is another coach's) */
  notFound?: string;
  /** 409 for a stale version */
  conflict?: boolean;
  /** 403 when the coach is at a limit */
  limit?: string;
}

const OPERATIONS: Record<RouteName, Operation> = {
  calculate: {
    description:
      'Stateless: nothing is stored or logged. Money may be sent as a string or a number; it is always returned as a string with two decimals. Since 1.3.0 each scenario has `tax` (the income tax and contributions estimated from the tax rules when tax.municipality is given), `totals.netMethod` (how totals.netIncome was obtained: the estimate, or the typed withholding percentages, which override it) and `extraHour` (the same scenario with one more hour a week: what it adds to net). A municipality that the year’s rate table does not have is a 400 on tax.municipality with params { reason: "unknownMunicipality", suggestions: [up to five closest names], year }; a birth year after the year calculated is a 400 on person.birthYear. A year without tax rules (before 2024) or without municipal rates (2024), and a municipality of Åland, are not errors: the scenario has no `tax` and an explanation says why.',
    request: 'CalculationRequest',
    response: { schema: ref('CalculationResponse'), description: 'One result per scenario, in the order given' },
  },
  sweep: {
    description:
      'For the chart: per point the earnings, each benefit’s amount and status, and the gross and net totals (net as in a calculation: see netMethod); the hours at which each limit is reached; where net income falls as the hours rise (netFalls, to mark on the chart) and where it rises by little (littleGains); and explanations saying so in words, or why there is no net line.',
    request: 'SweepRequest',
    response: { schema: ref('SweepResponse'), description: 'One point per step' },
  },
  timeline: {
    description:
      'Stateless: nothing is stored or logged. Each month is computed with the rules in force in it; then the rules over time apply: one or two months in a row over a limit change nothing, three or more over the rest limit rest the pension (paid again from the first month under it), a rest longer than 24 months ends it, a fixed-term benefit ends after `endsOn`, the sickness allowances end at their maximum days. The net comes from the withholding percentages when given, else from the tax engine per calendar year (needs `tax.municipality`). A month before the rules begin is a 400 on `start`; an unknown municipality a 400 on `tax.municipality` with `params.suggestions`.',
    request: 'TimelineRequest',
    response: { schema: ref('TimelineResponse'), description: 'One entry per month of the plan, in order, and one per calendar year' },
  },
  rules: {
    description: 'Every parameter with its description (fi / sv / en), the value in force on the date, its history, statuses and sources.',
    parameters: queryParameters(RulesQuery, {
      date: 'The date the values in force are read for (YYYY-MM-DD); today in Finland when left out',
    }),
    response: { schema: ref('RulesResponse'), description: 'The rule set' },
  },
  health: { description: 'Liveness and the rule set in use.', response: { schema: ref('HealthResponse'), description: 'Up' } },
  openapi: { description: 'This document.', response: { schema: { type: 'object' }, description: 'An OpenAPI 3.1 document' } },
  listCases: {
    description: `Only the signed-in coach’s own cases that have not expired; summaries without the input, a page at a time (at most ${MAX_CASE_PAGE_SIZE}). Follow nextCursor until it is null to read them all; a case saved meanwhile moves to the front of the first page. An unknown cursor is a 400 on \`cursor\`.`,
    parameters: queryParameters(ListCasesQuery, {}),
    response: {
      schema: ref('CaseList'),
      description: 'A page of cases, most recently changed first (an empty list for a coach without cases), and nextCursor',
    },
  },
  createCase: {
    description:
      'Saves the case under the signed-in coach with the current rule set version and a digest of its outcome. The label must not contain names or ID numbers; one that looks like a personal identity code is refused.',
    request: 'CreateCaseRequest',
    limit: `The coach already has ${MAX_CASES_PER_COACH} saved cases (reason caseLimit): delete some first`,
    status: 201,
    response: {
      schema: ref('Case'),
      description: 'The saved case, version 1',
      headers: { Location: { description: 'The case’s URL', schema: { type: 'string' } } },
    },
  },
  getCase: {
    description:
      'When the case was saved under another rule set, ruleSetCheck says whether its outcome changes under the current one, and how.',
    response: { schema: ref('Case'), description: 'The case, its share links that still work, and ruleSetCheck' },
    notFound: 'No such case: unknown, expired, or another coach’s',
  },
  updateCase: {
    description:
      'Optimistic locking: the save is refused with 409 when the case has been saved since `version` was read, so two coaches or two tabs never silently overwrite each other. Each save moves the expiry forward.',
    request: 'UpdateCaseRequest',
    response: { schema: ref('Case'), description: 'The saved case, its version one higher' },
    notFound: 'No such case: unknown, expired, or another coach’s',
    conflict: true,
  },
  deleteCase: {
    description:
      'Deletes the case and every share link to it. With ?version=N, only if the case is still at that version (the web app should always send it).',
    parameters: queryParameters(DeleteCaseQuery, {}),
    status: 204,
    response: { description: 'Deleted' },
    notFound: 'No such case: unknown, expired, or another coach’s',
    conflict: true,
  },
  createShare: {
    description:
      'A new unguessable read-only link. It works without signing in until it expires (SHARE_TTL_DAYS, never after the case) or is revoked. The web app opens `path` on the site origin.',
    request: 'CreateShareRequest',
    requestOptional: true,
    limit: `The coach already has ${MAX_SHARE_LINKS_PER_COACH} working share links (reason shareLimit): revoke some first`,
    status: 201,
    response: { schema: ref('ShareLink'), description: 'The link' },
    notFound: 'No such case: unknown, expired, or another coach’s',
  },
  revokeShare: {
    description: 'The link stops working at once.',
    status: 204,
    response: { description: 'Revoked' },
    notFound: 'No such link on this case (or not the coach’s case)',
  },
  readShared: {
    description: 'Public and read-only: no route changes a case with a share token. Shows the latest saved version of the case.',
    response: { schema: ref('SharedCase'), description: 'The case, read-only' },
    notFound: 'No such link, or it was revoked or has expired (or its case has)',
  },
};

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of ROUTES as readonly ApiRoute[]) {
    const op = OPERATIONS[route.name as RouteName];
    const status = String(op.status ?? 200);
    const success = op.response.schema
      ? json(op.response.schema, op.response.description)
      : { description: op.response.description, headers: { ...requestIdHeader } };
    if (op.response.headers) Object.assign(success.headers, op.response.headers);
    const responses: Record<string, object> = { [status]: success };
    const parameters = [...pathParameters(route), ...(op.parameters ?? [])];
    if (op.request || op.parameters?.length) responses['400'] = badRequest;
    if (op.request) responses['413'] = tooLarge;
    if (route.auth === 'coach') responses['401'] = unauthorized;
    if (op.limit) responses['403'] = json(ref('Limit'), op.limit);
    if (op.notFound) responses['404'] = json(ref('Error'), op.notFound);
    responses['405'] = json(ref('Error'), 'Another method than the ones this path serves; the Allow header lists them');
    if (op.conflict)
      responses['409'] = json(
        ref('Conflict'),
        'The case was saved since this version was read: nothing was changed. The body has currentVersion; offer to reload.',
      );
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.name,
      summary: route.summary,
      description: op.description,
      ...(route.auth === 'coach' ? { security: [{ [COACH_TOKEN]: [] }] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.request
        ? {
            requestBody: {
              required: !op.requestOptional,
              description: `JSON, at most ${MAX_BODY_BYTES} bytes`,
              content: { 'application/json': { schema: ref(op.request) } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Työ & etuudet API',
      version: API_VERSION,
      summary: 'What work of N hours a week does to a Finnish disability or sickness benefit, and to total income',
      description: `Estimates to support a conversation; the pension provider's or Kela's decision is what counts. Every response carries an ${REQUEST_ID_HEADER} header. ${FALLBACK.summary}.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { ...requestSchemas(), ...responseSchemas() },
      headers: { RequestId: { description: 'The request id, also in the server log line of the request', schema: { type: 'string' } } },
      securitySchemes: {
        [COACH_TOKEN]: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: `A signed-in coach's access token (\`Authorization: Bearer <token>\`), from the OAuth 2.0 authorization-code flow with PKCE: Amazon Cognito's hosted UI in AWS, the local issuer in \`npm start\`. The endpoints and client id are in ${WEB_CONFIG_PATH}. The coach is the token's \`sub\`.`,
        },
      },
    },
  };
}
