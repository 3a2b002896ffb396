import type { ParameterName } from '#core/parameters.ts';
import type { ValueStatus } from '#core/ruleset.ts';

/**
 * The texts of the rules: the parameters' short names, the rules page, and rule values in words (which the
 * "why" section's sources use too). Loaded with those two parts, not with the calculator, so they are not in
 * its initial download. One typed catalog per language (fi, sv, en): a missing text is a type error, and a
 * test checks that the three have the same keys.
 */
export interface RulesMessages {
  parameters: Record<ParameterName, string>;
  heading: string;
  intro: string;
  verifiedUntil: (p: { date: string }) => string;
  latestChange: (p: { date: string }) => string;
  version: (p: { label: string; version: string }) => string;
  beyondNote: string;
  valuesCaption: (p: { name: string }) => string;
  from: string;
  value: string;
  status: string;
  source: string;
  /** The tag on the value in force today… */
  inForce: string;
  references: string;
  /** Which date the page shows: today's values, or those of the calculator's month (its first day). */
  showingToday: (p: { date: string }) => string;
  showingMonth: (p: { month: string; date: string }) => string;
  showToday: string;
  showMonth: (p: { month: string }) => string;
  /** …and on the value the calculation for the calculator's month uses. */
  inCalculation: string;
  periodLabels: Record<'day' | 'week' | 'month' | 'year' | 'none', string>;
  bracket: (p: { over: string; percent: string }) => string;
  weekdayNames: string[];
  easter: (p: { days: number }) => string;
  weekdayOnOrAfter: (p: { weekday: string; date: string }) => string;
  /** The "why" section's texts (its heading is in the main catalog, shown while the section loads). */
  why: {
    intro: string;
    scenarioSummary: (p: { name: string }) => string;
    general: string;
    rulesUsed: string;
    inForceFrom: (p: { date: string }) => string;
    source: string;
    warningLabel: string;
    /** An option's tax: its reasons, the rates used and the tax rules' sources. */
    taxHeading: string;
    /** The municipality's rates used (instead of the whole table's size). */
    municipalRates: (p: { municipality: string; municipal: string; church: string }) => string;
    /** The year's municipal rates are not yet checked against the official table. */
    ratesUnofficial: (p: { year: string }) => string;
  };
  /** A value's status in words: the rules page and the "why" section's sources. */
  valueStatus: Record<ValueStatus, string>;
  /**
   * A statute's Finnish name and its name in this language (Swedish names are official; English ones are
   * Finlex's translations): a reference title that starts with one is translated, with `statuteWords`.
   * Other titles (a Kela or a pension provider's page) stay as the page is called. Empty in Finnish.
   */
  statutes: [string, string][];
  statuteWords: [string, string][];
}
