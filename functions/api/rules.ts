import { parseQuery } from './http/request.ts';
import { json } from './http/response.ts';
import { apiHandler } from './http/stack.ts';
import { todayInHelsinki } from './http/today.ts';
import { describeRules, RulesQuery } from './rules-view.ts';
import { ruleSet } from './ruleset.ts';

/** GET /v1/rules[?date=YYYY-MM-DD]: every parameter, its value in force on the date, history and sources. */
export const handler = apiHandler('rules', (event) => {
  const query = parseQuery(event, RulesQuery);
  return json(describeRules(ruleSet, query.date ?? todayInHelsinki()));
});
