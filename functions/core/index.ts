/** The engine's public face: pure functions over a rule set, no I/O, no clock. */
export { calculate, prepareCase, sweep } from './calculate.ts';
export { CalculationRequest, SweepRequest, LIMITS, MAX_SCENARIOS, MAX_SWEEP_POINTS, SWEEP_DEFAULTS } from './request.ts';
export type { CalculationRequestInput } from './request.ts';
export * from './result.ts';
export { RuleDateError, valueAt } from './ruleset.ts';
export type { RuleSet, Parameter, DatedValue, SourceRef, Texts, Language, Reference, ValueStatus } from './ruleset.ts';
export { PARAMETER_UNITS, PARAMETER_NAMES } from './parameters.ts';
