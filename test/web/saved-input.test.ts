import { describe, expect, it } from 'vitest';
import { CalculationRequest } from '../../functions/core/request.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fi } from '../../web/src/i18n/fi.ts';
import { en as wen } from '../../web/src/i18n/workspace/en.ts';
import { fi as wfi } from '../../web/src/i18n/workspace/fi.ts';
import { type FormState, initialForm, reformat } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { ruleNotice, scenarioRefs } from '../../web/src/lib/rule-notice.ts';
import { formFromInput, formKey } from '../../web/src/lib/saved-input.ts';
import { fullForm } from './full-form.ts';
import { BEFORE_ISSUE_15 } from './old-links.ts';

/** A saved case's input (the request as the API saved it) back into the form, and the rule-set notice in words. */

/** What the API keeps: the request parsed by the shared schema, with its date. */
const saved = (form: FormState) => CalculationRequest.parse(toRequest(form));

describe('a saved input back in the form', () => {
  it('a case saved before issue 15’s tax fields opens as the same request', () => {
    const form = formFromInput(BEFORE_ISSUE_15.request);
    expect(form && toRequest(form)).toEqual(BEFORE_ISSUE_15.request);
    expect(form?.case.tax.municipality).toBe('');
  });

  it('the municipality, church membership and birth year come back (issue 15)', () => {
    const input = {
      ...BEFORE_ISSUE_15.request,
      tax: { municipality: 'Tampere', churchMember: true, church: 'lutheran' },
      person: { birthYear: 1970 },
    };
    const form = formFromInput(input);
    expect(form && toRequest(form)).toEqual(input);
    expect(form?.case.birthYear).toBe('1970');
  });

  it('a saved case carries its pension’s kind and type and opens with them (nothing is preselected in a new form)', () => {
    expect([initialForm().case.erp.fixedTerm, initialForm().case.erp.type, initialForm().case.kela.fixedTerm]).toEqual([null, null, null]);
    const form = formFromInput(BEFORE_ISSUE_15.request)!;
    expect(form.case.erp.fixedTerm).toBe(BEFORE_ISSUE_15.request.benefits.earningsRelatedPension?.fixedTerm);
    expect(form.case.erp.type).toBe(BEFORE_ISSUE_15.request.benefits.earningsRelatedPension?.type);
    const back = formFromInput(saved(fullForm()))!.case;
    expect([back.erp.fixedTerm, back.erp.type, back.kela.fixedTerm]).toEqual([false, 'partial', true]);
  });

  it('every field comes back: the same request, the same key', () => {
    const form = fullForm();
    const back = formFromInput(saved(form))!;
    expect(formKey(back)).toBe(formKey(form));
    expect(formKey(reformat(back, formatters('fi')))).toBe(formKey(form));
    expect(back.case.month).toBe('2026-05');
    expect(back.case.sickness.basis).toBe('annual');
    expect(back.scenarios[2]).toMatchObject({ id: 's3', mode: 'monthly', monthlyEarnings: '850' });
    expect(back.scenarios[1]).toMatchObject({ label: 'Kävelykatu – 2 pv/vk', workDaysPerWeek: '2' });
  });

  it('the key does not depend on how a figure is written (typed, shown back, another language)', () => {
    const back = formFromInput(saved(fullForm()))!;
    expect(formKey(reformat(back, formatters('en')))).toBe(formKey(reformat(back, formatters('fi'))));
    const typed = fullForm();
    typed.case.erp.monthlyAmount = '1200';
    expect(formKey(typed)).toBe(formKey(fullForm()));
    typed.case.erp.monthlyAmount = '1200.5';
    expect(formKey(typed)).not.toBe(formKey(fullForm()));
  });

  it('a changed figure changes the key ("unsaved changes")', () => {
    const form = fullForm();
    const key = formKey(form);
    form.scenarios[1]!.hoursPerWeek = '15';
    expect(formKey(form)).not.toBe(key);
  });

  it('a daily sickness allowance, a household with a partner and no tax', () => {
    const form = initialForm('2026-03');
    form.case.sickness = {
      on: true,
      basis: 'daily',
      dailyAmount: '60',
      annualIncome: '',
      entrepreneurIncome: '',
      entitlementStartDate: '',
      fullTimeHoursPerWeek: '',
      fullTimeInSector: false,
      daysUsed: '',
      partialDaysUsed: '',
    };
    form.case.household = 'partner';
    const back = formFromInput(saved(form))!;
    expect(back.case.sickness).toEqual({
      on: true,
      basis: 'daily',
      dailyAmount: '60',
      annualIncome: '',
      entrepreneurIncome: '',
      entitlementStartDate: '',
      fullTimeHoursPerWeek: '',
      fullTimeInSector: false,
      daysUsed: '',
      partialDaysUsed: '',
    });
    expect(back.case.household).toBe('partner');
    expect(back.case.tax).toMatchObject({ wageWithholdingPercent: '', benefitWithholdingPercent: '' });
    expect(back.case.erp.on).toBe(false);
  });

  it('an input that does not fit the schema (a newer version, damage) gives null, never a broken form', () => {
    expect(formFromInput(null)).toBeNull();
    expect(formFromInput({ benefits: {}, scenarios: [] })).toBeNull();
    expect(formFromInput({ ...saved(fullForm()), somethingNew: 1 })).toBeNull();
  });
});

