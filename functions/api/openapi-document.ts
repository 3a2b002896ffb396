import * as z from 'zod';
import { MAX_BODY_BYTES, MAX_CASE_PAGE_SIZE, MAX_CASES_PER_COACH, MAX_SHARE_LINKS_PER_COACH } from '#contracts/limits.ts';
import { type ApiRoute, FALLBACK, ROUTES, type RouteName } from '#contracts/routes.ts';
import { WEB_CONFIG_PATH } from '#contracts/sign-in.ts';
import { MAX_SCENARIOS, MAX_SWEEP_POINTS, SWEEP_DEFAULTS } from '#core/index.ts';
import {
  BenefitsInput,
  CalculationRequest,
  decimalLimitOf,
  EarningsRelatedPensionInput,
  HouseholdInput,
  KelaPensionInput,
  ScenarioInput,
  SicknessAllowanceInput,
  SweepInput,
  SweepRequest,
  TaxInput,
} from '#core/request.ts';
import {
  CaseLabel,
  CaseListResponse,
  CaseResponse,
  CaseSummaryResponse,
  ConflictResponse,
  CreateCaseRequest,
  CreateShareRequest,
  DeleteCaseQuery,
  LimitResponse,
  ListCasesQuery,
  RuleSetCheckResponse,
  SavedInput,
  SharedCaseResponse,
  ShareLink,
  UpdateCaseRequest,
} from './cases/schemas.ts';
import { REQUEST_ID_HEADER } from './http/stack.ts';
import {
  CalculationResponse,
  ErrorResponse,
  Explanation,
  HealthResponse,
  RulesQuery,
  RulesResponse,
  SourceRef,
  SweepResponse,
  UnauthorizedResponse,
} from './schemas.ts';

/**
 * The OpenAPI 3.1 document, generated: request schemas from the core's zod schemas (io: 'input', what a
 * client may send), response schemas from functions/api/schemas.ts (io: 'output'), paths from routes.ts.
 * Checks that zod cannot express as JSON Schema (money limits, "either … or") are in the descriptions and
 * in the 400 answers.
 */

export const API_VERSION = '1.2.0';

type Meta = { id: string; description?: string };
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const MONEY_INPUT =
  'A non-negative decimal: a JSON number or a string such as "1250.00" (at most two decimals; each field has its own range, reported in a 400 with params.min / params.max).';

function requestSchemas(): Record<string, object> {
  const registry = z.registry<Meta>();
  registry.add(CalculationRequest, {
    id: 'CalculationRequest',
    description: `A case and 1–${MAX_SCENARIOS} work scenarios. \`date\` defaults to today in Finland. The household is needed when the Kela pension must be computed (no monthlyAmount given).`,
  });
  registry.add(SweepRequest, {
    id: 'SweepRequest',
    description: 'The same case as a calculation, and one wage across a range of weekly hours.',
  });
  registry.add(BenefitsInput, { id: 'Benefits', description: 'At least one benefit.' });
  registry.add(EarningsRelatedPensionInput, {
    id: 'EarningsRelatedPension',
    description:
      'Earnings-related (työeläke) disability pension; fixedTerm: true for a rehabilitation subsidy. earningsLimit is the personal limit from the decision, if any.',
  });
  registry.add(KelaPensionInput, {
    id: 'KelaPension',
    description:
      "Kela's national pension (fixedTerm: true for a rehabilitation subsidy). Amounts from the decision, or computed when left out.",
  });
  registry.add(SicknessAllowanceInput, {
    id: 'SicknessAllowance',
    description: 'Give dailyAmount (from the decision) or annualIncome, not both.',
  });
  registry.add(TaxInput, { id: 'Tax', description: 'Withholding percentages from the tax cards, for the net estimate.' });
  registry.add(HouseholdInput, { id: 'Household' });
  registry.add(ScenarioInput, {
    id: 'Scenario',
    description: 'One work option: hoursPerWeek and hourlyWage, or monthlyEarnings (not both). hoursPerWeek is 0–80.',
  });
  registry.add(CreateCaseRequest, {
    id: 'CreateCaseRequest',
    description:
      'A case to save. `input` is a CalculationRequest; its date defaults to today in Finland and is saved, so the case keeps its month. No scenario label may hold a personal identity code either.',
  });
  registry.add(UpdateCaseRequest, {
    id: 'UpdateCaseRequest',
    description:
      'The version the case was read with, and what changes: a new label, new input, or both. New input is saved with the current rule set.',
  });
  registry.add(CaseLabel, { id: 'CaseLabel' });
  registry.add(CreateShareRequest, { id: 'CreateShareRequest', description: 'No fields: send no body, or {}.' });
  registry.add(SweepInput, {
    id: 'SweepRange',
    description: `Hours from fromHours to toHours in steps of stepHours (defaults ${SWEEP_DEFAULTS.fromHours}, ${SWEEP_DEFAULTS.toHours}, ${SWEEP_DEFAULTS.stepHours}); at most ${MAX_SWEEP_POINTS} points.`,
  });
  return generate(registry, 'input');
}

