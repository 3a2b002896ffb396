import * as z from 'zod';
import { MAX_SCENARIOS, MAX_SWEEP_POINTS, SWEEP_DEFAULTS } from '#core/index.ts';
import {
  BenefitsInput,
  CalculationRequest,
  decimalLimitOf,
  EarningsRelatedPensionInput,
  HouseholdInput,
  KelaPensionInput,
  PersonInput,
  ScenarioInput,
  SicknessAllowanceInput,
  SweepInput,
  SweepRequest,
  TaxInput,
} from '#core/request.ts';
import { MAX_TIMELINE_MONTHS, TimelineMonthInput, TimelineRequest } from '#core/timeline-request.ts';
import {
  CaseListResponse,
  CaseResponse,
  CaseSummaryResponse,
  ConflictResponse,
  LimitResponse,
  RuleSetCheckResponse,
  SavedInput,
  SharedCaseResponse,
  ShareLink,
} from './cases/answers.ts';
import { CreateShareRequest } from './cases/queries.ts';
import { CaseLabel, CreateCaseRequest, UpdateCaseRequest } from './cases/schemas.ts';
import { Explanation, SourceRef } from './schema-parts.ts';
import {
  CalculationResponse,
  ErrorResponse,
  HealthResponse,
  RulesResponse,
  SweepResponse,
  TimelineResponse,
  UnauthorizedResponse,
} from './schemas.ts';

/**
 * The OpenAPI document's components/schemas, generated from the zod schemas: what a client may send
 * (io: 'input', from the core's request schemas) and what the API answers (io: 'output', from
 * functions/api/schemas.ts and cases/answers.ts). Checks that zod cannot express as JSON Schema (money
 * limits, "either … or") are in the descriptions.
 */

type Meta = { id: string; description?: string };

const MONEY_INPUT =
  'A non-negative decimal: a JSON number or a string such as "1250.00" (at most two decimals; each field has its own range, reported in a 400 with params.min / params.max).';

