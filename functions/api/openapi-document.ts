import * as z from 'zod';
import { MAX_SCENARIOS, MAX_SWEEP_POINTS, SWEEP_DEFAULTS } from '#core/index.ts';
import {
  BenefitsInput,
  CalculationRequest,
  EarningsRelatedPensionInput,
  HouseholdInput,
  KelaPensionInput,
  ScenarioInput,
  SicknessAllowanceInput,
  SweepInput,
  SweepRequest,
  TaxInput,
} from '#core/request.ts';
import { MAX_BODY_BYTES } from './http/request.ts';
import { REQUEST_ID_HEADER } from './http/stack.ts';
import { FALLBACK, ROUTES, type RouteName } from './routes.ts';
import { CalculationResponse, ErrorResponse, Explanation, HealthResponse, RulesQuery, RulesResponse, SourceRef, SweepResponse } from './schemas.ts';

/**
 * The OpenAPI 3.1 document, generated: request schemas from the core's zod schemas (io: 'input', what a
 * client may send), response schemas from functions/api/schemas.ts (io: 'output'), paths from routes.ts.
 * Checks that zod cannot express as JSON Schema (money limits, "either … or") are in the descriptions and
 * in the 400 answers.
 */

export const API_VERSION = '1.0.0';

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
  registry.add(SweepRequest, { id: 'SweepRequest', description: 'The same case as a calculation, and one wage across a range of weekly hours.' });
  registry.add(BenefitsInput, { id: 'Benefits', description: 'At least one benefit.' });
  registry.add(EarningsRelatedPensionInput, {
    id: 'EarningsRelatedPension',
    description: 'Earnings-related (työeläke) disability pension; fixedTerm: true for a rehabilitation subsidy. earningsLimit is the personal limit from the decision, if any.',
  });
  registry.add(KelaPensionInput, {
    id: 'KelaPension',
    description: "Kela's national pension (fixedTerm: true for a rehabilitation subsidy). Amounts from the decision, or computed when left out.",
  });
  registry.add(SicknessAllowanceInput, { id: 'SicknessAllowance', description: 'Give dailyAmount (from the decision) or annualIncome, not both.' });
  registry.add(TaxInput, { id: 'Tax', description: 'Withholding percentages from the tax cards, for the net estimate.' });
  registry.add(HouseholdInput, { id: 'Household' });
  registry.add(ScenarioInput, { id: 'Scenario', description: 'One work option: hoursPerWeek and hourlyWage, or monthlyEarnings (not both). hoursPerWeek is 0–80.' });
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
      // The decimal inputs of request.ts: a union of a string and a number, piped into a check.
      const branches = JSON.stringify(jsonSchema.anyOf ?? jsonSchema.type);
      if (io === 'input' && zodSchema._zod.def.type === 'pipe' && (branches === '[{"type":"string"},{"type":"number"}]' || branches === '["string","number"]')) {
        jsonSchema.description ??= MONEY_INPUT;
      }
    },
  });
  // Every shared part must be a named component: zod's `__shared` bucket would leave refs dangling.
  if ('__shared' in schemas) throw new Error(`name these schemas in the registry: ${Object.keys((schemas.__shared as { $defs?: object }).$defs ?? {}).join(', ')}`);
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

const json = (schema: object, description: string) => ({ description, headers: { [REQUEST_ID_HEADER]: { $ref: '#/components/headers/RequestId' } }, content: { 'application/json': { schema } } });
const badRequest = json(ref('Error'), 'Bad input of any kind: malformed JSON, wrong types, values out of range, unknown fields, a body too large, a date before the rules. Lists every issue.');

interface Operation {
  description: string;
  request?: string;
  parameters?: object[];
  response: { schema: object; description: string };
}

const OPERATIONS: Record<RouteName, Operation> = {
  calculate: {
    description: 'Stateless: nothing is stored or logged. Money may be sent as a string or a number; it is always returned as a string with two decimals.',
    request: 'CalculationRequest',
    response: { schema: ref('CalculationResponse'), description: 'One result per scenario, in the order given' },
  },
  sweep: {
    description: 'For the chart: per point the earnings, each benefit’s amount and status, and the gross and net totals; plus the hours at which each limit is reached.',
    request: 'SweepRequest',
    response: { schema: ref('SweepResponse'), description: 'One point per step' },
  },
  rules: {
    description: 'Every parameter with its description (fi / sv / en), the value in force on the date, its history, statuses and sources.',
    parameters: queryParameters(RulesQuery, { date: 'The date the values in force are read for (YYYY-MM-DD); today in Finland when left out' }),
    response: { schema: ref('RulesResponse'), description: 'The rule set' },
  },
  health: { description: 'Liveness and the rule set in use.', response: { schema: ref('HealthResponse'), description: 'Up' } },
  openapi: { description: 'This document.', response: { schema: { type: 'object' }, description: 'An OpenAPI 3.1 document' } },
};

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of ROUTES) {
    const op = OPERATIONS[route.name];
    const responses: Record<string, object> = { '200': json(op.response.schema, op.response.description) };
    if (op.request || op.parameters?.length) responses['400'] = badRequest;
    responses['405'] = json(ref('Error'), 'Another method than the ones this path serves; the Allow header lists them');
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.name,
      summary: route.summary,
      description: op.description,
      ...(op.parameters?.length ? { parameters: op.parameters } : {}),
      ...(op.request
        ? { requestBody: { required: true, description: `JSON, at most ${MAX_BODY_BYTES} bytes`, content: { 'application/json': { schema: ref(op.request) } } } }
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
    },
  };
}