describe('the rule-set notice in plain words', () => {
  const f = formatters('fi');
  const refs = scenarioRefs([
    { id: 's1', label: '' },
    { id: 's2', label: '15 h kaupassa' },
  ]);

  it('null when the case was saved under the rules in use', () => {
    expect(ruleNotice(null, refs, fi, wfi, f)).toBeNull();
  });

  it('the same outcome: said briefly, no list', () => {
    expect(ruleNotice({ savedWith: 'a', current: 'b', outcomeChanged: false, changes: [] }, refs, fi, wfi, f)).toEqual({
      kind: 'same',
      lines: [],
    });
  });

  it('not comparable: says the rules changed, without claiming what', () => {
    expect(
      ruleNotice({ savedWith: 'a', current: 'b', outcomeChanged: null, changes: [], reason: 'notComputable' }, refs, fi, wfi, f),
    ).toEqual({ kind: 'unknown', lines: [] });
  });

  it('a changed outcome: each change with the app’s own status and benefit names and figures in the language’s format', () => {
    const notice = ruleNotice(
      {
        savedWith: '2025.1+aaa',
        current: '2026.1+bbb',
        outcomeChanged: true,
        changes: [
          { scenarioId: 's2', benefit: 'earningsRelatedPension', field: 'status', saved: 'continues', now: 'suspended' },
          { scenarioId: 's2', benefit: 'earningsRelatedPension', field: 'monthlyAmount', saved: '1200.00', now: '0.00' },
          { scenarioId: 's1', benefit: 'kelaPension', field: 'maxHoursPerWeek', saved: '17.3', now: null },
          { scenarioId: 's2', benefit: null, field: 'grossIncome', saved: '2058.00', now: '858.00' },
          { scenarioId: 's2', benefit: 'disabilityAllowance', field: 'presence', saved: null, now: 'present' },
          { scenarioId: 's1', benefit: 'guaranteePension', field: 'presence', saved: 'present', now: null },
        ],
      },
      refs,
      fi,
      wfi,
      f,
    )!;
    expect(notice.kind).toBe('changed');
    const lines = notice.lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));
    expect(lines).toEqual([
      '15 h kaupassa, Työeläke: ennen ”Jatkuu ennallaan”, nyt ”Lepää”.',
      '15 h kaupassa, Työeläke kuukaudessa: ennen 1 200,00 €, nyt 0,00 €.',
      'Vaihtoehto 1, Kansaneläke: tunteja viikossa rajan sisällä enintään: ennen 17,3 h, nyt ei rajaa.',
      '15 h kaupassa, tulot yhteensä ennen veroja: ennen 2 058,00 €, nyt 858,00 €.',
      `15 h kaupassa: ${fi.benefits.disabilityAllowance} on nyt mukana laskelmassa.`,
      `Vaihtoehto 1: ${fi.benefits.guaranteePension} ei ole enää mukana laskelmassa.`,
    ]);
  });

  it('in English, with English figures', () => {
    const notice = ruleNotice(
      {
        savedWith: 'a',
        current: 'b',
        outcomeChanged: true,
        changes: [{ scenarioId: 's9', benefit: 'earningsRelatedPension', field: 'status', saved: 'continues', now: 'mayBecomePartial' }],
      },
      refs,
      en,
      wen,
      formatters('en'),
    )!;
    expect(notice.lines).toEqual([
      `s9, ${en.benefits.earningsRelatedPension}: before “${en.status.continues.label}”, now “${en.status.mayBecomePartial.label}”.`,
    ]);
  });
});
