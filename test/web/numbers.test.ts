import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxHoursWithin as engineMaxHours } from '../../functions/core/earnings.ts';
import { D } from '../../functions/core/money.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fi } from '../../web/src/i18n/fi.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { formatters, isDecimal, LOCALES, toDecimal } from '../../web/src/lib/numbers.ts';
import { maxHoursWithin } from '../../web/src/lib/results.ts';

const NBSP = '\u00a0';
const CATALOGS = { fi, sv, en };
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

describe('what people type becomes a decimal string', () => {
  it.each([
    ['13,20', '13.20'],
    ['13.20', '13.20'],
    [' 13,2 ', '13.2'],
    ['1 234,50', '1234.50'],
    [`1${NBSP}234,50`, '1234.50'],
    ['1\u202f234,50', '1234.50'],
    ['1.234,50', '1234.50'],
    ['1,234.50', '1234.50'],
    ['990,90 €', '990.90'],
    ['€990.90', '990.90'],
    ['12,', '12'],
    ['010', '10'],
    ['0,5', '0.5'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (typed, expected) => {
    expect(toDecimal(typed)).toBe(expected);
  });

  it.each(['abc', '12,3,4', '1.2.3', '-5', '12.34,5', '1e3', '12 h'])('%j is left for the schema to reject', (typed) => {
    expect(isDecimal(toDecimal(typed))).toBe(false);
  });

  it('an English "1,234" becomes 1.234, which has too many decimals for money: an error, never a silent 1 234', () => {
    expect(toDecimal('1,234')).toBe('1.234');
  });
});

describe('numbers and money in the locale’s format', () => {
  it.each([
    ['fi', '990.90', '990,90 €'],
    ['sv', '990.90', '990,90 €'],
    ['en', '990.90', '€990.90'],
    ['fi', '1234.5', '1 234,50 €'],
    ['en', '1234.5', '€1,234.50'],
  ] as const)('%s: money %s → %s', (lang, value, expected) => {
    expect(norm(formatters(lang).money(value))).toBe(expected);
  });

  it('hours with one decimal (two when the figure has them)', () => {
    expect(formatters('fi').hours('14.5')).toBe('14,5');
    expect(formatters('fi').hours('15')).toBe('15,0');
    expect(formatters('en').hours('22.95')).toBe('22.95');
  });

  it('changes carry a sign; percentages a space in Finnish and Swedish', () => {
    expect(norm(formatters('fi').moneyChange('572'))).toBe('+572,00 €');
    expect(norm(formatters('fi').moneyChange('-5'))).toBe('-5,00 €');
    expect(norm(formatters('fi').percent('40'))).toBe('40 %');
    expect(formatters('en').percent('1.5')).toBe('1.5%');
  });

  it('dates and months', () => {
    expect(formatters('fi').date('2026-12-31')).toBe('31.12.2026');
    expect(formatters('en').date('2026-12-31')).toBe('31 December 2026');
    expect(formatters('fi').month('2026-03-01')).toBe('maaliskuu 2026');
  });

  it('shows the first paint’s figures and month names as Intl does, without making an Intl formatter', () => {
    const figures = ['0', '0.5', '0.05', '0.50', '7', '7.5', '10', '13.2', '13.20', '99.99', '100', '999.99', '999', '1000', '1234.5'];
    for (const i of [0, 1, 9, 10, 99, 100, 101, 999, 1000, 1001, 1999, 1320, 5050, 99_999])
      figures.push(String(i / 100), (i / 100).toFixed(2));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const f = formatters(lang);
      const money = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const hours = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2, useGrouping: false });
      for (const figure of figures) {
        expect(f.moneyInput(figure)).toBe(money.format(Number(figure)));
        expect(f.hoursInput(figure)).toBe(hours.format(Number(figure)));
      }
      const months = new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', timeZone: 'UTC' });
      const names = Array.from({ length: 12 }, (_, i) => months.format(new Date(Date.UTC(2024, i, 1))));
      expect(CATALOGS[lang].situation.monthNames).toEqual(names);
    }
    expect(formatters('fi').moneyInput('1234.5')).toBe(`1${NBSP}234,50`);
  });

  it('never shows NaN: text that is not a number is shown as it is', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const f = formatters(lang);
      for (const show of [f.money, f.hours, f.percent, f.count, f.moneyChange]) {
        expect(show('not a number')).not.toMatch(/NaN/);
      }
      expect(f.date('nonsense')).toBe('nonsense');
    }
  });

  it('money typed into a field is shown back grouped, without the currency sign', () => {
    expect(norm(formatters('fi').moneyInput('1234.5'))).toBe('1 234,50');
    expect(formatters('en').moneyInput('13.2')).toBe('13.20');
    expect(formatters('fi').hoursInput('7.5')).toBe('7,5');
  });
});

describe('max hours within a limit, as the engine counts them', () => {
  it('a few known answers', () => {
    expect(maxHoursWithin('990.90', '13.20')).toBe(17.3);
    expect(maxHoursWithin('990.90', '0.01')).toBe(80);
    expect(maxHoursWithin('0.00', '13.20')).toBe(0);
  });

  it('agrees with the engine’s own search for any limit and wage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 1, max: 50_000 }), (limitCents, wageCents) => {
        const limit = (limitCents / 100).toFixed(2);
        const wage = (wageCents / 100).toFixed(2);
        const engine = engineMaxHours(new D(limit), new D(wage), new D(80)).toNumber();
        expect(maxHoursWithin(limit, wage)).toBe(engine);
      }),
      { numRuns: 400 },
    );
  });
});
