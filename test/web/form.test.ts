import { describe, expect, it } from 'vitest';
import { details as enDetails } from '../../web/src/i18n/details/en.ts';
import { details as fiDetails } from '../../web/src/i18n/details/fi.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fi } from '../../web/src/i18n/fi.ts';
import { formatTyped, initialForm } from '../../web/src/lib/form.ts';
import { toRequest, toSweepRequest } from '../../web/src/lib/form-request.ts';
import { validate } from '../../web/src/lib/validate.ts';
import { errorsFrom, fieldLabel } from '../../web/src/lib/validation.ts';
import { enF, fiF, norm, pensionForm } from './form-fixture.ts';

describe('the form becomes the API request', () => {
  it('figures typed with a comma or spaces become decimal strings; empty optional fields are left out', () => {
    expect(toRequest(pensionForm())).toEqual({
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1200.00' } },
      scenarios: [
        { id: 's1', hoursPerWeek: '0', hourlyWage: '13.20' },
        { id: 's2', label: 'Kahvila', hoursPerWeek: '10', hourlyWage: '13.20' },
      ],
    });
  });

  it('a monthly option sends only its monthly pay; work days and taxes when given; the household when chosen', () => {
    const form = pensionForm();
    form.case.kela = {
      on: true,
      fixedTerm: false,
      monthlyAmount: '',
      guaranteePension: '',
      receivesCareAllowance: true,
      careAllowanceLevel: '',
      exemptFromEarningsTest: false,
      endsOn: '',
    };
    form.case.sickness = {
      on: true,
      basis: 'annual',
      dailyAmount: '55',
      annualIncome: '24 000',
      entrepreneurIncome: '',
      entitlementStartDate: '',
      fullTimeHoursPerWeek: '37,5',
      fullTimeInSector: false,
      daysUsed: '',
      partialDaysUsed: '',
    };
    form.case.household = 'partner';
    form.case.tax = { ...form.case.tax, wageWithholdingPercent: '20,5', benefitWithholdingPercent: '' };
    form.scenarios[1] = { ...form.scenarios[1]!, mode: 'monthly', monthlyEarnings: '800', workDaysPerWeek: '3' };
    const request = toRequest(form);
    expect(request.benefits.kelaPension).toEqual({ fixedTerm: false, receivesCareAllowance: true });
    expect(request.benefits.sicknessAllowance).toEqual({ annualIncome: '24000', fullTimeHoursPerWeek: '37.5' });
    expect(request.household).toEqual({ livingWithPartner: true });
    expect(request.tax).toEqual({ wageWithholdingPercent: '20.5' });
    expect(request.scenarios[1]).toEqual({ id: 's2', label: 'Kahvila', monthlyEarnings: '800', workDaysPerWeek: 3 });
  });

  it('issue 11’s fields: the day the sick leave began, YEL/MYEL income beside wages, full time in the sector, a Kela pension without an earnings test', () => {
    const form = pensionForm();
    form.case.kela = { ...form.case.kela, on: true, fixedTerm: true, monthlyAmount: '300', exemptFromEarningsTest: true };
    form.case.sickness = {
      on: true,
      basis: 'annual',
      dailyAmount: '',
      annualIncome: '12 000',
      entrepreneurIncome: '18 000,50',
      entitlementStartDate: '2025-11-03',
      fullTimeHoursPerWeek: '28',
      fullTimeInSector: true,
      daysUsed: '',
      partialDaysUsed: '',
    };
    const request = toRequest(form);
    expect(request.benefits.kelaPension).toEqual({ fixedTerm: true, monthlyAmount: '300', exemptFromEarningsTest: true });
    expect(request.benefits.sicknessAllowance).toEqual({
      annualIncome: '12000',
      entrepreneurAnnualIncome: '18000.50',
      entitlementStartDate: '2025-11-03',
      fullTimeHoursPerWeek: '28',
      fullTimeInSector: true,
    });
    // Only the entrepreneur's income is enough; a daily amount sends neither income.
    form.case.sickness.annualIncome = '';
    expect(validate(form, fi, fiF).list).toEqual([]);
    form.case.sickness.basis = 'daily';
    form.case.sickness.dailyAmount = '55';
    expect(toRequest(form).benefits.sicknessAllowance).toEqual({
      dailyAmount: '55',
      entitlementStartDate: '2025-11-03',
      fullTimeHoursPerWeek: '28',
      fullTimeInSector: true,
    });
  });

  it('issue 16’s field: a fixed-term benefit’s end date, only when fixed-term', () => {
    const form = pensionForm();
    form.case.erp.endsOn = '2026-10-31';
    form.case.kela = { ...form.case.kela, on: true, fixedTerm: true, endsOn: '2026-12-31' };
    form.case.household = 'single';
    const request = toRequest(form);
    expect(request.benefits.earningsRelatedPension?.endsOn).toBe('2026-10-31');
    expect(request.benefits.kelaPension?.endsOn).toBe('2026-12-31');
    expect(validate(form, fi, fiF).list).toEqual([]);
    // A pension until further notice has no end date, even if one was typed while it was a subsidy.
    form.case.erp.fixedTerm = false;
    expect(toRequest(form).benefits.earningsRelatedPension).not.toHaveProperty('endsOn');
    // A date that is not a date is refused on the field, in words, and named in the summary.
    form.case.erp.fixedTerm = true;
    form.case.erp.endsOn = '2026-02-30';
    expect(validate(form, fi, fiF).errors['erp-endsOn']).toBeTruthy();
    expect(fieldLabel('erp-endsOn', form, fi, fiDetails)).toBe(fiDetails.fields.erpEndsOn.label);
  });

  it('the chart follows the first option’s wage unless a wage is chosen for it', () => {
    const form = pensionForm();
    expect(toSweepRequest(form).sweep).toEqual({ hourlyWage: '13.20' });
    form.chartWage = '15,5';
    expect(toSweepRequest(form).sweep).toEqual({ hourlyWage: '15.5' });
  });
});

