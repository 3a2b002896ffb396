import type { CalculationResult, ScenarioResult } from '#core/result.ts';
import type { ResultMessages } from '../i18n/results/types.ts';
import type { Formatters } from './numbers.ts';
import { toCents } from './results.ts';

/**
 * The amount after tax in words: how each option's net was found (the estimate from the tax rules, the tax cards'
 * percentages, or why there is none), what one more hour a week adds to it, and the answer's sentence about the
 * option it talks about. Pure: the components only lay them out.
 */

type Reason = 'municipality' | 'year' | 'aland';

/** Why a scenario has no net figure, from its explanations (the engine's codes). */
function noNetReason(s: ScenarioResult): { reason: Reason; year: string } {
  const year = (code: string) => String(s.explanations.find((e) => e.code === code)?.params.year ?? '');
  if (s.explanations.some((e) => e.code === 'taxNotEstimatedAland')) return { reason: 'aland', year: '' };
  if (s.explanations.some((e) => e.code === 'taxNotEstimatedNoMunicipalRates'))
    return { reason: 'year', year: year('taxNotEstimatedNoMunicipalRates') };
  return { reason: 'municipality', year: '' };
}

/** "estimate from the tax rules: Tampere, municipal tax 7,5 %" · "by your tax cards' percentages" · "not calculated: …". */
export function netMethodText(s: ScenarioResult, t: ResultMessages['table'], f: Formatters): string {
  if (s.totals.netMethod === 'withholdingPercentages') return t.methodTaxCard;
  if (s.totals.netMethod === 'taxRules' && s.tax) {
    return t.methodEstimate({
      municipality: s.tax.municipality,
      rate: f.percent(s.tax.rates.municipal),
      church: (toCents(s.tax.rates.church) ?? 0) > 0,
    });
  }
  const { reason, year } = noNetReason(s);
  if (reason === 'aland') return t.methodAland;
  if (reason === 'year') return t.methodNoRules({ year });
  return t.methodNeedsMunicipality;
}

/**
 * One more hour a week: "+42,10 € after tax", with "pay +57,20 €" under it (`detail`); the pay alone without a net
 * figure; '–' for an option given as monthly pay.
 */
export function extraHourText(s: ScenarioResult, t: ResultMessages['table'], f: Formatters): { main: string; detail: string | null } {
  const x = s.extraHour;
  if (!x) return { main: t.extraHourNone, detail: null };
  const pay = t.extraHourGross({ pay: f.moneyChange(x.earningsChange) });
  return x.netIncomeChange === null
    ? { main: pay, detail: null }
    : { main: t.extraHourCell({ net: f.moneyChange(x.netIncomeChange) }), detail: pay };
}

/**
 * The answer's sentence after tax, for the option it talks about: the first one after the baseline ("you would
 * have about 410 € more a month after tax with Option 2 than with Option 1"), in whole euros; or, without a net
 * figure, why not and what to give. Null with a single option.
 */
export function afterTaxSentence(
  result: CalculationResult,
  nameOf: (id: string) => string,
  t: ResultMessages['answer'],
  f: Formatters,
): string | null {
  const [first, option] = result.scenarios;
  if (!first || !option) return null;
  const change = option.totals.netChangeFromFirst;
  const cents = change === null ? null : toCents(change);
  if (cents === null) {
    const { reason, year } = noNetReason(option);
    return t.afterTaxUnknown({ reason, year });
  }
  const euros = Math.round(Math.abs(cents) / 100);
  const whole = new Intl.NumberFormat(f.locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
  return t.afterTax({
    name: nameOf(option.id),
    baseline: nameOf(first.id),
    amount: whole.format(euros),
    more: cents > 0,
    same: euros === 0,
    taxCard: option.totals.netMethod === 'withholdingPercentages',
  });
}
