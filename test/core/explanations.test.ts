import { describe, expect, it } from 'vitest';
import { type CalculationResult, EXPLANATION_CODES } from '../../functions/core/index.ts';
import { explanationRequests, timelineExplanationRequests, timelineExplanations } from '../explanation-cases.ts';
import { run, runTimeline } from '../helpers.ts';

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

describe('explanation codes', () => {
  it('every code the engine declares is reached by some case, so none is dead or untranslated by accident', () => {
    const reached = new Set([
      ...results().flatMap(allCodes),
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
