import type { DatedValue, Parameter, RuleValue } from '#core/ruleset.ts';
import type { Messages } from '../i18n/types.ts';
import type { Formatters } from './numbers.ts';

/** Showing rule values and their sources: shared by the "why" section and the rules page. */

type Unit = Parameter['unit'];

/** Only web links are made clickable. */
export function safeHref(url: string | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

/** "https://www.kela.fi/takuuelake" → "kela.fi": a link text that says where it goes. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function holiday(code: string, m: Messages, f: Formatters): string {
  const day = (mmdd: string) => {
    const [mm, dd] = mmdd.split('-').map(Number);
    if (!mm || !dd) return mmdd;
    return new Intl.DateTimeFormat(f.locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, mm - 1, dd)));
  };
  if (/^\d{2}-\d{2}$/.test(code)) return day(code);
  const easter = /^easter([+-]\d+)?$/.exec(code);
  if (easter) return m.rules.easter({ days: Number(easter[1] ?? 0) });
  const weekday = /^(mon|tue|wed|thu|fri|sat|sun)>=(\d{2}-\d{2})$/.exec(code);
  if (weekday) {
    const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekday[1] ?? '');
    return m.rules.weekdayOnOrAfter({ weekday: m.rules.weekdayNames[index] ?? '', date: day(weekday[2] ?? '') });
  }
  return code;
}

/** A rule value in words and the locale's format, by its unit. */
export function formatRuleValue(value: RuleValue, unit: Unit, m: Messages, f: Formatters): string {
  if (Array.isArray(value)) {
    if (unit === 'brackets') {
      return (value as { over: string; percent: string }[]).map((b) => m.rules.bracket({ over: f.money(b.over), percent: f.percent(b.percent) })).join('; ');
    }
    if (unit === 'isoWeekdays') return (value as string[]).map((d) => m.rules.weekdayNames[Number(d) - 1] ?? d).join(', ');
    if (unit === 'holidays') return (value as string[]).map((h) => holiday(h, m, f)).join(', ');
    return (value as string[]).join(', ');
  }
  switch (unit) {
    case 'EUR':
      return f.money(value);
    case 'percent':
      return f.percent(value);
    case 'months':
      return m.units.months({ n: f.count(value) });
    case 'days':
      return m.units.days({ n: f.count(value) });
    case 'hours':
      return m.units.hours({ n: f.hours(value) });
    default:
      return f.count(value);
  }
}

/** The latest date after `validFrom` on which some value took effect, on or before `asOf`. */
export function latestChange(history: readonly Pick<DatedValue, 'from'>[][], validFrom: string, asOf: string): string | null {
  let latest: string | null = null;
  for (const values of history) {
    for (const { from } of values) {
      if (from > validFrom && from <= asOf && (latest === null || from > latest)) latest = from;
    }
  }
  return latest;
}
