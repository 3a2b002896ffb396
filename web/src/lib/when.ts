import type { Lang } from '#contracts/languages.ts';
import { LOCALES } from './numbers.ts';

/**
 * Moments from the API (ISO 8601 in UTC, "2026-03-01T10:00:00.000Z") shown as Finnish time: the date a
 * case or a link is kept until, and when a case was last changed.
 */

const TIME_ZONE = 'Europe/Helsinki';

const cache = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let f = cache.get(key);
  if (!f) {
    const date: Intl.DateTimeFormatOptions =
      lang === 'fi' ? { day: 'numeric', month: 'numeric', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      ...date,
      ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
      timeZone: TIME_ZONE,
    });
    cache.set(key, f);
  }
  return f;
}

/** "31.3.2026" (fi), "31 March 2026" (en); the text as it is when it is not a moment. */
export function dateOf(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : format(lang, false).format(d);
}

/** "31.3.2026 klo 14.05" (fi), "31 March 2026 at 14:05" (en). */
export function dateTimeOf(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : format(lang, true).format(d);
}
