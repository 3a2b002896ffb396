import { describe, expect, it } from 'vitest';
import { containsIdentityCode, invisibleLabelReason } from '../../functions/api/cases/identity-code.ts';

/**
 * A personal identity code written as people write it by accident (the audit’s H1): other dashes, spaces,
 * no separator, lowercase, and every century sign, the ones added in 2023 included.
 */
describe('a personal identity code in a label is found however it is written', () => {
  it.each([
    ['the hyphen', '010190-123A'],
    ['an en dash (autocorrect)', '010190–123A'],
    ['an em dash', '010190—123A'],
    ['a Unicode hyphen (U+2010)', '010190‐123A'],
    ['a non-breaking hyphen (U+2011)', '010190‑123A'],
    ['a figure dash (U+2012)', '010190‒123A'],
    ['a minus sign (U+2212)', '010190−123A'],
    ['a fullwidth hyphen-minus', '010190－123A'],
    ['a space instead of the sign', '010190 123A'],
    ['spaces around the sign', '010190 - 123A'],
    ['a non-breaking space around the sign', '010190\u00a0-\u00a0123A'],
    ['no separator at all', '010190123A'],
    ['lowercase', '010190a123b'],
    ['a zero-width space inside', '010190\u200b-123A'],
    ['the 1800s sign +', '010190+123A'],
    ['in the middle of a sentence', 'Asiakas 010190–123A, kevät'],
  ])('%s: %s', (_name, label) => {
    expect(containsIdentityCode(label)).toBe(true);
  });

  it.each(['Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F', 'y', 'f'])('the century sign %s', (sign) => {
    expect(containsIdentityCode(`131052${sign}308T`)).toBe(true);
  });

  it.each([
    ['a letter that is no century sign', '131052G308T'],
    ['month 13', '131352-308T'],
    ['day 32', '321052-308T'],
    ['one digit short', '131052-30T'],
    ['part of a longer number', '1310521308T'],
    ['a phone number', 'puh. 040 123 4567'],
    ['a date', '2026-03-01'],
    ['an ordinary label', 'A. / 15 h vs 10 h'],
  ])('not an identity code: %s (%s)', (_name, label) => {
    expect(containsIdentityCode(label)).toBe(false);
  });
});

describe('a label must show what it holds (the audit’s H4)', () => {
  it.each([
    ['a zero-width space only', '\u200b', 'invisible'],
    ['zero-width joiners and a word joiner', '\u200d\u2060\u200c', 'invisible'],
    ['a soft hyphen and spaces', ' \u00ad ', 'invisible'],
    ['a right-to-left override', '\u202eA etsaiskA', 'bidiControl'],
    ['a left-to-right isolate', '\u2066Asiakas\u2069', 'bidiControl'],
  ])('%s is refused as %s', (_name, label, reason) => {
    expect(invisibleLabelReason(label)).toBe(reason);
  });

  it.each(['Asiakas A', 'مريض أ', 'A. 👩‍💻', 'Ä'])('a visible label is fine: %s', (label) => {
    expect(invisibleLabelReason(label)).toBeNull();
  });
});
