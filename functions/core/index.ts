/**
 * The engine's public face: pure functions over a rule set, no I/O, no clock. The timeline (POST /v1/timelines)
 * is imported from its own modules, ./timeline/index.ts and ./timeline-request.ts, so that other bundles leave it out.
 */
export { calculate, sweep } from './calculate.ts';
export type { CalculationRequestInput } from './request.ts';
export { CalculationRequest, MAX_SCENARIOS, MAX_SWEEP_POINTS, SWEEP_DEFAULTS, SweepRequest } from './request.ts';
export * from './result.ts';
export type { RuleSet } from './ruleset.ts';
export { RuleDateError } from './ruleset.ts';
