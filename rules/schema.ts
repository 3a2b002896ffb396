import * as z from 'zod';

/**
 * The shape of a rule file (rules/*.yaml) and of rules/ruleset.yaml.
 * Messages are written for rule maintainers: they say what to write, not what the parser wanted.
 */

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const Texts = z.strictObject({ fi: nonEmpty, sv: nonEmpty, en: nonEmpty });

const IsoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar date',
  });

const DecimalString = z
  .string({ error: 'must be a number written in quotes, e.g. "990.90" (unquoted numbers become floats)' })
  .regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal number with a point, e.g. "990.90"');

const HttpUrl = z
  .string({ error: 'must be the web address (https://…) where the figure or rule is published' })
  .regex(/^https?:\/\/\S+$/, 'must be a web address starting with https://');

const Reference = z.strictObject({ title: nonEmpty, href: HttpUrl });

/**
 * What would confirm a value that is not official: the pages to open, each saying what to look for. Written on a
 * parameter (where its figure is published every year) and, when one value needs its own publication, on that
 * value. Maintainers only: `check` lists them; users never see them.
 */
const ConfirmWith = z.array(Reference, { error: 'must list the pages that would confirm the value, each { title, href }' }).min(1);

const VALUE_STATUSES = ['official', 'secondary', 'derived'] as const;

const IndexBase = z.strictObject({
  value: DecimalString,
  index: DecimalString,
  source: HttpUrl,
  note: nonEmpty,
});

/**
 * Written by `npm run rules -- new-period` where it cannot compute a figure. The schema lets it through so
 * that the commands can read and rewrite the file; the loader refuses it, so nothing is built or published
 * until a maintainer has filled it in.
 */
export const PLACEHOLDER = 'placeholder';
const ENTRY_STATUSES = [...VALUE_STATUSES, PLACEHOLDER] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

const SOURCE_MESSAGE = 'must be the web address (https://…) where the figure or rule is published';

const DatedValue = z
  .strictObject({
    value: z.unknown(),
    status: z.enum(ENTRY_STATUSES, { error: 'must be one of official, secondary, derived' }),
    source: HttpUrl.optional(),
    note: nonEmpty.optional(),
    /**
     * For maintainers only (not compiled): the publication that would confirm this value in particular (the year's
     * decree, the decision of the year), when it is not official; listed by `check` before the parameter's own.
     */
    confirmWith: ConfirmWith.optional(),
    /** For maintainers only (not compiled): where a transcribed value was copied from; never shown as its source. */
    provenance: nonEmpty.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.status !== PLACEHOLDER && entry.source === undefined)
      ctx.addIssue({ code: 'custom', path: ['source'], message: SOURCE_MESSAGE });
  });

/** How a value computed from an index is rounded: to cents (half up), or down to whole euros (SVL thresholds). */
const ROUNDINGS = ['cents', 'euroDown'] as const;
export type Rounding = (typeof ROUNDINGS)[number];
/** Units whose values an index can move: euro amounts, and the euro thresholds of a bracket list. */
const INDEXABLE_UNITS = ['EUR', 'brackets'] as const;

const UNITS = [
  'EUR',
  'percent',
  'months',
  'days',
  'hours',
  'count',
  'years',
  'brackets',
  'isoWeekdays',
  'holidays',
  'names',
  'municipalRates',
] as const;
const PERIODS = ['day', 'week', 'month', 'year', 'none'] as const;

const Bracket = z.strictObject({ over: DecimalString, percent: DecimalString });
const Brackets = z
  .array(Bracket, { error: 'must be a list of { over, percent } brackets' })
  .min(1, 'must have at least one bracket')
  .refine((list) => list[0]?.over === '0', { message: 'the first bracket must start at over: "0"' })
  .refine((list) => list.every((b, i) => i === 0 || Number(b.over) > Number(list[i - 1]!.over)), {
    message: 'brackets must be in increasing order of `over`',
  });

/** `MM-DD` (fixed date), `easter+N` / `easter-N` (days from Easter Sunday), or `fri>=06-19` (first such weekday on or after). */
const HOLIDAY_RULE = /^(\d{2}-\d{2}|easter[+-]\d{1,2}|(mon|tue|wed|thu|fri|sat|sun)>=\d{2}-\d{2})$/;
const Holidays = z.array(z.string().regex(HOLIDAY_RULE, 'each holiday must be MM-DD, easter+N, easter-N or e.g. fri>=06-19'), {
  error: 'must be a list of holiday rules',
});
const IsoWeekdays = z
  .array(z.string().regex(/^[1-7]$/, 'each weekday must be "1" (Monday) … "7" (Sunday)'), {
    error: 'must be a list of ISO weekday numbers in quotes',
  })
  .min(1);

/** An age in whole years, e.g. "65". */
const Years = z
  .string({ error: 'must be an age in whole years written in quotes, e.g. "65"' })
  .regex(/^\d{1,3}$/, 'must be an age in whole years written in quotes, e.g. "65"');

/** A list of names (e.g. the municipalities of Åland), each written once. */
const Names = z
  .array(nonEmpty, { error: 'must be a list of names' })
  .min(1, 'must name at least one')
  .refine((list) => new Set(list).size === list.length, { message: 'a name is written twice' });

/** A percentage of a rate table: two decimals, below 100, as Verohallinto writes them ("5.30"). */
const RatePercent = z
  .string({ error: 'must be a percentage written in quotes with two decimals, e.g. "5.30"' })
  .regex(/^\d{1,2}\.\d{2}$/, 'must be a percentage written in quotes with two decimals, e.g. "5.30"');

