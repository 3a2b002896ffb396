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

  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench.add('six', () => {
    calculate(ruleSet, { ...six, date: SIX_SCENARIOS.date });
  });
  bench.add('sweep', () => {
    sweep(ruleSet, { ...sweepRequest, date: SIX_SCENARIOS.date });
  });
  bench.add('timeline', () => {
    timeline(ruleSet, plan);
  });
  await bench.run();
  const [six6, sweep401, months36] = bench.tasks.map((t) => t.result);
  if (!six6?.latency || !sweep401?.latency || !months36?.latency) throw new Error('tinybench gave no result');
  return [
    { budget: 'engineSixScenarios', subject: 'calculate()', value: six6.latency.p50 ?? Number.NaN, runs: six6.latency.samples.length },
    { budget: 'engineSweep', subject: 'sweep()', value: sweep401.latency.p50 ?? Number.NaN, runs: sweep401.latency.samples.length },
    {
      budget: 'engineTimeline',
      subject: 'timeline(), 36 months',
      value: months36.latency.p50 ?? Number.NaN,
      runs: months36.latency.samples.length,
    },
  ];
}
