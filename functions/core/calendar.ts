/**
 * Kela's weekdays (arkipäivät): the days a daily allowance is paid for. Which weekdays count and which
 * holidays are excluded come from the rule set (sickness-allowance.yaml); this module only does dates.
 * All dates are plain YYYY-MM-DD strings handled in UTC, so no time zone can move a day.
 */

import { easterSunday } from './easter.ts';
import { bounded } from './memo.ts';

const DAY_MS = 86_400_000;
const WEEKDAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/**
 * The date of one holiday rule in `year`: `MM-DD`, `easter+N` / `easter-N`, or `fri>=06-19`
 * (the first Friday on or after 19 June, i.e. Midsummer Eve).
 */
function holidayDate(rule: string, year: number): string {
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return iso(utc(year, Number(fixed[1]), Number(fixed[2])));
  const easter = /^easter([+-]\d{1,2})$/.exec(rule);
  if (easter) return iso(new Date(easterSunday(year).getTime() + Number(easter[1]) * DAY_MS));
  const onOrAfter = /^(mon|tue|wed|thu|fri|sat|sun)>=(\d{2})-(\d{2})$/.exec(rule);
  if (onOrAfter) {
    const wanted = WEEKDAY_CODES.indexOf(onOrAfter[1] as (typeof WEEKDAY_CODES)[number]) + 1;
    const start = utc(year, Number(onOrAfter[2]), Number(onOrAfter[3]));
    const shift = (wanted - isoWeekday(start) + 7) % 7;
    return iso(new Date(start.getTime() + shift * DAY_MS));
  }
  throw new Error(`Unknown holiday rule "${rule}"`);
}

export interface MonthDay {
  date: string;
  isoWeekday: number;
  /** A Kela weekday: one of the counted weekdays and not an excluded holiday. */
  kelaWeekday: boolean;
}

/** Every day of the month that contains `date`, marked as a Kela weekday or not. */
export function monthDays(date: string, weekdays: readonly string[], holidayRules: readonly string[]): readonly MonthDay[] {
  // Pure, and asked for the same month by every calculation of that month: remember recent answers.
  const key = `${date.slice(0, 7)}|${weekdays.join(',')}|${holidayRules.join(',')}`;
  return months(key, () => computeMonthDays(date, weekdays, holidayRules));
}

const months = bounded<readonly MonthDay[]>(64);

function computeMonthDays(date: string, weekdays: readonly string[], holidayRules: readonly string[]): readonly MonthDay[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const holidays = new Set(holidayRules.map((rule) => holidayDate(rule, year)));
  const counted = new Set(weekdays.map(Number));
  const days: MonthDay[] = [];
  for (let d = utc(year, month, 1); d.getUTCMonth() === month - 1; d = new Date(d.getTime() + DAY_MS)) {
    const day = iso(d);
    const weekday = isoWeekday(d);
    days.push({ date: day, isoWeekday: weekday, kelaWeekday: counted.has(weekday) && !holidays.has(day) });
  }
  return days;
}

/** Kela weekdays in the month, and how many of them fall on the first `workDays` weekdays of each week. */
export function countKelaWeekdays(days: readonly MonthDay[], workDaysPerWeek: number): { weekdays: number; worked: number } {
  let weekdays = 0;
  let worked = 0;
  for (const day of days) {
    if (!day.kelaWeekday) continue;
    weekdays += 1;
    if (day.isoWeekday <= workDaysPerWeek) worked += 1;
  }
  return { weekdays, worked };
}