/** One municipality's income tax rates, as the decision's columns: [municipality, Evangelical Lutheran parish, Orthodox parish]. */
const MunicipalRate = z.tuple([RatePercent, RatePercent, RatePercent], {
  error: 'must be the three rates ["municipality", "Evangelical Lutheran parish", "Orthodox parish"], e.g. ["5.30", "1.00", "1.80"]',
});

/** Every municipality of the year, by the name the Tax Administration's decision uses. */
const MunicipalRates = z
  .record(
    z.string().regex(/^\p{Lu}[\p{L} .-]*\p{L}$/u, 'must be a municipality name as the Tax Administration writes it, e.g. "Koski Tl"'),
    MunicipalRate,
    { error: 'must map each municipality to its three rates [municipality, Evangelical Lutheran, Orthodox]' },
  )
  .refine((table) => Object.keys(table).length > 0, { message: 'must list at least one municipality' });

const VALUE_SCHEMA_BY_UNIT: Record<(typeof UNITS)[number], z.ZodType> = {
  EUR: DecimalString,
  percent: DecimalString,
  months: DecimalString,
  days: DecimalString,
  hours: DecimalString,
  count: DecimalString,
  years: Years,
  brackets: Brackets,
  isoWeekdays: IsoWeekdays,
  holidays: Holidays,
  names: Names,
  municipalRates: MunicipalRates,
};

export const ParameterEntry = z
  .strictObject({
    description: Texts,
    unit: z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` }),
    period: z.enum(PERIODS, { error: `must be one of ${PERIODS.join(', ')}` }),
    reference: z.array(Reference, { error: 'must list the law or page that sets the rule' }).min(1, 'must list at least one reference'),
    /** The index (a parameter of rules/indexes.yaml) that moves this figure; `new-period` computes the next value with it. */
    indexation: z
      .string({ error: 'must name an index parameter, e.g. nationalPensionIndex' })
      .regex(/^[a-z][A-Za-z0-9]*$/, 'must name an index parameter, e.g. nationalPensionIndex')
      .optional(),
    rounding: z.enum(ROUNDINGS, { error: `must be one of ${ROUNDINGS.join(', ')}` }).optional(),
    /**
     * The amount the law writes, and the index point number it is written at: `new-period` computes every year's
     * value from it (value × index / base index), as Kela does, instead of from last year's rounded figure.
     */
    indexBase: IndexBase.optional(),
    /** The official pages that publish the figure each year: what `check` tells a maintainer to open for a value that is not official. */
    confirmWith: ConfirmWith.optional(),
    /** Set anew every year by a decree, a decision or a freeze: `new-period` for 1 January writes a placeholder to fill in. */
    setYearly: z.boolean({ error: 'must be true or false' }).optional(),
    values: z.record(IsoDate, DatedValue, { error: 'must map effective dates (YYYY-MM-DD) to values' }),
  })
  .superRefine((param, ctx) => {
    const dates = Object.keys(param.values);
    if (dates.length === 0) ctx.addIssue({ code: 'custom', path: ['values'], message: 'must have at least one dated value' });
    if (param.indexation !== undefined) {
      if (!(INDEXABLE_UNITS as readonly string[]).includes(param.unit)) {
        ctx.addIssue({ code: 'custom', path: ['indexation'], message: `only ${INDEXABLE_UNITS.join(' and ')} values can follow an index` });
      }
      if (param.rounding === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['rounding'],
          message: `an indexed figure must say how it is rounded: ${ROUNDINGS.join(' or ')}`,
        });
      if (param.setYearly)
        ctx.addIssue({ code: 'custom', path: ['setYearly'], message: 'a figure follows an index or is set every year, not both' });
      if (param.indexBase && param.unit !== 'EUR')
        ctx.addIssue({ code: 'custom', path: ['indexBase'], message: 'only a euro amount has a base amount in the law' });
    } else {
      if (param.rounding !== undefined)
        ctx.addIssue({ code: 'custom', path: ['rounding'], message: 'only an indexed figure (with `indexation`) has a rounding' });
      if (param.indexBase !== undefined)
        ctx.addIssue({ code: 'custom', path: ['indexBase'], message: 'only an indexed figure (with `indexation`) has a base amount' });
    }
    const valueSchema = VALUE_SCHEMA_BY_UNIT[param.unit];
    for (const date of dates) {
      const entry = param.values[date]!;
      if (entry.status === PLACEHOLDER) continue; // refused, with its own message, by the loader
      const parsed = valueSchema.safeParse(entry.value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: 'custom', path: ['values', date, 'value', ...issue.path], message: issue.message });
        }
      }
    }
  });

export const RuleFile = z.strictObject({
  area: z.string().regex(/^[a-z][A-Za-z]*$/, 'must be a camelCase area id'),
  title: Texts,
  /**
   * The first day the file's rules are known, when later than the rule set's validFrom (the tax rules start in
   * 2024): every parameter of the file starts exactly then, and the engine says so for an earlier date.
   */
  availableFrom: IsoDate.optional(),
  parameters: z
    .record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'parameter names are camelCase'), ParameterEntry)
    .refine((p) => Object.keys(p).length > 0, { message: 'must define at least one parameter' }),
});

export const RuleSetFile = z.strictObject({
  label: nonEmpty,
  validFrom: IsoDate,
  verifiedUntil: IsoDate,
  note: nonEmpty.optional(),
});

export type RuleFile = z.infer<typeof RuleFile>;
export type ParameterEntry = z.infer<typeof ParameterEntry>;
export type RuleSetFile = z.infer<typeof RuleSetFile>;
export type IndexBase = z.infer<typeof IndexBase>;
export type ConfirmWith = z.infer<typeof ConfirmWith>;
