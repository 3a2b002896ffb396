import { type FormState, initialForm } from '../../web/src/lib/form.ts';
import { formatters } from '../../web/src/lib/numbers.ts';

/** Shared by the form's tests (form.test.ts, form-options.test.ts). */
export const fiF = formatters('fi');
export const enF = formatters('en');
export const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** A form with a full earnings-related pension of 1 200 € and two options (no work, 10 h at 13,20 €). */
export function pensionForm(): FormState {
  const form = initialForm('2026-03');
  form.case.erp = {
    on: true,
    fixedTerm: true,
    type: 'full',
    monthlyAmount: '1 200,00',
    earningsLimit: '',
    stabilisedEarnings: '',
    endsOn: '',
  };
  form.scenarios = [
    { id: 's1', label: '', mode: 'hours', hoursPerWeek: '0', hourlyWage: '13,20', monthlyEarnings: '', workDaysPerWeek: '' },
    { id: 's2', label: 'Kahvila', mode: 'hours', hoursPerWeek: '10', hourlyWage: '13,20', monthlyEarnings: '', workDaysPerWeek: '' },
  ];
  return form;
}
