import { describe, expect, it } from 'vitest';
import type { Lang } from '../../functions/contracts/languages.ts';
import { CalculationRequest, calculate, SweepRequest, sweep } from '../../functions/core/index.ts';
import { PARAMETER_NAMES } from '../../functions/core/parameters.ts';
import {
  BENEFITS,
  type CalculationResult,
  EXPLANATION_CODES,
  type Explanation,
  type ExplanationCode,
  STATUSES,
} from '../../functions/core/result.ts';
import { timeline } from '../../functions/core/timeline/index.ts';
import { TimelineRequest } from '../../functions/core/timeline-request.ts';
import { details as enDetails } from '../../web/src/i18n/details/en.ts';
import { details as fiDetails } from '../../web/src/i18n/details/fi.ts';
import { details as svDetails } from '../../web/src/i18n/details/sv.ts';
import { DETAIL_FIELD_KEYS, type DetailMessages } from '../../web/src/i18n/details/types.ts';
import { en } from '../../web/src/i18n/en.ts';
import { explanations as enExplanations } from '../../web/src/i18n/explanations/en.ts';
import { explanations as fiExplanations } from '../../web/src/i18n/explanations/fi.ts';
import { explanations as svExplanations } from '../../web/src/i18n/explanations/sv.ts';
import { fi } from '../../web/src/i18n/fi.ts';
import { EXPLANATION_PARAMS, type ExplanationCatalog, type ExplanationMessages } from '../../web/src/i18n/params.ts';
import { results as enResults } from '../../web/src/i18n/results/en.ts';
import { results as fiResults } from '../../web/src/i18n/results/fi.ts';
import { results as svResults } from '../../web/src/i18n/results/sv.ts';
import type { ResultMessages } from '../../web/src/i18n/results/types.ts';
import { RULES_MESSAGES } from '../../web/src/i18n/rules/index.ts';
import type { RulesMessages } from '../../web/src/i18n/rules/types.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { FIELD_KEYS, type Messages } from '../../web/src/i18n/types.ts';
import { explanationMessages, explanationText } from '../../web/src/lib/explain.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { explanationRequests, explanationSweeps, timelineExplanationRequests, timelineExplanations } from '../explanation-cases.ts';
import { ruleSet } from './engine.ts';

const CATALOGS: [Lang, Messages, DetailMessages][] = [
  ['fi', fi, fiDetails],
  ['sv', sv, svDetails],
  ['en', en, enDetails],
];

/** Each language's explanation texts (loaded with the "why" section), and the main catalog they complete. */
const EXPLANATIONS: [Lang, ExplanationCatalog, Messages][] = [
  ['fi', fiExplanations, fi],
  ['sv', svExplanations, sv],
  ['en', enExplanations, en],
];
/** Every code's message in each language, as the "why" section words them. */
const ALL: [Lang, ExplanationMessages, Messages][] = EXPLANATIONS.map(([lang, texts, m]) => [lang, explanationMessages(texts, m), m]);
/** The codes whose text is in the main catalog (shown at once, beside the results). */
const EAGER = ['beyondVerifiedDate'];

/** Cases that between them reach every explanation code the engine has. */
function engineResults(): CalculationResult[] {
  return explanationRequests().map((input) => calculate(ruleSet, { ...CalculationRequest.parse(input), date: input.date }));
}

function allExplanations(result: CalculationResult): Explanation[] {
  return [
    ...result.ruleSet.warnings,
    ...result.scenarios.flatMap((s) => [...s.explanations, ...s.benefits.flatMap((b) => b.explanations)]),
  ];
}

/** The hours chart's explanations (where working more pays little or nothing). */
function sweepExplanations(): Explanation[] {
  return explanationSweeps().flatMap((input) => {
    const result = sweep(ruleSet, { ...SweepRequest.parse(input), date: input.date });
    return [...result.ruleSet.warnings, ...result.explanations];
  });
}

