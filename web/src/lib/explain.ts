import type { Explanation, ExplanationCode } from '#core/result.ts';
import { EXPLANATION_PARAMS, type ExplanationCatalog, type ExplanationMessages, type ParamKind } from '../i18n/params.ts';
import { RULES_MESSAGES } from '../i18n/rules/index.ts';
import type { Messages } from '../i18n/types.ts';
import type { Formatters } from './numbers.ts';

/**
 * The engine explains with codes and figures ({code, params}); this words them in the user's language
 * (the texts of i18n/explanations/, loaded with the "why" section), with every figure in the locale's
 * format. An unknown code or a missing figure gives a calm fallback sentence, never "undefined" or "NaN".
 */

const FIELD_NAMES: Record<string, (m: Messages) => string> = {
  wageWithholdingPercent: (m) => m.fields.taxWage.label,
  benefitWithholdingPercent: (m) => m.fields.taxBenefit.label,
};

/** A name used inside a sentence: "Täysi takuueläke" → "täysi takuueläke"; "Kela’s…" and "FPA:s…" stay. */
function midSentence(name: string, f: Formatters): string {
  if (/^Kela/.test(name) || !/^\p{Lu}\p{Ll}/u.test(name)) return name;
  return name.charAt(0).toLocaleLowerCase(f.locale) + name.slice(1);
}

function formatOne(kind: ParamKind, value: unknown, m: Messages, f: Formatters): string | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  switch (kind) {
    case 'bool':
      return value === true || value === 'true';
    case 'pensionType':
      return value === 'partial' ? 'partial' : 'full';
    case 'money':
      return f.money(String(value));
    case 'hours':
      return f.hours(String(value));
    case 'percent':
      return f.percent(String(value));
    case 'count':
      return f.count(String(value));
    case 'date':
      return f.date(String(value));
    case 'month':
      return f.month(String(value));
    case 'year':
      return String(value);
    case 'parameterList':
      return (
        String(value)
          .split(',')
          .filter(Boolean)
          .map((name) => midSentence((RULES_MESSAGES[f.lang].parameters as Record<string, string>)[name] ?? name, f))
          // A name may hold a comma of its own ("…, ages 53–62"): "; " keeps the items apart.
          .join('; ')
      );
    case 'fieldList':
      return String(value)
        .split(',')
        .filter(Boolean)
        .map((name) => FIELD_NAMES[name]?.(m) ?? name)
        .join(', ');
  }
}

function isKnownCode(code: string): code is ExplanationCode {
  return Object.hasOwn(EXPLANATION_PARAMS, code);
}

/** The engine's parameters of one explanation in the locale's format, or null when a required one is missing. */
function formatParams(e: Pick<Explanation, 'code' | 'params'>, m: Messages, f: Formatters): Record<string, string | boolean> | null {
  if (!isKnownCode(e.code)) return null;
  const spec = EXPLANATION_PARAMS[e.code] as Record<string, string>;
  const out: Record<string, string | boolean> = {};
  for (const [name, declared] of Object.entries(spec)) {
    const optional = declared.endsWith('?');
    const kind = declared.replace('?', '') as ParamKind;
    const value = formatOne(kind, e.params?.[name], m, f);
    if (value === undefined) {
      if (!optional) return null;
      continue;
    }
    out[name] = value;
  }
  return out;
}

/** Every code's message in one language: its module of i18n/explanations/ and the one text kept in its main catalog. */
export function explanationMessages(texts: ExplanationCatalog, m: Messages): ExplanationMessages {
  return { ...texts, beyondVerifiedDate: m.results.beyondVerifiedDate };
}

/** One explanation as a sentence or two in the user's language: `texts` and `m` are that language's. */
export function explanationText(e: Pick<Explanation, 'code' | 'params'>, texts: ExplanationMessages, m: Messages, f: Formatters): string {
  const params = formatParams(e, m, f);
  if (!params || !isKnownCode(e.code)) return m.explanationFallback;
  const message = texts[e.code] as (p: Record<string, string | boolean>) => string;
  try {
    return message(params);
  } catch {
    return m.explanationFallback;
  }
}
