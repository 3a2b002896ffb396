/** The engine's public face: pure functions over a rule set, no I/O, no clock. */
export { calculate, sweep } from './calculate.ts';
export type { CalculationRequestInput } from './request.ts';
export { CalculationRequest, MAX_SCENARIOS, MAX_SWEEP_POINTS, SWEEP_DEFAULTS, SweepRequest } from './request.ts';
export * from './result.ts';
export type { RuleSet } from './ruleset.ts';
export { RuleDateError } from './ruleset.ts';
export { timeline } from './timeline/index.ts';
export type { TimelineRequestInput } from './timeline-request.ts';
export { MAX_TIMELINE_MONTHS, TimelineRequest } from './timeline-request.ts';