const explanations = [
  ...engineResults().flatMap(allExplanations),
  ...sweepExplanations(),
  ...timelineExplanationRequests().flatMap((input) => timelineExplanations(timeline(ruleSet, TimelineRequest.parse(input)))),
];

describe('every catalog covers everything the engine and the form can say', () => {
  it.each(CATALOGS)('%s: every status, benefit, parameter and form field has a text', (lang, m, d) => {
    expect(Object.keys(m.status).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(m.benefits).sort()).toEqual([...BENEFITS].sort());
    expect(Object.keys(RULES_MESSAGES[lang].parameters).sort()).toEqual([...PARAMETER_NAMES].sort());
    expect(Object.keys(m.fields).sort()).toEqual([...FIELD_KEYS].sort());
    for (const status of STATUSES) expect(m.status[status].label.trim()).not.toBe('');
    for (const key of FIELD_KEYS) expect(m.fields[key].label.trim()).not.toBe('');
    // The benefits' details (loaded just after the first paint) have theirs in ./details/, each with its help.
    expect(Object.keys(d.fields).sort()).toEqual([...DETAIL_FIELD_KEYS].sort());
    for (const key of DETAIL_FIELD_KEYS) expect(d.fields[key].label.trim()).not.toBe('');
    expect(DETAIL_FIELD_KEYS.filter((key) => (FIELD_KEYS as readonly string[]).includes(key))).toEqual([]);
  });

  it.each(EXPLANATION_CODES)('explanation code %s has a text in fi, sv and en', (code) => {
    for (const [lang, texts, m] of EXPLANATIONS) {
      // In the language's explanation module, or (the few shown at once) in its main catalog: never both.
      const inModule = Object.hasOwn(texts, code);
      expect({ lang, code, inModule }).toEqual({ lang, code, inModule: !EAGER.includes(code) });
      expect(typeof explanationMessages(texts, m)[code], `${lang} ${code}`).toBe('function');
    }
  });

  it.each(ALL)('%s: the explanation texts cover exactly the engine’s codes', (_lang, all) => {
    expect(Object.keys(all).sort()).toEqual([...EXPLANATION_CODES].sort());
  });

  it('the three catalogs have the same shape (no key only in one language)', () => {
    expect(shape(sv).sort()).toEqual(shape(fi).sort());
    expect(shape(en).sort()).toEqual(shape(fi).sort());
    expect(shape(svDetails).sort()).toEqual(shape(fiDetails).sort());
    expect(shape(enDetails).sort()).toEqual(shape(fiDetails).sort());
    expect(shape(RULES_MESSAGES.sv).sort()).toEqual(shape(RULES_MESSAGES.fi).sort());
    expect(shape(RULES_MESSAGES.en).sort()).toEqual(shape(RULES_MESSAGES.fi).sort());
  });

  it.each(Object.entries(RULES_MESSAGES))(
    '%s: every text of the rules reads well (no "undefined", every figure used)',
    (_lang, r: RulesMessages) => {
      const sample = {
        date: '1.6.2025',
        month: 'kesäkuu 2025',
        label: '2026.11',
        version: 'abc',
        name: 'Raja',
        over: '1 000 €',
        percent: '2 %',
        days: 2,
        weekday: 'maanantai',
        municipality: 'Vaasa',
        municipal: '8,4 %',
        church: '1,4 %',
        year: '2026',
      };
      for (const [key, t] of everyText(r, sample)) {
        expect(typeof t, key).toBe('string');
        expect(t, key).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(r.showingMonth({ month: 'M', date: 'D' })).toMatch(/M.*D/);
      expect(r.showMonth({ month: 'M' })).toContain('M');
      expect(r.showingToday({ date: 'D' })).toContain('D');
    },
  );
});

/** Every text of a catalog as a string (functions called with `sample`), by its key path. */
function everyText(value: unknown, sample: object, prefix = ''): [string, unknown][] {
  if (typeof value === 'function') return everyText((value as (p: object) => unknown)(sample), sample, prefix);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => everyText(v, sample, `${prefix}${k}.`));
  return [[prefix.slice(0, -1), value]];
}

