import type { Lang } from '#contracts/languages.ts';

/**
 * The format of a calculation in a link (`#s=<base64url JSON>`), written by share.ts and read back by
 * share-decode.ts, whose schema is typed by `SharedState` below (a field it reads differently from what the
 * encoder writes does not compile). Short keys keep links short; figures are in the engine's form ("13.20").
 * Links already handed out must keep opening: add optional fields, never change or remove one.
 */

/** The fragment's key: `#s=…`. */
export const FRAGMENT_KEY = 's';

export const VERSION = 1;

type Flag = 0 | 1;

/** One option: label, way of giving pay (hours or monthly), hours, hourly wage, monthly pay, work days ('' = not given). */
export type SharedScenario = [string, 'h' | 'm', string, string, string, '' | '1' | '2' | '3' | '4' | '5' | '6'];

export interface SharedState {
  v: typeof VERSION;
  l: Lang;
  /** The month, YYYY-MM. */
  m: string;
  /**
   * The earnings-related pension: fixed term, full or partial, amount, earnings limit, stabilised earnings; (added later) the
   * decision's end date. Links made before the choices had to be made always carry f and t; a newer link leaves out a
   * choice not yet made.
   */
  e?:
    | { f?: Flag | undefined; t?: 'f' | 'p' | undefined; a: string; l?: string | undefined; s?: string | undefined; e?: string | undefined }
    | undefined;
  /** Kela's pension: fixed term, amount, guarantee pension, care allowance, exempt from the earnings test (KEL 12 § 4). */
  k?:
    | {
        /** Left out while not chosen (as `e.f`). */
        f?: Flag | undefined;
        a?: string | undefined;
        g?: string | undefined;
        c?: Flag | undefined;
        l?: 'b' | 'i' | 'h' | undefined;
        x?: Flag | undefined;
        e?: string | undefined;
      }
    | undefined;
  /**
   * Sickness allowance: daily amount or annual (wage) income, the amount, full-time hours; and (added later, so
   * optional) the entrepreneur's YEL/MYEL income, the day the sick leave began, full time in the sector.
   */
  d?:
    | {
        b: 'd' | 'a';
        a: string;
        h?: string | undefined;
        e?: string | undefined;
        s?: string | undefined;
        f?: Flag | undefined;
        /** (Added later) days of sickness allowance and of partial sickness allowance already paid, as typed. */
        u?: string | undefined;
        q?: string | undefined;
      }
    | undefined;
  /** Household: single or living with a partner. */
  h?: 's' | 'p' | undefined;
  /** Tax withholding percentages: wage, benefits. */
  t?: [string, string] | undefined;
  /**
   * Added with issue 15 (optional): the home municipality as the Tax Administration writes it, and the church of
   * a member of one (l: Evangelical Lutheran, o: Orthodox; left out for a person outside the church).
   */
  r?: { n?: string | undefined; c?: 'l' | 'o' | undefined } | undefined;
  /** Added with issue 15 (optional): the birth year. */
  b?: number | undefined;
  s: SharedScenario[];
  /** The chart's hourly wage. */
  w?: string | undefined;
  /** The plan over time (added later, so optional; old links have none). */
  p?: SharedPlan | undefined;
}

/** A step: the month it begins (offset from the start), no work / hours / monthly pay, hours or pay, wage. */
export type SharedStep = [number, 'n' | 'h' | 'm', string, string];
/** A one-off item: holiday bonus or once-a-year bonus, its month (offset), the amount. */
export type SharedOneOff = ['h' | 'a', number, string];

export interface SharedPlan {
  /** The timeline view is open. */
  o?: Flag | undefined;
  /** The first month, YYYY-MM. */
  s: string;
  /** The length in months. */
  n: number;
  t: SharedStep[];
  b?: SharedOneOff[] | undefined;
}
