import type { Parameter, RuleValue } from '#core/ruleset.ts';
import { RULES_MESSAGES } from '../i18n/rules/index.ts';
import type { RulesMessages } from '../i18n/rules/types.ts';
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

/**
 * A legal reference's title in the reader's language where the statute has a name in it ("Sairausvakuutuslaki
 * 1224/2004 8 luku 11 §" → "Health Insurance Act 1224/2004 chapter 8 section 11"); any other title as it is.
 */
export function referenceTitle(title: string, r: RulesMessages): string {
  const statute = r.statutes.find(([fi]) => title.startsWith(`${fi} `));
  if (!statute) return title;
  let out = `${statute[1]}${title.slice(statute[0].length)}`;
  for (const [fi, other] of r.statuteWords) out = out.split(fi).join(other);
  return out;
}

function holiday(code: string, r: RulesMessages, f: Formatters): string {
  const day = (mmdd: string) => {
    const [mm, dd] = mmdd.split('-').map(Number);
    if (!mm || !dd) return mmdd;
    return new Intl.DateTimeFormat(f.locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, mm - 1, dd)),
    );
  };
  if (/^\d{2}-\d{2}$/.test(code)) return day(code);
  const easter = /^easter([+-]\d+)?$/.exec(code);
  if (easter) return r.easter({ days: Number(easter[1] ?? 0) });
  const weekday = /^(mon|tue|wed|thu|fri|sat|sun)>=(\d{2}-\d{2})$/.exec(code);
  if (weekday) {
    const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekday[1] ?? '');
    return r.weekdayOnOrAfter({ weekday: r.weekdayNames[index] ?? '', date: day(weekday[2] ?? '') });
  }
  return code;
}

/** A rule value in words and the locale's format, by its unit. */
export function formatRuleValue(value: RuleValue, unit: Unit, m: Messages, f: Formatters): string {
  const r = RULES_MESSAGES[f.lang];
  if (Array.isArray(value)) {
    if (unit === 'brackets') {
      return (value as { over: string; percent: string }[])
        .map((b) => r.bracket({ over: f.money(b.over), percent: f.percent(b.percent) }))
        .join('; ');
    }
    if (unit === 'isoWeekdays') return (value as string[]).map((d) => r.weekdayNames[Number(d) - 1] ?? d).join(', ');
    if (unit === 'holidays') return (value as string[]).map((h) => holiday(h, r, f)).join(', ');
    return (value as string[]).join(', ');
  }
  // A table of rates by municipality: the rules page shows how many; the tax explanation shows the rates used.
  if (typeof value !== 'string') return f.count(String(Object.keys(value).length));
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

/** The latest date after `validFrom` on which some value took effect, on or before `asOf`: the engine's own helper. */
export { latestFrom as latestChange } from '#core/dated.ts';

/**
 * The date whose rules the rules page shows first: the first day of the calculator's month (the date the
 * calculation uses), or null for today's rules when that month is the current one (or not a month at all).
 */
export function calculationDate(month: string | null | undefined, thisMonth: string): string | null {
  if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || month === thisMonth) return null;
  return `${month}-01`;
}
