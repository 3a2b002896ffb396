import { workOf } from '../calculate.ts';
import { MONTHS_PER_YEAR, type Work } from '../earnings.ts';
import { type Dec, dec, money, ZERO } from '../money.ts';
import { info } from '../outcome.ts';
import type { Explanation } from '../result.ts';
import { addMonths, type TimelineRequest } from '../timeline-request.ts';

/** One month of the plan: its work and pay, and the earnings the pensions' limits count. */
export interface PlannedMonth {
  /** YYYY-MM */
  month: string;
  /** The first day of the month: the rules in force on it apply. */
  date: string;
  year: number;
  /** The regular work: what the pensions' limits test, and what the sickness allowance sees (the days worked). */
  work: Work;
  /** The regular pay plus a twelfth of the calendar year's holiday bonuses: the year's work income as the providers spread it. */
  counted: Dec;
  holidayBonus: Dec;
  annualBonus: Dec;
  /** Regular pay and bonuses: the month's wages for gross income and tax. */
  pay: Dec;
  explanations: Explanation[];
}

/**
 * The months of the plan. For the pensions' earnings limits a holiday bonus is spread over its calendar year and
 * a once-a-year bonus is left out (Keva, "Muistutus ansaintarajoista": "lomaraha jaksotetaan koko vuoden
 * työtuloksi", "Kerran vuodessa maksettava tulospalkkio … ei vaikuta eläkkeen maksamiseen"; Kela applies the same
 * law 738/2009). So the limits test the regular pay: the month a bonus is paid is not over a limit because of it,
 * and "eläkettä ei pääsääntöisesti jätetä lepäämään, jos ansiot ylittyvät ainoastaan lomarahan takia" (Keva).
 * The counted earnings add a twelfth of the year's holiday bonuses to every month of that year in the plan, the
 * months before the payment too, and a month where only that share takes them over a limit gets a warning.
 */
export function planMonths(request: Pick<TimelineRequest, 'start' | 'months'>): PlannedMonth[] {
  const months = request.months.map((entry, i) => {
    const month = addMonths(request.start, i);
    return { entry, month, year: Number(month.slice(0, 4)) };
  });
  const holidayByYear = new Map<number, Dec>();
  for (const { entry, year } of months) {
    if (entry.holidayBonus !== undefined) holidayByYear.set(year, (holidayByYear.get(year) ?? ZERO).plus(dec(entry.holidayBonus)));
  }
  return months.map(({ entry, month, year }) => {
    const { work, explanation } = workOf(entry);
    const holidayBonus = dec(entry.holidayBonus ?? '0');
    const annualBonus = dec(entry.annualBonus ?? '0');
    const share = (holidayByYear.get(year) ?? ZERO).div(MONTHS_PER_YEAR);
    const explanations = [explanation];
    if (holidayBonus.gt(0))
      explanations.push(info('holidayBonusSpread', { holidayBonus: money(holidayBonus), year: String(year), monthlyShare: money(share) }));
    if (annualBonus.gt(0)) explanations.push(info('annualBonusNotCounted', { annualBonus: money(annualBonus) }));
    return {
      month,
      date: `${month}-01`,
      year,
      work,
      counted: work.monthlyEarnings.plus(share),
      holidayBonus,
      annualBonus,
      pay: work.monthlyEarnings.plus(holidayBonus).plus(annualBonus),
      explanations,
    };
  });
}
