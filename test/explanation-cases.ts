import type { CalculationRequestInput, Explanation, TimelineResult } from '../functions/core/index.ts';
import type { SweepRequest } from '../functions/core/request.ts';
import type { TimelineRequestInput } from '../functions/core/timeline-request.ts';
import { monthAfterVerified } from './helpers.ts';

type Request = CalculationRequestInput & { date: string };
type SweepInput = Omit<SweepRequest, 'sweep'> & { date: string; sweep: Record<string, string> };
const hours = (id: string, hoursPerWeek: string, hourlyWage = '15') => ({ id, hoursPerWeek, hourlyWage });

/**
 * Cases that between them reach every explanation code the engine has, with varied figures: the engine
 * test checks that each code is reachable, the web test that each is worded in fi, sv and en.
 */
export function explanationRequests(): Request[] {
  return [
    {
      date: monthAfterVerified(),
      household: { livingWithPartner: true },
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900', stabilisedEarnings: '3000' },
        kelaPension: { fixedTerm: false, receivesCareAllowance: true },
        sicknessAllowance: { annualIncome: '10000', fullTimeHoursPerWeek: '37.5' },
      },
      tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: '10' },
      scenarios: [
        hours('none', '0'),
        hours('band', '18'),
        hours('some', '10'),
        hours('over60', '30'),
        { id: 'monthly', monthlyEarnings: '1500' },
      ],
    },
    {
      // The care allowance's level given: paid within the limit, the highest disability allowance instead of it during a rest.
      date: '2026-03-01',
      benefits: { kelaPension: { fixedTerm: false, careAllowanceLevel: 'basic' } },
      household: { livingWithPartner: false },
      scenarios: [
        { id: 'none', monthlyEarnings: '0' },
        { id: 'over', monthlyEarnings: '1200' },
      ],
    },
    {
      // Kela's 2024 limit of other pensions for a person living alone, one cent over (1 601.21 €).
      date: '2024-03-01',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1601.22' },
        kelaPension: { fixedTerm: false },
      },
      household: { livingWithPartner: false },
      scenarios: [hours('none', '0')],
    },
    {
      date: '2026-03-01',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1625' },
        kelaPension: { fixedTerm: true },
        sicknessAllowance: { dailyAmount: '60' },
      },
      household: { livingWithPartner: false },
      tax: { wageWithholdingPercent: '20' },
      scenarios: [hours('x', '10')],
    },
    {
      date: '2026-03-01',
      benefits: {
        earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '450' },
        kelaPension: { fixedTerm: false },
        sicknessAllowance: { dailyAmount: '60', fullTimeHoursPerWeek: '20' },
      },
      household: { livingWithPartner: false },
      scenarios: [hours('x', '10')],
    },
    {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900', earningsLimit: '990.90' } },
      scenarios: [hours('x', '10')],
    },
    {
      // A partial pension beside a sickness allowance (the audit's case): Kela may deduct the pension.
      date: '2026-03-01',
      benefits: {
        earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '700' },
        sicknessAllowance: { dailyAmount: '40' },
      },
      scenarios: [hours('x', '0')],
    },
    {
      date: '2026-03-01',
      benefits: {
        earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' },
        kelaPension: { fixedTerm: false, monthlyAmount: '300', guaranteePension: '20' },
      },
      scenarios: [hours('x', '10')],
    },
    {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '331.12' }, kelaPension: { fixedTerm: false } },
      household: { livingWithPartner: false },
      scenarios: [hours('x', '0')],
    },
    { date: '2026-03-01', benefits: { sicknessAllowance: { dailyAmount: '60' } }, scenarios: [hours('x', '10')] },
    {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900', stabilisedEarnings: '2000' } },
      scenarios: [hours('x', '10'), hours('y', '20'), hours('z', '40')],
    },
    {
      date: '2026-03-01',
      benefits: { sicknessAllowance: { dailyAmount: '60', fullTimeHoursPerWeek: '40' } },
      scenarios: [{ id: 'm', monthlyEarnings: '500' }, hours('few', '5')],
    },
    // A Kela pension under KEL 12 § 4 (no earnings test), and a guarantee pension that keeps it.
    {
      date: '2026-03-01',
      benefits: { kelaPension: { fixedTerm: false, exemptFromEarningsTest: true } },
      household: { livingWithPartner: false },
      scenarios: [hours('x', '10'), hours('y', '40', '30')],
    },
    // Sickness allowance: the formula of the year the spell began; entrepreneur's income; little income; the sector's full time.
    {
      date: '2026-03-01',
      benefits: {
        sicknessAllowance: {
          annualIncome: '1000',
          entrepreneurAnnualIncome: '500',
          entitlementStartDate: '2025-11-03',
          fullTimeHoursPerWeek: '28',
          fullTimeInSector: true,
        },
      },
      scenarios: [hours('x', '14')],
    },
    // The tax estimate: a pension resting above the limit, the disability allowance in its place (tax-free), wages, a church
    // member of unknown age; one more hour from 18 h crosses the pension's limit (net falls).
    {
      date: '2026-03-01',
      household: { livingWithPartner: false },
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200', stabilisedEarnings: '3000' },
        kelaPension: { fixedTerm: false, receivesCareAllowance: true },
      },
      tax: { municipality: 'Tampere', churchMember: true },
      scenarios: [hours('none', '0'), hours('limit', '18'), hours('rest', '30')],
    },
    // Typed percentages override the estimate; with 70 % withheld, an extra hour keeps little.
    {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' } },
      tax: { municipality: 'Oulu', wageWithholdingPercent: '70', benefitWithholdingPercent: '10' },
      person: { birthYear: 1975 },
      scenarios: [hours('x', '10')],
    },
    // No estimate: a year before the tax rules, a year without municipal rates, Åland.
    {
      date: '2023-06-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' } },
      tax: { municipality: 'Helsinki' },
      scenarios: [hours('x', '10')],
    },
    {
      date: '2024-06-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' } },
      tax: { municipality: 'Helsinki' },
      scenarios: [hours('x', '10')],
    },
    {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' } },
      tax: { municipality: 'Jomala' },
      scenarios: [hours('x', '10')],
    },
  ];
}