function responseSchemas(): Record<string, object> {
  const registry = z.registry<Meta>();
  registry.add(CalculationResponse, { id: 'CalculationResponse' });
  registry.add(SweepResponse, { id: 'SweepResponse' });
  registry.add(RulesResponse, { id: 'RulesResponse' });
  registry.add(HealthResponse, { id: 'HealthResponse' });
  registry.add(ErrorResponse, { id: 'Error' });
  registry.add(UnauthorizedResponse, { id: 'Unauthorized' });
  registry.add(ConflictResponse, { id: 'Conflict', description: 'Someone saved the case after it was read: offer to reload it' });
  registry.add(LimitResponse, {
    id: 'Limit',
    description: 'The coach has as many saved cases, or working share links, as one coach may have: the error says what to do',
  });
  registry.add(CaseSummaryResponse, { id: 'CaseSummary' });
  registry.add(CaseListResponse, { id: 'CaseList' });
  registry.add(CaseResponse, {
    id: 'Case',
    description: 'A saved case. `input` is the CalculationRequest as saved: POST it to /v1/calculations to see the outcome.',
  });
  registry.add(ShareLink, { id: 'ShareLink' });
  registry.add(SharedCaseResponse, {
    id: 'SharedCase',
    description: 'What a share link shows: the case read-only, without its owner, id, version or other links',
  });
  registry.add(RuleSetCheckResponse, { id: 'RuleSetCheck' });
  registry.add(Explanation, { id: 'Explanation' });
  registry.add(SourceRef, { id: 'Source' });
  return generate(registry, 'output');
}

function generate(registry: z.core.$ZodRegistry<Meta>, io: 'input' | 'output'): Record<string, object> {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      // A saved case's input is a CalculationRequest (validated by it when saved).
      if (zodSchema === SavedInput) {
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
        jsonSchema.$ref = '#/components/schemas/CalculationRequest';
        return;
      }
      // The decimal inputs of request.ts say their range.
      const limit = io === 'input' ? decimalLimitOf(zodSchema) : undefined;
      if (limit) {
        jsonSchema.description = `A decimal number from ${limit.min} to ${limit.max} with at most ${limit.decimals} decimals, as a string ("12.50") or a JSON number.`;
        jsonSchema.examples = [limit.min, limit.max];
        return;
      }
      // Any other decimal input: a union of a string and a number, piped into a check.
      const branches = JSON.stringify(jsonSchema.anyOf ?? jsonSchema.type);
      if (
        io === 'input' &&
        zodSchema._zod.def.type === 'pipe' &&
        (branches === '[{"type":"string"},{"type":"number"}]' || branches === '["string","number"]')
      ) {
        jsonSchema.description ??= MONEY_INPUT;
      }
    },
  });
  // Every shared part must be a named component: zod's `__shared` bucket would leave refs dangling.
  if ('__shared' in schemas)
    throw new Error(`name these schemas in the registry: ${Object.keys((schemas.__shared as { $defs?: object }).$defs ?? {}).join(', ')}`);
  // Components are parts of one document: no $schema / $id of their own.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

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
  'Bad input of any kind: malformed JSON, wrong types, values out of range, unknown fields, a body too large, a date before the rules. Lists every issue.',
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
      'Stateless: nothing is stored or logged. Money may be sent as a string or a number; it is always returned as a string with two decimals.',
    request: 'CalculationRequest',
    response: { schema: ref('CalculationResponse'), description: 'One result per scenario, in the order given' },
  },
  sweep: {
    description:
      'For the chart: per point the earnings, each benefit’s amount and status, and the gross and net totals; plus the hours at which each limit is reached.',
    request: 'SweepRequest',
    response: { schema: ref('SweepResponse'), description: 'One point per step' },
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
