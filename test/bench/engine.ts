import { Bench } from 'tinybench';
import { CalculationRequest, calculate, SweepRequest, sweep } from '../../functions/core/index.ts';
import { timeline } from '../../functions/core/timeline/index.ts';
import { TimelineRequest } from '../../functions/core/timeline-request.ts';
import { loadRuleSet } from '../../rules/load.ts';
import type { Figure } from './table.ts';

/** A busy case: every benefit, the tax estimated from the tax rules (the heavier path), six scenarios. */
const SIX_SCENARIOS = {
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: {
    earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '900.00', stabilisedEarnings: '3000.00' },
    kelaPension: { fixedTerm: true, receivesCareAllowance: true },
    sicknessAllowance: { dailyAmount: '60.00', fullTimeHoursPerWeek: '37.5' },
  },
  tax: { municipality: 'Tampere', churchMember: true },
  person: { birthYear: 1980 },
  scenarios: [
    { id: 'none', monthlyEarnings: '0' },
    { id: 'h8', hoursPerWeek: '8', hourlyWage: '13.20' },
    { id: 'h15', hoursPerWeek: '15', hourlyWage: '13.20' },
    { id: 'h20', hoursPerWeek: '20', hourlyWage: '13.20' },
    { id: 'h30', hoursPerWeek: '30', hourlyWage: '13.20' },
    { id: 'm', monthlyEarnings: '1500.00' },
  ],
} as const;

/**
 * The longest plan: 36 months from January 2026 (three calendar years, the last beyond the verified rules) of a
 * rehabilitation subsidy, a Kela pension with the care allowance and a sickness allowance, with a summer job of
 * four months at 25 h a week each year, 10 h in the autumn, a holiday bonus, and the tax estimate in Tampere.
 */
export const THIRTY_SIX_MONTHS = {
  start: '2026-01',
  household: { livingWithPartner: false },
  benefits: {
    earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '900.00', stabilisedEarnings: '3000.00' },
    kelaPension: { fixedTerm: true, receivesCareAllowance: true },
    sicknessAllowance: { dailyAmount: '60.00', fullTimeHoursPerWeek: '37.5', entitlementStartDate: '2025-12-01' },
  },
  tax: { municipality: 'Tampere', churchMember: true },
  person: { birthYear: 1985 },
  months: Array.from({ length: 36 }, (_, i) => {
    const month = i % 12;
    if (month < 4) return { monthlyEarnings: '0' };
    if (month < 8) return { hoursPerWeek: '25', hourlyWage: '13.50', ...(month === 5 ? { holidayBonus: '700.00' } : {}) };
    return { hoursPerWeek: '10', hourlyWage: '13.50' };
  }),
};

export async function measureEngine(): Promise<Figure[]> {
  const ruleSet = loadRuleSet();
  const six = CalculationRequest.parse(SIX_SCENARIOS);
  const { scenarios: _scenarios, ...caseOnly } = SIX_SCENARIOS;
  const sweepRequest = SweepRequest.parse({ ...caseOnly, sweep: { hourlyWage: '13.20', fromHours: '0', toHours: '40', stepHours: '0.1' } });
  if (sweep(ruleSet, { ...sweepRequest, date: SIX_SCENARIOS.date }).points.length !== 401)
    throw new Error('the sweep should have 401 points');

  const plan = TimelineRequest.parse(THIRTY_SIX_MONTHS);
  if (timeline(ruleSet, plan).months.length !== 36) throw new Error('the timeline should have 36 months');

  // Engine time is the main thread's CPU time a call, not the wall clock: on this shared machine another
  // process can stretch the wall clock of a call several times over, but not the work it does.
  const cpu = (fn: () => void) => {
    const samples: number[] = [];
    const run = () => {
      const before = process.threadCpuUsage();
      fn();
      const after = process.threadCpuUsage();
      samples.push((after.user + after.system - before.user - before.system) / 1000);
    };
    return { samples, run };
  };
  const six6 = cpu(() => calculate(ruleSet, { ...six, date: SIX_SCENARIOS.date }));
  const sweep401 = cpu(() => sweep(ruleSet, { ...sweepRequest, date: SIX_SCENARIOS.date }));
  const months36 = cpu(() => timeline(ruleSet, plan));
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench.add('six', six6.run);
  bench.add('sweep', sweep401.run);
  bench.add('timeline', months36.run);
  await bench.run();
  // The warm-up's calls are left out: the later half of each task's calls, whose CPU time is averaged (the
  // kernel counts a thread's CPU time in ticks, so one call's own figure is too coarse to take a median of).
  const figure = (task: { samples: number[] }) => {
    const measured = task.samples.slice(Math.floor(task.samples.length / 2));
    return { value: measured.reduce((sum, x) => sum + x, 0) / measured.length, runs: measured.length, statistic: 'mean' as const };
  };
  return [
    { budget: 'engineSixScenarios', subject: 'calculate(), CPU time', ...figure(six6) },
    { budget: 'engineSweep', subject: 'sweep(), CPU time', ...figure(sweep401) },
    { budget: 'engineTimeline', subject: 'timeline(), 36 months, CPU time', ...figure(months36) },
  ];
}
