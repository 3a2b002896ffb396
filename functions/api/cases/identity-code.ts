/**
 * Saved cases are pseudonymous: a label such as "A. / kevät" is fine, a Finnish personal identity code
 * (henkilötunnus) is not. This finds text that looks like one: DDMMYY, a century sign (- + A–F, or
 * U–Y for 1900s codes given since 2023), three digits and a check character. The check character is not
 * verified: a mistyped code is personal data all the same. Letters in either case.
 */
const PATTERN = /(?<![0-9A-Za-z])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d\d)[-+A-FU-Y](\d{3})[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])/i;

export function containsIdentityCode(text: string): boolean {
  return PATTERN.test(text);
}
