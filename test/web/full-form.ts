import { type FormState, initialForm } from '../../web/src/lib/form.ts';

/** A form with every field filled, in Finnish number style, for round-trip tests (share links, saved cases). */
export function fullForm(): FormState {
  const form = initialForm('2026-05');
  form.case.erp = {
    on: true,
    fixedTerm: false,
    type: 'partial',
    monthlyAmount: '1 200,00',
    earningsLimit: '1 500',
    stabilisedEarnings: '',
    endsOn: '',
  };
  form.case.kela = {
    on: true,
    fixedTerm: true,
    monthlyAmount: '',
    guaranteePension: '20,5',
    receivesCareAllowance: true,
    careAllowanceLevel: 'increased',
    exemptFromEarningsTest: true,
    endsOn: '2027-06-30',
  };
  form.case.sickness = {
    on: true,
    basis: 'annual',
    dailyAmount: '',
    annualIncome: '24000',
    entrepreneurIncome: '6 000',
    entitlementStartDate: '2025-11-03',
    fullTimeHoursPerWeek: '28',
    fullTimeInSector: true,
    daysUsed: '40',
    partialDaysUsed: '12',
  };
  form.case.household = 'single';
  form.case.tax = {
    wageWithholdingPercent: '18',
    benefitWithholdingPercent: '',
    municipality: 'Tampere',
    churchMember: true,
    church: 'lutheran',
  };
  form.case.birthYear = '1970';
  form.scenarios = [
    { id: 's1', label: '', mode: 'hours', hoursPerWeek: '0', hourlyWage: '13,20', monthlyEarnings: '', workDaysPerWeek: '' },
    {
      id: 's2',
      label: 'Kävelykatu – 2 pv/vk',
      mode: 'hours',
      hoursPerWeek: '7,5',
      hourlyWage: '13,20',
      monthlyEarnings: '',
      workDaysPerWeek: '2',
    },
    { id: 's3', label: 'Kuukausipalkka', mode: 'monthly', hoursPerWeek: '', hourlyWage: '', monthlyEarnings: '850', workDaysPerWeek: '' },
  ];
  return form;
}
