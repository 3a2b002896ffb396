/** Requests that the API accepts, shared by the handler, end-to-end and fuzz tests. */

export const validCalculation = {
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: {
    earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00' },
    kelaPension: { fixedTerm: false },
  },
  tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: 25 },
  scenarios: [
    { id: 'none', label: 'No work', monthlyEarnings: 0 },
    { id: 'h10', hoursPerWeek: 10, hourlyWage: '13.50' },
    { id: 'h25', hoursPerWeek: '25', hourlyWage: 13.5 },
  ],
};

export const validSweep = {
  date: '2026-03-01',
  benefits: { sicknessAllowance: { dailyAmount: '60.00', fullTimeHoursPerWeek: 37.5 } },
  sweep: { hourlyWage: '14.00', fromHours: 0, toHours: '30', stepHours: 0.5 },
};