describe('validation with the shared schema, worded for people', () => {
  it('a complete form is valid and gives its request', () => {
    const v = validate(pensionForm(), fi, fiF);
    expect(v.list).toEqual([]);
    expect(v.request).not.toBeNull();
  });

  it('no benefit chosen: one friendly message on the benefits group', () => {
    const v = validate(initialForm('2026-03'), fi, fiF);
    expect(v.request).toBeNull();
    expect(v.errors).toEqual({ benefits: fi.errors.benefitRequired });
  });

  it('an empty pension amount is "missing", not "not a number"', () => {
    const form = pensionForm();
    form.case.erp.monthlyAmount = '';
    expect(validate(form, fi, fiF).errors['erp-monthlyAmount']).toBe(fi.errors.required);
  });

  it.each([
    ['abc', fi.errors.notANumber],
    ['12,345', fi.errors.tooManyDecimals({ max: '2' })],
    ['25000', fi.errors.tooLarge({ max: norm(fiF.money('20000')) })],
  ])('pension amount %j → %j', (typed, message) => {
    const form = pensionForm();
    form.case.erp.monthlyAmount = typed;
    expect(norm(validate(form, fi, fiF).errors['erp-monthlyAmount'] ?? '')).toBe(message);
  });

  describe('"1.200" in a money field is never read as 1,20 € nor as 1 200 € without asking (the audit’s B1)', () => {
    const ambiguous = 'Kirjoita 1200 tai 1 200, jos tarkoitat yli tuhatta euroa, tai 1,20, jos tarkoitat euroja ja senttejä.';
    it.each(['1.200', '1,200', '1.200 €', ' 1,200 '])('a pension of %j: both ways to write it, in Finnish', (typed) => {
      const form = pensionForm();
      form.case.erp.monthlyAmount = typed;
      const v = validate(form, fi, fiF);
      expect(v.request).toBeNull();
      expect(norm(v.errors['erp-monthlyAmount'] ?? '')).toBe(ambiguous);
      // The field keeps what was typed: not reformatted to 1,20.
      expect(formatTyped(typed, 'money', fiF)).toBe(typed);
    });

    it('in English too, with its own separators', () => {
      const form = pensionForm();
      form.case.erp.monthlyAmount = '1,200';
      expect(norm(validate(form, en, enF).errors['erp-monthlyAmount'] ?? '')).toBe(
        'Write 1200 or 1,200 if you mean over a thousand euros, or 1.20 for euros and cents.',
      );
    });

    it('monthly earnings of an option are a thousands field too', () => {
      const form = pensionForm();
      form.scenarios[1] = { ...form.scenarios[1]!, mode: 'monthly', monthlyEarnings: '1.500' };
      expect(norm(validate(form, fi, fiF).errors['scenario-s2-monthlyEarnings'] ?? '')).toContain('1500 tai 1 500');
    });

    it.each([
      ['an hourly wage of 13.500 (500 € at most: it can only be a decimal too many)', '13.500'],
      ['an hourly wage of 13,500', '13,500'],
    ])('%s says "at most 2 decimals"', (_name, typed) => {
      const form = pensionForm();
      form.scenarios[1]!.hourlyWage = typed;
      expect(validate(form, fi, fiF).errors['scenario-s2-hourlyWage']).toBe('Käytä enintään 2 desimaalia.');
    });

    it.each([
      ['1 200', '1200'],
      ['1200', '1200'],
      ['1,20', '1.20'],
      ['1.234,50', '1234.50'],
    ])('unambiguous %j is read as %s', (typed, value) => {
      const form = pensionForm();
      form.case.erp.monthlyAmount = typed;
      expect(validate(form, fi, fiF).request?.benefits.earningsRelatedPension?.monthlyAmount).toBe(value);
    });

    it('"1.205" cannot be euros and cents: one decimal too many, said so', () => {
      const form = pensionForm();
      form.case.erp.monthlyAmount = '1.205';
      expect(validate(form, fi, fiF).errors['erp-monthlyAmount']).toBe('Käytä enintään 2 desimaalia.');
    });
  });

  describe('a number too long is too large, not "not a number" (the audit’s B3)', () => {
    it.each([
      ['10000000000', fi.errors.tooLarge({ max: norm(fiF.money('20000')) })],
      ['10 000 000 000', fi.errors.tooLarge({ max: norm(fiF.money('20000')) })],
      ['20000', null],
      ['20000,01', fi.errors.tooLarge({ max: norm(fiF.money('20000')) })],
    ])('a pension of %j', (typed, message) => {
      const form = pensionForm();
      form.case.erp.monthlyAmount = typed;
      expect(validate(form, fi, fiF).errors['erp-monthlyAmount'] ? norm(validate(form, fi, fiF).errors['erp-monthlyAmount']!) : null).toBe(
        message,
      );
    });
  });

  it.each([
    ['-5', 'hours', fi.errors.negative],
    ['− 7,5', 'hours', fi.errors.negative],
    ['viisi', 'hours', 'Kirjoita tunnit numeroina, esimerkiksi 7,5.'],
    ['-13,20', 'wage', fi.errors.negative],
    ['13,505', 'wage', 'Käytä enintään 2 desimaalia.'],
  ] as const)('an option’s %s (%s) says what is wrong with it', (typed, field, message) => {
    const form = pensionForm();
    if (field === 'hours') form.scenarios[1]!.hoursPerWeek = typed;
    else form.scenarios[1]!.hourlyWage = typed;
    expect(validate(form, fi, fiF).errors[`scenario-s2-${field === 'hours' ? 'hoursPerWeek' : 'hourlyWage'}`]).toBe(message);
  });

  it('the sick leave cannot begin after the month calculated, nor before the rules: said with the date', () => {
    const form = pensionForm();
    form.case.sickness = { ...form.case.sickness, on: true, dailyAmount: '60', entitlementStartDate: '2026-04-01' };
    expect(validate(form, fi, fiF).errors['sickness-entitlementStartDate']).toBe(
      'Sairausloma ei voi alkaa laskettavan kuukauden jälkeen. Anna päivä viimeistään 31.3.2026.',
    );
    expect(validate(form, en, enF).errors['sickness-entitlementStartDate']).toBe(
      'The sick leave cannot begin after the month calculated. Give a date no later than 31 March 2026.',
    );
    // The API's refusal of a day before the rules begin lands on the same field, in words.
    const api = errorsFrom(
      [{ path: ['benefits', 'sicknessAllowance', 'entitlementStartDate'], params: { reason: 'beforeRuleSet', min: '2023-01-01' } }],
      form,
      fi,
      fiF,
    );
    expect(api.errors).toEqual({
      'sickness-entitlementStartDate': 'Laskuri osaa laskea päivärahan sairauslomalle, joka alkoi 1.1.2023 tai myöhemmin.',
    });
    expect(fieldLabel('sickness-entitlementStartDate', form, fi, fiDetails)).toBe('Milloin sairausloma alkoi?');
  });

  it('one option with a problem: the others are still calculated (the baseline must be fine)', () => {
    const form = pensionForm();
    form.scenarios.push({ ...form.scenarios[1]!, id: 's3', label: '', hoursPerWeek: '' });
    const v = validate(form, fi, fiF);
    expect(v.request).toBeNull();
    expect(v.usable?.scenarios.map((s) => s.id)).toEqual(['s1', 's2']);
    form.scenarios[0]!.hoursPerWeek = '';
    expect(validate(form, fi, fiF).usable).toBeNull();
    form.scenarios[0]!.hoursPerWeek = '0';
    form.case.erp.monthlyAmount = '';
    expect(validate(form, fi, fiF).usable).toBeNull();
  });

  it('errors are in the chosen language, with limits in its format', () => {
    const form = pensionForm();
    form.scenarios[1]!.hoursPerWeek = '90';
    form.scenarios[1]!.hourlyWage = '0';
    const v = validate(form, en, enF);
    expect(v.errors['scenario-s2-hoursPerWeek']).toBe('The number must be at most 80.');
    expect(v.errors['scenario-s2-hourlyWage']).toBe('The number must be at least €0.01.');
  });

  it('the Kela pension without its amount needs the household; a missing wage points at the wage field', () => {
    const form = pensionForm();
    form.case.kela = {
      on: true,
      fixedTerm: true,
      monthlyAmount: '',
      guaranteePension: '',
      receivesCareAllowance: false,
      careAllowanceLevel: '',
      exemptFromEarningsTest: false,
      endsOn: '',
    };
    expect(validate(form, fi, fiF).errors).toEqual({ household: fi.errors.required });
    form.case.household = 'single';
    form.scenarios[1]!.hourlyWage = '';
    expect(validate(form, fi, fiF).errors).toEqual({ 'scenario-s2-hourlyWage': fi.errors.required });
  });

  it('a monthly option with no amount is flagged on its monthly field (the one on screen)', () => {
    const form = pensionForm();
    form.scenarios[1] = { ...form.scenarios[1]!, mode: 'monthly', monthlyEarnings: '' };
    expect(Object.keys(validate(form, fi, fiF).errors)).toEqual(['scenario-s2-monthlyEarnings']);
  });

  it('the sickness allowance needs the figure of the chosen kind', () => {
    const form = pensionForm();
    form.case.sickness = {
      on: true,
      basis: 'daily',
      dailyAmount: '',
      annualIncome: '',
      entrepreneurIncome: '',
      entitlementStartDate: '',
      fullTimeHoursPerWeek: '',
      fullTimeInSector: false,
      daysUsed: '',
      partialDaysUsed: '',
    };
    expect(validate(form, fi, fiF).errors['sickness-amount']).toBe(fi.errors.required);
  });

  it('the API’s own 400 issues land on the same fields (a month before the rules begin)', () => {
    const form = pensionForm();
    const { errors } = errorsFrom(
      [
        { path: ['date'], message: 'must be 2023-01-01 or later', code: 'custom', params: { reason: 'beforeRuleSet', min: '2023-01-01' } },
        { path: ['scenarios', 1, 'hoursPerWeek'], message: 'x', code: 'custom', params: { reason: 'tooLarge', max: '80' } },
        { path: ['benefits', 'earningsRelatedPension', 'foo'], message: 'x', code: 'unrecognized_keys' },
      ],
      form,
      fi,
      fiF,
    );
    expect(errors).toEqual({
      month: 'Laskuri osaa laskea 1.1.2023 alkaen.',
      'scenario-s2-hoursPerWeek': 'Luvun pitää olla enintään 80.',
      'erp-monthlyAmount': fi.errors.generic,
    });
  });

  it('the error summary names each field, options by their number', () => {
    const form = pensionForm();
    expect(fieldLabel('erp-monthlyAmount', form, fi, fiDetails)).toBe(fiDetails.fields.erpMonthlyAmount.label);
    expect(fieldLabel('scenario-s2-hourlyWage', form, en, enDetails)).toBe('Hourly wage (€), Option 2');
  });
});