describe('the texts that come with the results (i18n/results/)', () => {
  const RESULTS: [Lang, ResultMessages][] = [
    ['fi', fiResults],
    ['sv', svResults],
    ['en', enResults],
  ];
  const sample = {
    wage: '13,20 €',
    hours: '17,3',
    resting: 'työeläke',
    restingMany: false,
    partial: 'työeläke',
    partialMany: true,
    beforeHours: '17',
    before: '2 000 €',
    afterHours: '17,5',
    after: '1 500 €',
    falls: true,
    months: '24',
    fullTime: '37,5',
    from: '15',
    to: '22,5',
    share: '50 %',
    minimum: '30',
    name: 'Kauppa',
    amount: '1 €',
    limit: '2 €',
    benefits: 'Työeläke',
    kind: 'kuntoutustuki',
    type: 'täysi',
    date: '1.1.2026',
    month: 'maaliskuu 2026',
    value: 'x',
    benefit: '10 %',
    baseline: 'Vaihtoehto 1',
    more: true,
    same: false,
    taxCard: true,
    reason: 'year',
    year: '2024',
    municipality: 'Turku',
    rate: '7,1 %',
    church: 'ortodoksinen',
    net: '+40 €',
    pay: '+57 €',
    loss: '12 €',
  };

  it('sv and en have exactly the keys of fi', () => {
    expect(shape(svResults).sort()).toEqual(shape(fiResults).sort());
    expect(shape(enResults).sort()).toEqual(shape(fiResults).sort());
  });

  it.each(RESULTS)('%s: every text reads well (no "undefined", every figure used)', (_lang, r) => {
    const { list, ...rest } = r;
    for (const [key, t] of everyText(rest, sample)) {
      expect(typeof t, key).toBe('string');
      expect(t, key).not.toMatch(/undefined|NaN|\[object|\$\{/);
    }
    expect(list(['a', 'b', 'c'])).toMatch(/^a, b \S+ c$/);
    expect(list(['a'])).toBe('a');
    expect(r.answer.incomeAt({ ...sample, falls: false })).toContain('1 500 €');
  });

  it('the catalogs are downloads of their own, not in the main catalogs', () => {
    for (const [, m] of CATALOGS) expect(JSON.stringify(Object.keys(m))).not.toMatch(/nextSteps|summary/);
  });
});

function shape(value: unknown, prefix = ''): string[] {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => shape(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];
}

describe('explanation placeholders exist in what the engine sends', () => {
  it('the engine reaches every code, and each code’s parameters are exactly the declared ones', () => {
    const seen = new Map<ExplanationCode, Set<string>[]>();
    for (const e of explanations) seen.set(e.code, [...(seen.get(e.code) ?? []), new Set(Object.keys(e.params))]);
    expect(EXPLANATION_CODES.filter((c) => !seen.has(c))).toEqual([]);
    for (const [code, occurrences] of seen) {
      const spec = EXPLANATION_PARAMS[code] as Record<string, string>;
      const required = Object.keys(spec).filter((k) => !spec[k]!.endsWith('?'));
      const declared = Object.keys(spec);
      for (const keys of occurrences) {
        expect({ code, missing: required.filter((k) => !keys.has(k)) }).toEqual({ code, missing: [] });
        expect({ code, undeclared: [...keys].filter((k) => !declared.includes(k)) }).toEqual({ code, undeclared: [] });
      }
    }
  });

  it('figures have the form their kind says (money "990.90", booleans, dates)', () => {
    const forms: Record<string, RegExp | ((v: unknown) => boolean)> = {
      money: /^-?\d+\.\d{2}$/,
      hours: /^\d+(\.\d+)?$/,
      percent: /^\d+(\.\d+)?$/,
      count: (v) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d+$/.test(v)),
      bool: (v) => typeof v === 'boolean',
      date: /^\d{4}-\d{2}-\d{2}$/,
      month: /^\d{4}-\d{2}$/,
      year: /^\d{4}$/,
      pensionType: /^(full|partial)$/,
      parameterList: /^[A-Za-z,]+$/,
      fieldList: /^[A-Za-z,]+$/,
    };
    for (const e of explanations) {
      const spec = EXPLANATION_PARAMS[e.code] as Record<string, string>;
      for (const [name, value] of Object.entries(e.params)) {
        const check = forms[spec[name]!.replace('?', '')]!;
        const ok = typeof check === 'function' ? check(value) : check.test(String(value));
        expect({ code: e.code, name, value, ok }).toEqual({ code: e.code, name, value, ok: true });
      }
    }
  });

  it.each(ALL)('%s: every message reads only parameters its code has', (_lang, all) => {
    for (const code of EXPLANATION_CODES) {
      const spec = EXPLANATION_PARAMS[code] as Record<string, string>;
      const used = new Set<string>();
      const params = new Proxy({} as Record<string, unknown>, {
        get: (_t, key) => {
          used.add(String(key));
          const kind = spec[String(key)];
          return kind?.startsWith('bool') ? true : kind?.startsWith('pensionType') ? 'full' : kind ? 'X' : undefined;
        },
      });
      (all[code] as (p: unknown) => string)(params);
      expect({ code, unknown: [...used].filter((k) => !(k in spec)) }).toEqual({ code, unknown: [] });
    }
  });

  it.each(ALL)('%s: every real explanation reads well: no "undefined", "NaN" or raw decimals', (lang, all, m) => {
    const f = formatters(lang);
    for (const e of explanations) {
      const text = explanationText(e, all, m, f);
      expect(text).not.toBe(m.explanationFallback);
      expect(text, e.code).not.toMatch(/\b(undefined|NaN|null)\b|\[object/);
      // Money in the engine's form ("990.90") must not leak into Finnish or Swedish text.
      if (lang !== 'en') expect(text, e.code).not.toMatch(/(?<![\d.])\d+\.\d{2}(?![\d.])/);
    }
  });

  it('money params are shown in the locale’s format', () => {
    const within = explanations.find((e) => e.code === 'withinLimit')!;
    expect(explanationText(within, explanationMessages(fiExplanations, fi), fi, formatters('fi'))).toMatch(/\d,\d{2}\s€/);
    expect(explanationText(within, explanationMessages(enExplanations, en), en, formatters('en'))).toMatch(/€\d[\d,]*\.\d{2}/);
  });

  it('the warning beyond the verified date is the same sentence beside the results and among the reasons', () => {
    const beyond = explanations.find((e) => e.code === 'beyondVerifiedDate')!;
    for (const [lang, all, m] of ALL) {
      const f = formatters(lang);
      expect(explanationText(beyond, all, m, f)).toBe(
        m.results.beyondVerifiedDate({
          date: f.date(String(beyond.params.date)),
          verifiedUntil: f.date(String(beyond.params.verifiedUntil)),
        }),
      );
    }
  });

  it('an unknown code or a missing figure gives the calm fallback, not a crash', () => {
    expect(
      explanationText(
        { code: 'somethingNew' as ExplanationCode, params: {} },
        explanationMessages(fiExplanations, fi),
        fi,
        formatters('fi'),
      ),
    ).toBe(fi.explanationFallback);
    expect(
      explanationText({ code: 'withinLimit', params: { earnings: '1.00' } }, explanationMessages(enExplanations, en), en, formatters('en')),
    ).toBe(en.explanationFallback);
  });

  it('the sweep for the chart is fine with the same rule set (smoke)', () => {
    const request = SweepRequest.parse({
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900' } },
      sweep: { hourlyWage: '13.20' },
    });
    expect(sweep(ruleSet, { ...request, date: '2026-03-01' }).points).toHaveLength(81);
  });
});
