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

/** A plan the API accepts: a pension and a Kela pension, a summer job of four months, a holiday bonus, the tax estimate. */
export const validTimeline = {
  start: '2026-03',
  household: { livingWithPartner: false },
  benefits: {
    earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1200.00', stabilisedEarnings: '3000', endsOn: '2027-06-30' },
    kelaPension: { fixedTerm: false, receivesCareAllowance: true },
  },
  tax: { municipality: 'Tampere' },
  person: { birthYear: 1985 },
  months: [
    { monthlyEarnings: 0 },
    { monthlyEarnings: 0 },
    { hoursPerWeek: 25, hourlyWage: '13.50' },
    { hoursPerWeek: 25, hourlyWage: '13.50', holidayBonus: '600' },
    { hoursPerWeek: 25, hourlyWage: 13.5 },
    { hoursPerWeek: 25, hourlyWage: '13.50' },
    { hoursPerWeek: 10, hourlyWage: '13.50' },
    { hoursPerWeek: 10, hourlyWage: '13.50' },
  ],
};