export function requestSchemas(): Record<string, object> {
  const registry = z.registry<Meta>();
  registry.add(CalculationRequest, {
    id: 'CalculationRequest',
    description: `A case and 1–${MAX_SCENARIOS} work scenarios. \`date\` defaults to today in Finland. The household is needed when the Kela pension must be computed (no monthlyAmount given).`,
  });
  registry.add(SweepRequest, {
    id: 'SweepRequest',
    description: 'The same case as a calculation, and one wage across a range of weekly hours.',
  });
  registry.add(TimelineRequest, {
    id: 'TimelineRequest',
    description: `The same case as a calculation (without \`date\`), \`start\` (the plan's first month, YYYY-MM, not before the rules begin) and \`months\`: 1–${MAX_TIMELINE_MONTHS} entries, one per month from \`start\`, each given like a scenario's work. The sickness allowance's \`entitlementStartDate\` must be on or before the last day of the first month; \`person.birthYear\` not after the first month's year.`,
  });
  registry.add(TimelineMonthInput, {
    id: 'TimelineMonth',
    description:
      "One month of the plan: hoursPerWeek and hourlyWage, or monthlyEarnings (not both; 0 for no work), optionally workDaysPerWeek, and what is paid once in it: holidayBonus (income of the month, but spread over its calendar year for the pensions' earnings limits) and annualBonus (a bonus paid once a year: income of the month, not counted for the limits; at most one per calendar year).",
  });
  registry.add(PersonInput, { id: 'Person', description: 'birthYear: for the ages in the tax estimate (contributions, credits).' });
  registry.add(BenefitsInput, { id: 'Benefits', description: 'At least one benefit.' });
  registry.add(EarningsRelatedPensionInput, {
    id: 'EarningsRelatedPension',
    description:
      'Earnings-related (työeläke) disability pension; fixedTerm: true for a rehabilitation subsidy. earningsLimit is the personal limit from the decision, if any. endsOn (YYYY-MM-DD, only with fixedTerm: true): the last day of the rehabilitation subsidy on its decision; the month of endsOn is shown as paid (with a warning to apply for a continuation in time), every later month as `ended`.',
  });
  registry.add(KelaPensionInput, {
    id: 'KelaPension',
    description:
      "Kela's national pension (fixedTerm: true for a rehabilitation subsidy; endsOn, only then, its last day: the Kela pension, guarantee pension and disability allowance are `ended` in the months after it). Amounts from the decision, or computed when left out. exemptFromEarningsTest: true for a pension granted under KEL 12 § 4 (e.g. blind, or unable to move without help), which has no earnings test (738/2009 § 2): it continues whatever the earnings; the guarantee pension keeps the euro limit.",
  });
  registry.add(SicknessAllowanceInput, {
    id: 'SicknessAllowance',
    description:
      "Give dailyAmount (from the decision) or the annual income, not both. The annual income is annualIncome (wages, from which the year's insurance contribution deduction is made) and/or entrepreneurAnnualIncome (YEL or MYEL work income, no deduction). entitlementStartDate (YYYY-MM-DD, not after the month calculated; 2023-01-01 or later): the day the sick leave began, whose year's formula and deduction apply (without it, the month calculated is assumed and the result says so). fullTimeHoursPerWeek: the regular weekly hours of the full-time job before they were cut, or their average over the balancing period; fullTimeInSector: true when those hours are the normal full time in the sector, even when fewer than the hours the law otherwise asks for (SVL 8:11). daysUsed and partialDaysUsed (0–730): the days already counted toward the sickness allowance's maximum (SVL 8:8) and the partial allowance's own maximum (SVL 8:12) before the month calculated (the first month of a timeline), as Kela shows them; with them the maxima are counted: the allowance is `ended` from the month in which its last day would fall (Kela pays it up to the end of the month before), the partial allowance is paid up to its last day.",
  });
  registry.add(TaxInput, {
    id: 'Tax',
    description:
      'For the net income. municipality: the home municipality as the Tax Administration writes it (case and accents do not matter; "Koski Tl", "Pedersören kunta"): the income tax is then estimated from the tax rules of the year calculated, for a resident of mainland Finland with earned income only; the names of a year are the keys of the parameter municipalTaxRates in GET /v1/rules?date=. churchMember: true for a member of the Evangelical Lutheran or the Orthodox Church (church tax; false when left out), church: which (lutheran when left out; read only when churchMember is true). wageWithholdingPercent / benefitWithholdingPercent: the percentages of the tax cards; when either is given, the net is computed from them instead of the estimate (the estimate is still shown in the scenario’s `tax`).',
  });
  registry.add(PersonInput, {
    id: 'Person',
    description:
      'birthYear: for the contributions and credits that depend on age (by the age reached during the year). Without it, the tax estimate assumes a person of working age under the ages of the higher contributions and credits, as the Tax Administration’s examples do. Not after the year calculated.',
  });
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
  const schemas = generate(registry, 'input');
  // The date's default is the API's, not the schema's: say it where a client reads the fields.
  const date = (schemas.CalculationRequest as { properties?: Record<string, { description?: string }> }).properties?.date;
  if (date) date.description = 'The month whose rules apply (YYYY-MM-DD; the day does not matter). Today in Finland when left out.';
  return schemas;
}

export function responseSchemas(): Record<string, object> {
  const registry = z.registry<Meta>();
  registry.add(CalculationResponse, { id: 'CalculationResponse' });
  registry.add(SweepResponse, { id: 'SweepResponse' });
  registry.add(TimelineResponse, { id: 'TimelineResponse' });
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
      // The registry's own descriptions (zod writes only `id` from a custom registry).
      const described = registry.get(zodSchema as z.core.$ZodType)?.description;
      if (described !== undefined) jsonSchema.description ??= described;
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