/** Sweeps that between them reach every explanation of the hours chart (net falls, little gains). */
export function explanationSweeps(): SweepInput[] {
  return [
    {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200', stabilisedEarnings: '3000' } },
      tax: { municipality: 'Tampere' },
      sweep: { hourlyWage: '15', stepHours: '0.5' },
    },
    {
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' } },
      tax: { wageWithholdingPercent: '70', benefitWithholdingPercent: '10' },
      sweep: { hourlyWage: '15', toHours: '10' },
    },
  ];
}

const flat = (n: number, monthlyEarnings: string) => Array.from({ length: n }, () => ({ monthlyEarnings }));

/** Timelines that between them reach every code only the timeline says (rests, ends, days counted, the year's net). */
export function timelineExplanationRequests(): TimelineRequestInput[] {
  const single = { household: { livingWithPartner: false } };
  return [
    // Pensions: a short exceedance, a rest, a restart, a rest that ends the pension; holiday and once-a-year bonuses.
    {
      ...single,
      start: '2026-01',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200', stabilisedEarnings: '3000' },
        kelaPension: { fixedTerm: false, receivesCareAllowance: true },
      },
      tax: { municipality: 'Tampere', churchMember: true },
      person: { birthYear: 1980 },
      months: [
        ...flat(2, '1300'),
        { monthlyEarnings: '0', holidayBonus: '1500', annualBonus: '2000' },
        ...flat(3, '1500'),
        ...flat(1, '900'),
        ...flat(26, '2500'),
      ],
    },
    // The earnings-related subsidy ends while the Kela pension goes on: computed amounts revised, a decision's not.
    {
      ...single,
      start: '2026-04',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1000', endsOn: '2026-05-31' },
        kelaPension: { fixedTerm: false },
      },
      months: flat(4, '0'),
    },
    {
      ...single,
      start: '2026-05',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '700', endsOn: '2026-05-31' },
        kelaPension: { fixedTerm: false, monthlyAmount: '470.32', guaranteePension: '20' },
      },
      months: flat(2, '0'),
    },
    // A KEL 12 § 4 pension is paid while the earnings-related pension rests.
    {
      ...single,
      start: '2026-01',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '200', stabilisedEarnings: '2500' },
        kelaPension: { fixedTerm: false, exemptFromEarningsTest: true },
      },
      months: flat(3, '1600'),
    },
    // Fixed-term benefits ending; withholding percentages; a year without tax rules.
    {
      ...single,
      start: '2024-11',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1000', endsOn: '2024-12-31' },
        kelaPension: { fixedTerm: true, endsOn: '2024-12-15' },
      },
      tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: '10' },
      months: flat(3, '0'),
    },
    {
      start: '2024-12',
      benefits: { kelaPension: { fixedTerm: false, monthlyAmount: '300' } },
      tax: { municipality: 'Tampere' },
      months: flat(2, '0'),
    },
    {
      start: '2026-01',
      benefits: { kelaPension: { fixedTerm: false, monthlyAmount: '300' } },
      tax: { municipality: 'Jomala' },
      months: flat(1, '0'),
    },
    // Sickness allowance: the waiting period, the days estimated and counted, both maxima.
    {
      start: '2026-03',
      benefits: { sicknessAllowance: { dailyAmount: '60', entitlementStartDate: '2026-03-02' } },
      months: flat(1, '0'),
    },
    {
      start: '2026-03',
      benefits: { sicknessAllowance: { dailyAmount: '60', entitlementStartDate: '2025-06-02', fullTimeHoursPerWeek: '37.5' } },
      months: [...flat(4, '0'), { hoursPerWeek: '18', hourlyWage: '20' }],
    },
    {
      start: '2026-03',
      benefits: { sicknessAllowance: { dailyAmount: '60', fullTimeHoursPerWeek: '37.5', partialDaysUsed: 140 } },
      months: [
        { hoursPerWeek: '18', hourlyWage: '20' },
        { hoursPerWeek: '18', hourlyWage: '20' },
      ],
    },
  ];
}

/** Every explanation of a timeline: the stamp's, each month's, each benefit's in each month, and each year's. */
export function timelineExplanations(result: TimelineResult): Explanation[] {
  return [
    ...result.ruleSet.warnings,
    ...result.months.flatMap((m) => [...m.explanations, ...m.benefits.flatMap((b) => b.explanations)]),
    ...result.years.flatMap((y) => y.explanations),
  ];
}
