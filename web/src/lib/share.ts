import type { Lang } from '#contracts/languages.ts';
import type { FormState } from './form.ts';
import { toDecimal } from './numbers.ts';
import type { PlanForm } from './plan.ts';
import { type SharedOneOff, type SharedPlan, type SharedScenario, type SharedState, type SharedStep, VERSION } from './share-format.ts';

/** The care allowance's level in a link: one letter (links made before it have none: the level is then not known). */
const LEVEL_CODES = { basic: 'b', increased: 'i', highest: 'h' } as const;

/**
 * The whole input in the URL fragment (#s=…): a link or a bookmark reopens the same case. Browsers never
 * send the fragment to a server. Figures are stored in the engine's form ("13.20"), so a link made in
 * Finnish opens correctly in English. The format is share-format.ts; reading a link back (share-decode.ts) is loaded only when there is one.
 */

/** Typed text in the engine's form where it is a number; other text as it is. */
const canon = (typed: string) => toDecimal(typed);
const opt = (typed: string) => (canon(typed) === '' ? undefined : canon(typed));

function toBase64Url(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function encodeState(form: FormState, lang: Lang): string {
  const c = form.case;
  const shared: SharedState = {
    v: VERSION,
    l: lang,
    m: c.month,
    ...(c.erp.on
      ? {
          e: {
            ...(c.erp.fixedTerm === null ? {} : { f: c.erp.fixedTerm ? (1 as const) : (0 as const) }),
            ...(c.erp.type === null ? {} : { t: c.erp.type === 'full' ? ('f' as const) : ('p' as const) }),
            a: canon(c.erp.monthlyAmount),
            ...strip({
              l: opt(c.erp.earningsLimit),
              s: opt(c.erp.stabilisedEarnings),
              e: (c.erp.fixedTerm && c.erp.endsOn.trim()) || undefined,
            }),
          },
        }
      : {}),
    ...(c.kela.on
      ? {
          k: {
            ...(c.kela.fixedTerm === null ? {} : { f: c.kela.fixedTerm ? (1 as const) : (0 as const) }),
            ...strip({
              a: opt(c.kela.monthlyAmount),
              g: opt(c.kela.guaranteePension),
              e: (c.kela.fixedTerm && c.kela.endsOn.trim()) || undefined,
            }),
            ...(c.kela.receivesCareAllowance ? { c: 1 as const } : {}),
            ...(c.kela.receivesCareAllowance && c.kela.careAllowanceLevel !== '' ? { l: LEVEL_CODES[c.kela.careAllowanceLevel] } : {}),
            ...(c.kela.exemptFromEarningsTest ? { x: 1 as const } : {}),
          },
        }
      : {}),
    ...(c.sickness.on
      ? {
          d: {
            b: c.sickness.basis === 'daily' ? 'd' : 'a',
            a: canon(c.sickness.basis === 'daily' ? c.sickness.dailyAmount : c.sickness.annualIncome),
            ...strip({
              h: opt(c.sickness.fullTimeHoursPerWeek),
              e: c.sickness.basis === 'annual' ? opt(c.sickness.entrepreneurIncome) : undefined,
              s: c.sickness.entitlementStartDate.trim() || undefined,
              u: c.sickness.daysUsed.trim() || undefined,
              q: c.sickness.partialDaysUsed.trim() || undefined,
            }),
            ...(c.sickness.fullTimeInSector ? { f: 1 as const } : {}),
          },
        }
      : {}),
    ...(c.household !== '' ? { h: c.household === 'partner' ? 'p' : 's' } : {}),
    ...(c.tax.wageWithholdingPercent.trim() || c.tax.benefitWithholdingPercent.trim()
      ? { t: [canon(c.tax.wageWithholdingPercent), canon(c.tax.benefitWithholdingPercent)] as [string, string] }
      : {}),
    ...(c.tax.municipality.trim() || c.tax.churchMember
      ? {
          r: {
            ...(c.tax.municipality.trim() ? { n: c.tax.municipality.trim().slice(0, 80) } : {}),
            ...(c.tax.churchMember ? { c: c.tax.church === 'orthodox' ? ('o' as const) : ('l' as const) } : {}),
          },
        }
      : {}),
    ...(/^\d{4}$/.test(c.birthYear.trim()) ? { b: Number(c.birthYear.trim()) } : {}),
    s: form.scenarios.map((s) => [
      s.label.slice(0, 80),
      s.mode === 'hours' ? 'h' : 'm',
      s.mode === 'hours' ? canon(s.hoursPerWeek) : '',
      s.mode === 'hours' ? canon(s.hourlyWage) : '',
      s.mode === 'monthly' ? canon(s.monthlyEarnings) : '',
      s.workDaysPerWeek as SharedScenario[5],
    ]),
    ...(form.chartWage.trim() ? { w: canon(form.chartWage) } : {}),
    ...(form.plan ? { p: sharedPlan(form.plan) } : {}),
  };
  return toBase64Url(JSON.stringify(shared));
}

/** The plan, compactly: a step as [month, mode, hours or pay, wage], a one-off as [kind, month, amount]. */
function sharedPlan(plan: PlanForm): SharedPlan {
  return {
    o: plan.open ? 1 : 0,
    s: plan.start,
    n: plan.length,
    // The mode's initial ('n', 'h', 'm'); the figures its way of giving pay does not use are ignored when read.
    t: plan.steps.map((s) => [
      s.from,
      s.mode[0] as SharedStep[1],
      canon(s.mode === 'monthly' ? s.monthlyEarnings : s.hoursPerWeek),
      canon(s.hourlyWage),
    ]),
    b: plan.oneOffs.map((o) => [o.kind[0] as SharedOneOff[0], o.month, canon(o.amount)]),
  };
}

function strip<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}

export { hashFor, stateInHash } from './share-hash.ts';
