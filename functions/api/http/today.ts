const HELSINKI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Finland (YYYY-MM-DD): the date a calculation uses when the request names none. */
export function todayInHelsinki(now: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => HELSINKI.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
