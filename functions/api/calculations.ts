import { CalculationRequest, calculate } from '#core/index.ts';
import { parseBody } from './http/request.ts';
import { jsonText } from './http/response.ts';
import { calculationJson } from './http/result-json.ts';
import { apiHandler } from './http/stack.ts';
import { todayInHelsinki } from './http/today.ts';
import { ruleSet } from './ruleset.ts';

/** POST /v1/calculations: a case and 1–6 work scenarios, side by side. Stateless. */
export const handler = apiHandler('calculate', (event) => {
  const request = parseBody(event, CalculationRequest);
  return jsonText(calculationJson(calculate(ruleSet, { ...request, date: request.date ?? todayInHelsinki() })));
});
