/**
 * Links as the app wrote them before issue 14 (format version 1, without issue 11's fields), kept verbatim:
 * links already handed out must keep opening the same calculation.
 */
export const LINKS_BEFORE_ISSUE_14 = {
  'every field, in Swedish': {
    encoded:
      'eyJ2IjoxLCJsIjoic3YiLCJtIjoiMjAyNi0wMyIsImUiOnsiZiI6MSwidCI6ImYiLCJhIjoiMTIwMC4wMCIsInMiOiIyODAwIn0sImsiOnsiZiI6MSwiYyI6MX0sImQiOnsiYiI6ImEiLCJhIjoiMjQwMDAiLCJoIjoiMzcuNSJ9LCJoIjoicyIsInQiOlsiMTgiLCIyNSJdLCJzIjpbWyIiLCJoIiwiMCIsIjEzLjIwIiwiIiwiIl0sWyJLYWh2aWxhIiwiaCIsIjE4IiwiMTMuMjAiLCIiLCIzIl0sWyJLYXVwcGEiLCJtIiwiIiwiIiwiOTAwIiwiIl1dLCJ3IjoiMTQuNTAifQ',
    lang: 'sv',
    chartWage: '14.50',
    request: {
      date: '2026-03-01',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1200.00', stabilisedEarnings: '2800' },
        kelaPension: { fixedTerm: true, receivesCareAllowance: true },
        sicknessAllowance: { annualIncome: '24000', fullTimeHoursPerWeek: '37.5' },
      },
      household: { livingWithPartner: false },
      tax: { wageWithholdingPercent: '18', benefitWithholdingPercent: '25' },
      scenarios: [
        { id: 's1', hoursPerWeek: '0', hourlyWage: '13.20' },
        { id: 's2', label: 'Kahvila', hoursPerWeek: '18', hourlyWage: '13.20', workDaysPerWeek: 3 },
        { id: 's3', label: 'Kauppa', monthlyEarnings: '900' },
      ],
    },
  },
  'the README’s walk-through, in Finnish': {
    encoded:
      'eyJ2IjoxLCJsIjoiZmkiLCJtIjoiMjAyNi0wMyIsImUiOnsiZiI6MSwidCI6ImYiLCJhIjoiMTIwMC4wMCJ9LCJrIjp7ImYiOjF9LCJoIjoicyIsInMiOltbIiIsImgiLCIwIiwiMTMuMjAiLCIiLCIiXSxbIiIsImgiLCIxMCIsIjEzLjIwIiwiIiwiIl0sWyJLYXVwcGEiLCJoIiwiMjUiLCIxMy4yMCIsIiIsIiJdXX0',
    lang: 'fi',
    chartWage: '',
    request: {
      date: '2026-03-01',
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1200.00' },
        kelaPension: { fixedTerm: true },
      },
      household: { livingWithPartner: false },
      scenarios: [
        { id: 's1', hoursPerWeek: '0', hourlyWage: '13.20' },
        { id: 's2', hoursPerWeek: '10', hourlyWage: '13.20' },
        { id: 's3', label: 'Kauppa', hoursPerWeek: '25', hourlyWage: '13.20' },
      ],
    },
  },
} as const;
