import { describe, expect, it } from 'vitest';
import { MAX_SCENARIOS } from '../../functions/core/request.ts';
import { en } from '../../web/src/i18n/en.ts';
import { addScenario, copyScenario, formatTyped, reformat, removeScenario } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { enF, fiF, norm, pensionForm } from './form-fixture.ts';

describe('options: add, copy, remove', () => {
  it('adds after the last with the same wage and more hours, up to six', () => {
    let list = pensionForm().scenarios;
    list = addScenario(list);
    expect(list.at(-1)).toMatchObject({ id: 's3', mode: 'hours', hoursPerWeek: '15', hourlyWage: '13,20' });
    while (list.length < MAX_SCENARIOS) list = addScenario(list);
    expect(addScenario(list)).toHaveLength(MAX_SCENARIOS);
    expect(new Set(list.map((s) => s.id)).size).toBe(MAX_SCENARIOS);
  });

  it('a copy comes right after its original, with a new id and "(copy)" in its name', () => {
    const list = copyScenario(pensionForm().scenarios, 's2', (name) => en.scenarios.copyOf({ name }));
    expect(list.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(list[2]).toMatchObject({ label: 'Kahvila (copy)', hoursPerWeek: '10', hourlyWage: '13,20' });
    expect(copyScenario(pensionForm().scenarios, 's1', (n) => n)[1]!.label).toBe('');
  });

  it('removes any option but never the last one', () => {
    const list = removeScenario(pensionForm().scenarios, 's1');
    expect(list.map((s) => s.id)).toEqual(['s2']);
    expect(removeScenario(list, 's2')).toHaveLength(1);
  });
});

describe('figures are shown back in the locale’s format', () => {
  it('on leaving a field', () => {
    expect(norm(formatTyped('1234,5', 'money', fiF))).toBe('1 234,50');
    expect(formatTyped('13.2', 'money', enF)).toBe('13.20');
    expect(formatTyped('7.5', 'hours', fiF)).toBe('7,5');
    expect(formatTyped('abc', 'money', fiF)).toBe('abc');
    // Never rounded silently: too many decimals stay as typed, and the field says why.
    expect(formatTyped('13,505', 'money', fiF)).toBe('13,505');
    expect(formatTyped('7,125', 'hours', fiF)).toBe('7,125');
    expect(formatTyped('13,50', 'money', fiF)).toBe('13,50');
  });

  it('after a language switch every figure is rewritten, and the request stays the same', () => {
    const form = pensionForm();
    const english = reformat(form, enF);
    expect(english.case.erp.monthlyAmount).toBe('1,200.00');
    expect(english.scenarios[1]!.hourlyWage).toBe('13.20');
    expect(toRequest(english)).toEqual(toRequest(form));
  });
});
