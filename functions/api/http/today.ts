/**
 * The formatter is made on first use, not at import: loading the time zone data costs a Lambda about 15 ms
 * at cold start, and most requests name their date.
 */
let helsinki: Intl.DateTimeFormat | undefined;

/** Today's date in Finland (YYYY-MM-DD): the date a calculation uses when the request names none. */
export function todayInHelsinki(now: Date = new Date()): string {
  helsinki ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = helsinki.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
