import { type PreparedCase, prepareCase } from '../calculate.ts';
import { type Dec, money, ZERO } from '../money.ts';
import { amountOf, info, warning } from '../outcome.ts';
import type { Benefit, BenefitOutcome, Explanation, RuleSetStamp, TimelineMonth, TimelineResult } from '../result.ts';
import { RuleReader } from '../rules.ts';
import { RuleDateError, type RuleSet, type SourceRef } from '../ruleset.ts';
import type { TimelineRequest } from '../timeline-request.ts';
import { endedOverTime, kelaBesideRest, withKelaRecomputed } from './kela-beside.ts';
import { allowanceOverTime, type PensionMonth, pensionOverTime, type RestRules } from './pensions.ts';
import { type PlannedMonth, planMonths } from './plan.ts';
import { sicknessOverTime } from './sickness.ts';
import { yearsOf } from './years.ts';

/**
 * A plan of up to 36 months of work, month by month (POST /v1/timelines). Each month is the single-month
 * calculation with the rules in force on its first day (prepareCase); then the rules over time are applied:
 * the pensions' months in a row, rests, restarts and ends (pensions.ts), the sickness allowances' days
 * (sickness.ts), and the calendar years' totals, gross and net (years.ts).
 */
export function timeline(ruleSet: RuleSet, request: TimelineRequest): TimelineResult {
  const first = `${request.start}-01`;
  if (first < ruleSet.validFrom) throw new RuleDateError(first, ruleSet.validFrom, ['start']);
  const plan = planMonths(request);
  const sickness = request.benefits.sicknessAllowance;
  // The sickness allowance's formula is that of the year its entitlement began: without a start date, the plan's start.
  const benefits = sickness
    ? { ...request.benefits, sicknessAllowance: { ...sickness, entitlementStartDate: sickness.entitlementStartDate ?? first } }
    : request.benefits;
  const { household, tax, person } = request;
  const prepared = plan.map((m) => prepareCase(ruleSet, { household, benefits, tax, person, date: m.date }));
  const restRules = plan.map((m): RestRules => {
    const rules = new RuleReader(ruleSet, m.date);
    return {
      restMinimumMonths: rules.number('restMinimumMonths').toNumber(),
      restMaximumMonths: rules.number('restMaximumMonths').toNumber(),
    };
  });

  // Each month's pensions, on its regular pay (bonuses are not tested month by month).
  let single = prepared.map((p, i) => p.pensions(plan[i]!.work));
  const series = (benefit: Benefit) =>
    pensionOverTime(
      plan.map(
        (m, i): PensionMonth => ({
          month: m.month,
          outcome: single[i]!.find((o) => o.benefit === benefit),
          rules: restRules[i]!,
          earnings: m.work.monthlyEarnings,
          counted: m.counted,
          partial: partialOf(prepared[i]!, benefit),
        }),
      ),
    );
  const earningsRelated = series('earningsRelatedPension');
  // A rest too long ended the earnings-related pension: the Kela pensions of the months after are computed again without it.
  const endedAt = benefits.kelaPension ? endedOverTime(single, earningsRelated) : null;
  if (endedAt !== null) {
    const endedFrom = plan[endedAt]!.month;
    single = withKelaRecomputed(single, endedAt, (i) =>
      prepareCase(ruleSet, { household, benefits, tax, person, date: plan[i]!.date }, { earningsRelatedEndedFrom: endedFrom }).pensions(
        plan[i]!.work,
      ),
    );
  }
  const beside = kelaBesideRest(earningsRelated, series('kelaPension'), series('guaranteePension'));
  const { kela, guarantee } = beside;
  const allowance = allowanceOverTime(
    single.map((outcomes) => outcomes.find((o) => o.benefit === 'disabilityAllowance')),
    restRules,
  );
  const sicknessMonths = sickness
    ? sicknessOverTime(
        ruleSet,
        sickness,
        plan.map((m, i) => ({ ...m, evaluateMonth: prepared[i]!.sickness!.evaluateMonth })),
      )
    : [];

  const monthBenefits = plan.map((_, i) =>
    [earningsRelated[i], kela[i], guarantee[i], allowance[i], sicknessMonths[i]].filter((o): o is BenefitOutcome => o !== undefined),
  );
  const gross = plan.map((m, i) => monthBenefits[i]!.reduce((sum, b) => sum.plus(amountOf(b)), m.pay));
  const withholding = plan.map((m, i) => prepared[i]!.withholding?.(m.pay, monthBenefits[i]!) ?? null);
  const {
    years,
    nets,
    sources: taxSources,
  } = yearsOf(
    ruleSet,
    plan.map((m, i) => ({ year: m.year, pay: m.pay, benefits: monthBenefits[i]!, gross: gross[i]!, withholding: withholding[i]! })),
    request,
  );

  const months = plan.map(
    (m, i): TimelineMonth =>
      monthOf(m, {
        benefits: monthBenefits[i]!,
        gross: gross[i]!,
        net: nets[i]!,
        explanations: [
          ...m.explanations,
          ...(withholding[i]?.explanation ? [withholding[i]!.explanation!] : []),
          ...(m.date > ruleSet.verifiedUntil
            ? [warning('beyondVerifiedDate', { date: m.date, verifiedUntil: ruleSet.verifiedUntil })]
            : []),
        ],
      }),
  );
  const totalGross = gross.reduce((a, g) => a.plus(g), ZERO);
  const allNet = years.every((y) => y.netIncome !== null);
  const allSources = merged([...prepared.flatMap((p) => Object.values(p.sources) as SourceRef[]), ...taxSources]);
  return {
    ruleSet: stampOf(ruleSet, prepared, allSources),
    start: request.start,
    months,
    years,
    totals: {
      grossIncome: money(totalGross),
      netIncome: allNet ? money(nets.reduce((a: Dec, n) => a.plus(n ?? ZERO), ZERO)) : null,
    },
    sources: allSources,
  };
}

