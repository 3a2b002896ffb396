import { describe, expect, it } from 'vitest';
import { type CalculationResult, EXPLANATION_CODES, SweepRequest, sweep } from '../../functions/core/index.ts';
import { explanationRequests, explanationSweeps, timelineExplanationRequests, timelineExplanations } from '../explanation-cases.ts';
import { ruleSet, run, runTimeline } from '../helpers.ts';

function allCodes(result: CalculationResult): string[] {
  return [
    ...result.ruleSet.warnings.map((w) => w.code),
    ...result.scenarios.flatMap((s) => [
      ...s.explanations.map((e) => e.code),
      ...s.benefits.flatMap((b) => b.explanations.map((e) => e.code)),
    ]),
  ];
}

/** A handful of cases that between them reach every explanation the web app must be able to word. */
const results = () => explanationRequests().map(run);
/** The hours chart's explanations. */
const sweepCodes = () =>
  explanationSweeps().flatMap((input) => {
    const result = sweep(ruleSet, { ...SweepRequest.parse(input), date: input.date });
    return [...result.ruleSet.warnings, ...result.explanations].map((e) => e.code);
  });

describe('explanation codes', () => {
  it('every code the engine declares is reached by some case, so none is dead or untranslated by accident', () => {
    const reached = new Set([
      ...results().flatMap(allCodes),
      ...sweepCodes(),
      ...timelineExplanationRequests().flatMap((r) => timelineExplanations(runTimeline(r)).map((e) => e.code)),
    ]);
    expect(EXPLANATION_CODES.filter((code) => !reached.has(code))).toEqual([]);
  });

  it('every explanation has a severity and only string, number or boolean parameters', () => {
    for (const result of results()) {
      for (const s of result.scenarios) {
        for (const e of [...s.explanations, ...s.benefits.flatMap((b) => b.explanations)]) {
          expect(['info', 'warning']).toContain(e.severity);
          for (const v of Object.values(e.params)) expect(['string', 'number', 'boolean']).toContain(typeof v);
        }
      }
    }
  });
});
