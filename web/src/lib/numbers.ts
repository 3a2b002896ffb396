import type { Lang } from '#contracts/languages.ts';

/**
 * Numbers as people type them and as the app shows them.
 *
 * The engine and the API speak decimal strings ("1234.50"); people type "1 234,50", "1234.5" or
 * "13,20 €". `toDecimal` turns what was typed into the engine's form (or leaves it as it is, so that the
 * shared schema can say what is wrong with it); the formatters show decimal strings in the locale's way.
 */

/** The locale used for numbers, money and dates in each language (English with the euro: en-GB). */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const CANONICAL = /^\d+(\.\d+)?$/;

/**
 * "1 234,50" → "1234.50", "13.2" → "13.2", "" → "". Both a comma and a point are accepted as the
 * decimal mark; when both occur, the last one is the decimal mark and the others group thousands.
 * Anything else is returned trimmed, unchanged, for the schema to reject with a clear message.
 */
export function toDecimal(typed: string): string {
  const text = typed.replace(SPACES, '').replace(/€$/, '').replace(/^€/, '');
  if (text === '') return '';
  const lastComma = text.lastIndexOf(',');
  const lastPoint = text.lastIndexOf('.');
  let result = text;
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimalAt = Math.max(lastComma, lastPoint);
    const grouping = lastComma > lastPoint ? '.' : ',';
    const whole = text.slice(0, decimalAt);
    // Thousands groups must be exactly three digits: "1.234,5" yes, "12.34,5" no.
    if (!new RegExp(`^\\d{1,3}(\\${grouping}\\d{3})*$`).test(whole)) return typed.trim();
    result = `${whole.split(grouping).join('')}.${text.slice(decimalAt + 1)}`;
  } else if (lastComma >= 0) {
    result = text.replace(',', '.');
  }
  // Drop a leading "+", a trailing decimal mark ("12," while typing) and leading zeros ("010"), keep "0.5".
  result = result
    .replace(/^\+/, '')
    .replace(/\.$/, '')
    .replace(/^0+(?=\d)/, '');
  return CANONICAL.test(result) ? result : typed.trim();
}

/** True when the text is a plain non-negative decimal the schema can take. */
export function isDecimal(text: string): boolean {
  return CANONICAL.test(text);
}

/** A decimal string as a JavaScript number for display only (never for arithmetic that is shown). */
function num(value: string | number): number {
  return typeof value === 'number' ? value : Number(value);
}

export interface Formatters {
  lang: Lang;
  locale: string;
  /** "990.90" → "990,90 €" (fi) / "€990.90" (en). */
  money(value: string | number): string;
  /** A change: "+12,30 €", "−5,00 €", "0,00 €". */
  moneyChange(value: string | number): string;
  /** A money input shown back to the user: "1234.5" → "1 234,50" (no currency sign). */
  moneyInput(value: string): string;
  /** Hours: one decimal at least, two when given ("14.5" → "14,5", "22.95" → "22,95"). */
  hours(value: string | number): string;
  /** An hours input shown back: "10" → "10", "7.5" → "7,5". */
  hoursInput(value: string): string;
  /** "40" → "40 %". */
  percent(value: string | number): string;
  /** A plain count: "300" → "300". */
  count(value: string | number): string;
  /** "2026-12-31" → "31.12.2026" (fi), "31 December 2026" (en). */
  date(iso: string): string;
  /** "2026-03" or "2026-03-01" → "maaliskuu 2026". */
  month(iso: string): string;
}

const cache = new Map<Lang, Formatters>();

/**
 * A typed figure under 1 000 with at most two decimals needs only the decimal mark (the starting "13,20"):
 * made without Intl, because a page's first Intl formatter costs ~17 ms (its locale data loads), ~70 ms on
 * Lighthouse's slowed phone, in the first paint (the month names are in the catalogs for the same reason).
 */
const SMALL = /^(0|[1-9]\d{0,2})(?:\.(\d{1,2}))?$/;

/** A figure under 1 000 with at most two decimals, in the language's way (`minDecimals` 2 or 0), or null. */
function small(value: string, lang: Lang, minDecimals: 0 | 2): string | null {
  const parts = SMALL.exec(value);
  if (!parts) return null;
  const decimals = minDecimals === 2 ? (parts[2] ?? '').padEnd(2, '0') : (parts[2] ?? '').replace(/0+$/, '');
  return decimals === '' ? parts[1]! : `${parts[1]}${lang === 'en' ? '.' : ','}${decimals}`;
}

function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
}

/** Locale formatters; a value that is not a number is shown as it is (never "NaN"). */
export function formatters(lang: Lang): Formatters {
  const known = cache.get(lang);
  if (known) return known;
  const locale = LOCALES[lang];
  // Each Intl formatter is made on first use: making all ten at once took a phone ~100 ms of the first paint.
  const lazy = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const number = (options: Intl.NumberFormatOptions) => lazy(() => new Intl.NumberFormat(locale, options));
  const moneyFormat = number({ style: 'currency', currency: 'EUR' });
  const changeFormat = number({ style: 'currency', currency: 'EUR', signDisplay: 'exceptZero' });
  const moneyInputFormat = number({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const hoursFormat = number({ minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const hoursInputFormat = number({ maximumFractionDigits: 2, useGrouping: false });
  const percentFormat = number({ maximumFractionDigits: 2 });
  const countFormat = number({ maximumFractionDigits: 2 });
  const dateFormat = lazy(
    () =>
      new Intl.DateTimeFormat(
        locale,
        lang === 'fi' ? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' },
      ),
  );
  const monthFormat = lazy(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

  const safe = (format: (n: number) => string) => (value: string | number) => {
    const n = num(value);
    return Number.isFinite(n) ? format(n) : String(value);
  };
  const percentWith = (text: string) => (lang === 'en' ? `${text}%` : `${text}\u00a0%`);

  const f: Formatters = {
    lang,
    locale,
    money: safe((n) => moneyFormat().format(n)),
    moneyChange: safe((n) => changeFormat().format(n)),
    moneyInput: (value) => small(value, lang, 2) ?? (isDecimal(value) ? moneyInputFormat().format(Number(value)) : value),
    hours: safe((n) => hoursFormat().format(n)),
    hoursInput: (value) => small(value, lang, 0) ?? (isDecimal(value) ? hoursInputFormat().format(Number(value)) : value),
    percent: safe((n) => percentWith(percentFormat().format(n))),
    count: safe((n) => countFormat().format(n)),
    date: (iso) => {
      const d = isoToDate(iso);
      return d ? dateFormat().format(d) : iso;
    },
    month: (iso) => {
      const d = isoToDate(iso.slice(0, 7));
      return d ? monthFormat().format(d) : iso;
    },
  };
  cache.set(lang, f);
  return f;
}
