import { describe, expect, it } from 'vitest';
import type { FormState } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { encodeState, hashFor, stateInHash } from '../../web/src/lib/share.ts';
import { decodeState } from '../../web/src/lib/share-decode.ts';
import { fullForm as filledForm } from './full-form.ts';
import { BEFORE_ISSUE_15, LINKS_BEFORE_ISSUE_14 } from './old-links.ts';

function fullForm(): FormState {
  const form = filledForm();
  form.chartWage = '15';
  return form;
}

describe('the whole input in the URL fragment', () => {
  it('round-trips every field, the language and non-ASCII names, as the same request', () => {
    const form = fullForm();
    const encoded = encodeState(form, 'sv');
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodeState(encoded);
    expect(decoded?.lang).toBe('sv');
    expect(toRequest(decoded!.form)).toEqual(toRequest(form));
    expect(decoded!.form.scenarios[1]!.label).toBe('Kävelykatu – 2 pv/vk');
    expect(decoded!.form.chartWage).toBe('15');
  });

  it('stores figures in the engine’s form, so a link made in Finnish opens the same in English', () => {
    const decoded = decodeState(encodeState(fullForm(), 'fi'))!;
    expect(decoded.form.case.erp.monthlyAmount).toBe('1200.00');
    expect(decoded.form.scenarios[1]!.hoursPerWeek).toBe('7.5');
  });

  it('keeps text that is not a number as typed (the error shows again when the link is opened)', () => {
    const form = fullForm();
    form.scenarios[1]!.hourlyWage = 'abc';
    expect(decodeState(encodeState(form, 'fi'))!.form.scenarios[1]!.hourlyWage).toBe('abc');
  });

  it('round-trips issue 11’s fields too (added as optional keys)', () => {
    const form = fullForm();
    const decoded = decodeState(encodeState(form, 'fi'))!;
    expect(decoded.form.case.sickness).toMatchObject({
      entrepreneurIncome: '6000',
      entitlementStartDate: '2025-11-03',
      fullTimeInSector: true,
    });
    expect(decoded.form.case.kela.exemptFromEarningsTest).toBe(true);
    expect(toRequest(decoded.form)).toEqual(toRequest(form));
  });

  it.each(Object.entries(LINKS_BEFORE_ISSUE_14))(
    'a link made before issue 14 and 11’s fields still opens the same calculation: %s',
    (_name, link) => {
      const decoded = decodeState(link.encoded);
      expect(decoded?.lang).toBe(link.lang);
      expect(toRequest(decoded!.form)).toEqual(link.request);
      expect(decoded!.form.chartWage).toBe(link.chartWage);
    },
  );

  it('a link made before issue 15’s tax fields still opens the same calculation, without a municipality or birth year', () => {
    const decoded = decodeState(BEFORE_ISSUE_15.link.encoded);
    expect(decoded?.lang).toBe('fi');
    expect(toRequest(decoded!.form)).toEqual(BEFORE_ISSUE_15.request);
    expect(decoded!.form.case.tax).toMatchObject({ municipality: '', churchMember: false });
    expect(decoded!.form.case.birthYear).toBe('');
  });

  it('carries the municipality, the church and the birth year (issue 15)', () => {
    const form = fullForm();
    form.case.tax = { ...form.case.tax, municipality: 'Pedersören kunta', churchMember: true, church: 'orthodox' };
    form.case.birthYear = '1968';
    const decoded = decodeState(encodeState(form, 'sv'))!;
    expect(toRequest(decoded.form)).toEqual(toRequest(form));
    expect(toRequest(decoded.form).tax).toEqual({
      wageWithholdingPercent: '18',
      municipality: 'Pedersören kunta',
      churchMember: true,
      church: 'orthodox',
    });
    expect(toRequest(decoded.form).person).toEqual({ birthYear: 1968 });
  });

  it('a choice not made stays unmade (no key in the link); links of before it carry theirs and open as they did (audit B2)', () => {
    const form = fullForm();
    form.case.erp = { ...form.case.erp, fixedTerm: null, type: null };
    form.case.kela = { ...form.case.kela, fixedTerm: null };
    const json = JSON.parse(atob(encodeState(form, 'fi').replace(/-/g, '+').replace(/_/g, '/')));
    expect([json.e.f, json.e.t, json.k.f]).toEqual([undefined, undefined, undefined]);
    const decoded = decodeState(encodeState(form, 'fi'))!.form.case;
    expect([decoded.erp.fixedTerm, decoded.erp.type, decoded.kela.fixedTerm]).toEqual([null, null, null]);
    // Every link made before carries both choices, and opens with them, whatever they were.
    for (const { encoded, request } of Object.values(LINKS_BEFORE_ISSUE_14)) {
      const old = decodeState(encoded)!.form.case;
      expect(old.erp.fixedTerm).toBe(request.benefits.earningsRelatedPension?.fixedTerm ?? null);
      expect(old.erp.type).toBe(request.benefits.earningsRelatedPension?.type ?? null);
      expect(old.kela.fixedTerm).toBe(request.benefits.kelaPension?.fixedTerm ?? null);
    }
    const chosen = decodeState(encodeState(fullForm(), 'fi'))!.form.case;
    expect([chosen.erp.fixedTerm, chosen.erp.type, chosen.kela.fixedTerm]).toEqual([false, 'partial', true]);
  });

  it('reads the state from a location hash', () => {
    expect(stateInHash(hashFor('abc'))).toBe('abc');
    expect(stateInHash('#main')).toBeNull();
    expect(stateInHash('')).toBeNull();
  });

  it.each([
    ['not base64 at all', '!!!'],
    ['base64 of plain text', Buffer.from('hello').toString('base64url')],
    ['valid JSON of the wrong shape', Buffer.from(JSON.stringify({ v: 1, l: 'fi' })).toString('base64url')],
    [
      'an unknown version',
      Buffer.from(JSON.stringify({ v: 2, l: 'fi', m: '2026-01', s: [['', 'h', '1', '1', '', '']] })).toString('base64url'),
    ],
    [
      'an unknown language',
      Buffer.from(JSON.stringify({ v: 1, l: 'de', m: '2026-01', s: [['', 'h', '1', '1', '', '']] })).toString('base64url'),
    ],
    [
      'seven options',
      Buffer.from(JSON.stringify({ v: 1, l: 'fi', m: '2026-01', s: Array(7).fill(['', 'h', '1', '1', '', '']) })).toString('base64url'),
    ],
    ['a month 13', Buffer.from(JSON.stringify({ v: 1, l: 'fi', m: '2026-13', s: [['', 'h', '1', '1', '', '']] })).toString('base64url')],
    ['an enormous fragment', 'A'.repeat(20_000)],
    ['broken UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url')],
  ])('a damaged link is ignored, never a crash: %s', (_what, encoded) => {
    expect(decodeState(encoded)).toBeNull();
  });
});
