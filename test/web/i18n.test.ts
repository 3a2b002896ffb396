import { describe, expect, it } from 'vitest';
import { calculate, CalculationRequest, sweep, SweepRequest } from '../../functions/core/index.ts';
import { PARAMETER_NAMES } from '../../functions/core/parameters.ts';
import { BENEFITS, EXPLANATION_CODES, STATUSES, type CalculationResult, type Explanation, type ExplanationCode } from '../../functions/core/result.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fi } from '../../web/src/i18n/fi.ts';
import { EXPLANATION_PARAMS } from '../../web/src/i18n/params.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { FIELD_KEYS, type Messages } from '../../web/src/i18n/types.ts';
import { explanationText } from '../../web/src/lib/explain.ts';
import { formatters, type Lang } from '../../web/src/lib/numbers.ts';
import { explanationRequests } from '../explanation-cases.ts';
import { ruleSet } from './engine.ts';

const CATALOGS: [Lang, Messages][] = [
  ['fi', fi],
  ['sv', sv],
  ['en', en],
];

/** Cases that between them reach every explanation code the engine has. */
function engineResults(): CalculationResult[] {
  return explanationRequests().map((input) => calculate(ruleSet, { ...CalculationRequest.parse(input), date: input.date }));
}

function allExplanations(result: CalculationResult): Explanation[] {
  return [...result.ruleSet.warnings, ...result.scenarios.flatMap((s) => [...s.explanations, ...s.benefits.flatMap((b) => b.explanations)])];
}

const explanations = engineResults().flatMap(allExplanations);

describe('every catalog covers everything the engine and the form can say', () => {
  it.each(CATALOGS)('%s: every explanation code, status, benefit, parameter and form field has a text', (_lang, m) => {
    expect(Object.keys(m.explanations).sort()).toEqual([...EXPLANATION_CODES].sort());
    expect(Object.keys(m.status).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(m.benefits).sort()).toEqual([...BENEFITS].sort());
    expect(Object.keys(m.parameters).sort()).toEqual([...PARAMETER_NAMES].sort());
    expect(Object.keys(m.fields).sort()).toEqual([...FIELD_KEYS].sort());
    for (const status of STATUSES) expect(m.status[status].label.trim()).not.toBe('');
    for (const key of FIELD_KEYS) expect(m.fields[key].label.trim()).not.toBe('');
  });

  it('the three catalogs have the same shape (no key only in one language)', () => {
    const shape = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => shape(v, `${prefix}${k}.`))
        : [prefix.slice(0, -1)];
    expect(shape(sv).sort()).toEqual(shape(fi).sort());
    expect(shape(en).sort()).toEqual(shape(fi).sort());
  });
});

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

  it.each(CATALOGS)('%s: every message reads only parameters its code has', (_lang, m) => {
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
      (m.explanations[code] as (p: unknown) => string)(params);
      expect({ code, unknown: [...used].filter((k) => !(k in spec)) }).toEqual({ code, unknown: [] });
    }
  });

  it.each(CATALOGS)('%s: every real explanation reads well: no "undefined", "NaN" or raw decimals', (lang, m) => {
    const f = formatters(lang);
    for (const e of explanations) {
      const text = explanationText(e, m, f);
      expect(text).not.toBe(m.explanationFallback);
      expect(text, e.code).not.toMatch(/\b(undefined|NaN|null)\b|\[object/);
      // Money in the engine's form ("990.90") must not leak into Finnish or Swedish text.
      if (lang !== 'en') expect(text, e.code).not.toMatch(/(?<![\d.])\d+\.\d{2}(?![\d.])/);
    }
  });

  it('money params are shown in the locale’s format', () => {
    const within = explanations.find((e) => e.code === 'withinLimit')!;
    expect(explanationText(within, fi, formatters('fi'))).toMatch(/\d,\d{2}\s€/);
    expect(explanationText(within, en, formatters('en'))).toMatch(/€\d[\d,]*\.\d{2}/);
  });

  it('an unknown code or a missing figure gives the calm fallback, not a crash', () => {
    expect(explanationText({ code: 'somethingNew' as ExplanationCode, params: {} }, fi, formatters('fi'))).toBe(fi.explanationFallback);
    expect(explanationText({ code: 'withinLimit', params: { earnings: '1.00' } }, en, formatters('en'))).toBe(en.explanationFallback);
  });

  it('the sweep for the chart is fine with the same rule set (smoke)', () => {
    const request = SweepRequest.parse({ date: '2026-03-01', benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '900' } }, sweep: { hourlyWage: '13.20' } });
    expect(sweep(ruleSet, { ...request, date: '2026-03-01' }).points).toHaveLength(81);
  });
});