/** A full earnings-related pension's partial amount, for the months it may become partial. */
function partialOf(p: PreparedCase, benefit: Benefit): PensionMonth['partial'] {
  const e = p.earningsRelated;
  if (benefit !== 'earningsRelatedPension' || !e?.full) return null;
  return { amount: e.partialAmount, sharePercent: e.sharePercent.toString() };
}

function monthOf(
  m: PlannedMonth,
  c: { benefits: BenefitOutcome[]; gross: Dec; net: Dec | null; explanations: Explanation[] },
): TimelineMonth {
  return {
    month: m.month,
    hoursPerWeek: m.work.hoursPerWeek ? m.work.hoursPerWeek.toString() : null,
    hourlyWage: m.work.hourlyWage ? money(m.work.hourlyWage) : null,
    monthlyEarnings: money(m.work.monthlyEarnings),
    holidayBonus: money(m.holidayBonus),
    annualBonus: money(m.annualBonus),
    countedEarnings: money(m.counted),
    benefits: c.benefits,
    grossIncome: money(c.gross),
    netIncome: c.net ? money(c.net) : null,
    explanations: c.explanations,
  };
}

/** Each rule value once: by parameter and the day it took effect, in a stable order. */
function merged(sources: SourceRef[]): SourceRef[] {
  const byKey = new Map<string, SourceRef>();
  for (const s of sources) byKey.set(`${s.parameter}|${s.validFrom}`, s);
  return [...byKey.values()].sort((a, b) =>
    a.parameter === b.parameter ? a.validFrom.localeCompare(b.validFrom) : a.parameter.localeCompare(b.parameter),
  );
}

/**
 * The rule set's stamp for the whole plan: its version, and each warning once (the first month beyond the
 * verified rules; every figure in use that is not official, from any month or year).
 */
function stampOf(ruleSet: RuleSet, prepared: PreparedCase[], sources: SourceRef[]): RuleSetStamp {
  const warnings: Explanation[] = [];
  const beyond = prepared.find((p) => p.date > ruleSet.verifiedUntil);
  if (beyond) warnings.push(warning('beyondVerifiedDate', { date: beyond.date, verifiedUntil: ruleSet.verifiedUntil }));
  for (const code of ['sicknessAllowanceWithDisabilityPension', 'sicknessAllowanceWithPartialPension'] as const)
    if (prepared.some((p) => p.stamp.warnings.some((w) => w.code === code))) warnings.push(warning(code));
  const unofficial = [...new Set(sources.filter((s) => s.status !== 'official').map((s) => s.parameter))];
  if (unofficial.length > 0) warnings.push(info('unofficialFigures', { parameters: unofficial.join(',') }));
  return { version: ruleSet.version, label: ruleSet.label, verifiedUntil: ruleSet.verifiedUntil, warnings };
}
