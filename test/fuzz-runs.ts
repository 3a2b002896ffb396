/**
 * How many generated requests a fuzz test sends. CI runs the full count (`.ci/run` sets FUZZ_RUNS=full);
 * a local `npm test` runs a fifth of it, unless FUZZ_RUNS says `full` or gives a number.
 */
export function fuzzRuns(full: number): number {
  const setting = process.env.FUZZ_RUNS;
  if (setting === 'full') return full;
  if (setting !== undefined && /^\d+$/.test(setting)) return Number(setting);
  return Math.max(100, Math.round(full / 5));
}
