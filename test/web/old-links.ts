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

/**
 * A link and a saved case's input as the app wrote them before issue 15's tax fields (municipality, church,
 * birth year), with every field of issues 11 and 14 filled (test/web/full-form.ts of that time), kept verbatim.
 */
export const BEFORE_ISSUE_15 = {
  link: {
    encoded:
      'eyJ2IjoxLCJsIjoiZmkiLCJtIjoiMjAyNi0wNSIsImUiOnsiZiI6MCwidCI6InAiLCJhIjoiMTIwMC4wMCIsImwiOiIxNTAwIn0sImsiOnsiZiI6MSwiZyI6IjIwLjUiLCJjIjoxLCJ4IjoxfSwiZCI6eyJiIjoiYSIsImEiOiIyNDAwMCIsImgiOiIyOCIsImUiOiI2MDAwIiwicyI6IjIwMjUtMTEtMDMiLCJmIjoxfSwiaCI6InMiLCJ0IjpbIjE4IiwiIl0sInMiOltbIiIsImgiLCIwIiwiMTMuMjAiLCIiLCIiXSxbIkvDpHZlbHlrYXR1IOKAkyAyIHB2L3ZrIiwiaCIsIjcuNSIsIjEzLjIwIiwiIiwiMiJdLFsiS3V1a2F1c2lwYWxra2EiLCJtIiwiIiwiIiwiODUwIiwiIl1dfQ',
    lang: 'fi',
    chartWage: '',
  },
  request: {
    date: '2026-05-01',
    benefits: {
      earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '1200.00', earningsLimit: '1500' },
      kelaPension: { fixedTerm: true, guaranteePension: '20.5', receivesCareAllowance: true, exemptFromEarningsTest: true },
      sicknessAllowance: {
        annualIncome: '24000',
        entrepreneurAnnualIncome: '6000',
        entitlementStartDate: '2025-11-03',
        fullTimeHoursPerWeek: '28',
        fullTimeInSector: true,
      },
    },
    household: { livingWithPartner: false },
    tax: { wageWithholdingPercent: '18' },
    scenarios: [
      { id: 's1', hoursPerWeek: '0', hourlyWage: '13.20' },
      { id: 's2', label: 'Kävelykatu – 2 pv/vk', workDaysPerWeek: 2, hoursPerWeek: '7.5', hourlyWage: '13.20' },
      { id: 's3', label: 'Kuukausipalkka', monthlyEarnings: '850' },
    ],
  },
} as const;
