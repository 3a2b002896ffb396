import type { CalculationRequestInput } from '../functions/core/index.ts';
import { monthAfterVerified } from './helpers.ts';

type Request = CalculationRequestInput & { date: string };
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
  ];
}
