/**
 * Saved cases are pseudonymous: a label such as "A. / kevät" is fine, a Finnish personal identity code
 * (henkilötunnus) is not. This finds text that looks like one: DDMMYY, a century sign (+ for the 1800s; - and,
 * since 2023, Y X W V U for the 1900s; A and, since 2023, B C D E F for the 2000s), three digits and a check
 * character. Written as people write it by accident too: any dash (an en dash from autocorrect, a minus sign),
 * spaces around the sign, a space instead of it or no sign at all, lowercase, zero-width characters in between.
 * The check character is not verified: a mistyped code is personal data all the same.
 */
const CENTURY_SIGN = '[-+A-FU-Y]';
const PATTERN = new RegExp(
  `(?<![0-9A-Za-z])(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])(\\d\\d)\\s*(?:${CENTURY_SIGN}\\s*)?(\\d{3})[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])`,
  'i',
);

/** Dashes and minus signs that look like "-": hyphen, non-breaking hyphen, figure dash, en and em dash, bar, minus, small and fullwidth hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Invisible format characters (Unicode Cf: zero-width spaces and joiners, bidi controls, soft hyphen). */
const FORMAT = /\p{Cf}/gu;

/** The text as the identity-code check reads it: format characters removed, every dash a "-", every space a space. */
function normalised(text: string): string {
  return text.replace(FORMAT, '').replace(DASHES, '-').replace(/\s+/g, ' ');
}

export function containsIdentityCode(text: string): boolean {
  return PATTERN.test(normalised(text));
}

/** Bidi embedding, override and isolate controls: they make a label read differently from what it holds. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Why a label cannot be shown as typed: it holds bidi controls, or nothing visible at all. */
export function invisibleLabelReason(text: string): 'bidiControl' | 'invisible' | null {
  if (BIDI_CONTROLS.test(text)) return 'bidiControl';
  return text.replace(FORMAT, '').trim() === '' ? 'invisible' : null;
}
