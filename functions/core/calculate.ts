import { prepareEarningsRelatedPension } from './benefits/earnings-related-pension/index.ts';
import { prepareKelaPension } from './benefits/kela-pension/index.ts';
import { earningsRelatedEndIn } from './benefits/kela-pension/revision.ts';
import { prepareSicknessAllowance } from './benefits/sickness-allowance/index.ts';
import { bornAfterYear, CaseInputError, entitlementAfterMonth, monthEnd } from './case-issues.ts';
import { maxHoursWithin, monthlyFromHours, type Work } from './earnings.ts';
import { extraHourOf, hoursAnalysis, type SweptPoint } from './extra-hours.ts';
import { D, type Dec, dec, money, ZERO } from './money.ts';
import { scenarioTax } from './monthly-tax.ts';
import { type NetOutcome, prepareNet, prepareWithholding, type WithholdingNet } from './net.ts';
import { amountOf, info, warning } from './outcome.ts';
import type { ParameterName } from './parameters.ts';
import { type CalculationRequest, type CaseInput, LIMITS, type ScenarioInput, SWEEP_DEFAULTS, type SweepRequest } from './request.ts';
import type {
  BenefitOutcome,
  CalculationResult,
  Explanation,
  NetMethod,
  RuleSetStamp,
  ScenarioResult,
  SweepLimit,
  SweepResult,
} from './result.ts';
import { RuleReader } from './rules.ts';
import { RuleDateError, type RuleSet, type SourceRef } from './ruleset.ts';

type Dated<T> = T & { date: string };

export interface PreparedCase {
  date: string;
  stamp: RuleSetStamp;
  /** Every rule value the case uses, by parameter name. */
  sources: CalculationResult['sources'];
  /** How the net figures are obtained, when they can be. */
  netMethod: NetMethod | null;
  /** Every benefit's outcome for one work scenario, plus the gross income and the net (with its estimate and explanations). */
  evaluate(work: Work): { benefits: BenefitOutcome[]; gross: Dec; net: NetOutcome };
  /** The pensions' outcomes alone (earnings-related, then Kela's): a timeline tests them on the earnings the limits count. */
  pensions(work: Work): BenefitOutcome[];
  /** The prepared benefits, for a timeline's months. */
  earningsRelated: ReturnType<typeof prepareEarningsRelatedPension> | null;
  sickness: ReturnType<typeof prepareSicknessAllowance> | null;
  /** The net from typed withholding percentages, when the user gave any (a timeline's months); null otherwise. */
  withholding: WithholdingNet | null;
}

/** What a timeline knows that one month does not: the month the earnings-related pension ended after a rest too long. */
export interface CaseOptions {
  earningsRelatedEndedFrom?: string;
}

/** Resolves everything that does not depend on the work: limits, amounts without work, the month's weekdays. */
export function prepareCase(ruleSet: RuleSet, input: Dated<CaseInput>, options: CaseOptions = {}): PreparedCase {
  const { date, benefits } = input;
  if (date < ruleSet.validFrom) throw new RuleDateError(date, ruleSet.validFrom);
  const birthYear = input.person?.birthYear;
  if (birthYear !== undefined && birthYear > Number(date.slice(0, 4)))
    throw new CaseInputError(bornAfterYear(birthYear, Number(date.slice(0, 4))));
  const readers: RuleReader[] = [];
  const reader = (on = date) => {
    const created = new RuleReader(ruleSet, on);
    readers.push(created);
    return created;
  };
  const warnings: Explanation[] = [];
  if (date > ruleSet.verifiedUntil) warnings.push(warning('beyondVerifiedDate', { date, verifiedUntil: ruleSet.verifiedUntil }));

  const earningsRelated = benefits.earningsRelatedPension ? prepareEarningsRelatedPension(reader(), benefits.earningsRelatedPension) : null;
  const kela = benefits.kelaPension
    ? prepareKelaPension(reader(), reader(), reader(), {
        kela: benefits.kelaPension,
        earningsRelated: benefits.earningsRelatedPension,
        livingWithPartner: input.household?.livingWithPartner,
        earningsRelatedLimit: earningsRelated?.limit ?? null,
        earningsRelatedEnd: earningsRelatedEndIn(date, benefits.earningsRelatedPension, options.earningsRelatedEndedFrom),
      })
    : null;
  const sickness = benefits.sicknessAllowance
    ? prepareSicknessAllowance(reader(), reader(entitlementStart(ruleSet, date, benefits.sicknessAllowance)), benefits.sicknessAllowance)
    : null;
  // SVL 8:6 and Kela (kela.fi/sairauspaivaraha-suhde-muihin-etuuksiin): a full pension usually stops the
  // sickness allowance; a partial disability pension is deducted from it in certain cases. Both are added
  // to the total as entered, so the reader is told.
  if (sickness && (benefits.kelaPension || benefits.earningsRelatedPension?.type === 'full')) {
    warnings.push(warning('sicknessAllowanceWithDisabilityPension'));
  } else if (sickness && benefits.earningsRelatedPension?.type === 'partial') {
    warnings.push(warning('sicknessAllowanceWithPartialPension'));
  }
  const { netOf, sources: taxSources, method: netMethod } = prepareNet(ruleSet, () => reader(), input);

  const pensions: PreparedCase['pensions'] = (work) => {
    const outcomes: BenefitOutcome[] = [];
    if (earningsRelated) outcomes.push(earningsRelated.evaluate(work));
    if (kela) outcomes.push(...kela.evaluate(work));
    return outcomes;
  };

  const evaluate: PreparedCase['evaluate'] = (work) => {
    const outcomes = pensions(work);
    if (sickness) outcomes.push(sickness.evaluate(work));
    const gross = outcomes.reduce((sum, b) => sum.plus(amountOf(b)), work.monthlyEarnings);
    return { benefits: outcomes, gross, net: netOf(work.monthlyEarnings, outcomes, work.brief) };
  };

  // Say once, for the whole result, which figures in use are not (yet) read from an official source.
  // Every parameter is read while preparing, so the readers (and the tax estimate's sources) already know them all.
  const used = new Map<ParameterName, SourceRef>();
  for (const r of readers) r.addSourcesTo(used);
  for (const s of taxSources) used.set(s.parameter, s);
  const unofficial: ParameterName[] = [];
  for (const s of used.values()) if (s.status !== 'official') unofficial.push(s.parameter);
  if (unofficial.length > 0) warnings.push(info('unofficialFigures', { parameters: unofficial.join(',') }));

  return {
    date,
    stamp: { version: ruleSet.version, label: ruleSet.label, verifiedUntil: ruleSet.verifiedUntil, warnings },
    sources: Object.fromEntries(used),
    netMethod,
    evaluate,
    pensions,
    earningsRelated,
    sickness,
    withholding: prepareWithholding(() => reader(), input.tax),
  };
}

/**
 * The day whose sickness allowance formula applies: the day the sick leave began, or the month calculated when
 * it is not given (SVL 11:1; Kela: "It will not apply to cases where the entitlement arises before 1 January 2025").
 */
function entitlementStart(ruleSet: RuleSet, date: string, input: NonNullable<CaseInput['benefits']['sicknessAllowance']>): string {
  const start = input.entitlementStartDate;
  if (start === undefined) return date;
  const path = ['benefits', 'sicknessAllowance', 'entitlementStartDate'];
  if (start < ruleSet.validFrom) throw new RuleDateError(start, ruleSet.validFrom, path);
  const last = monthEnd(date);
  if (start > last) throw new CaseInputError(entitlementAfterMonth(start, last));
  return start;
}

/** A scenario's (or a timeline month's) work, and how its monthly earnings were found. */
export function workOf(scenario: Pick<ScenarioInput, 'hoursPerWeek' | 'hourlyWage' | 'monthlyEarnings' | 'workDaysPerWeek'>): {
  work: Work;
  explanation: Explanation;
} {
  const workDaysPerWeek = scenario.workDaysPerWeek ?? null;
  if (scenario.hoursPerWeek !== undefined && scenario.hourlyWage !== undefined) {
    const hoursPerWeek = dec(scenario.hoursPerWeek);
    const hourlyWage = dec(scenario.hourlyWage);
    const monthlyEarnings = monthlyFromHours(hoursPerWeek, hourlyWage);
    return {
      work: { monthlyEarnings, hoursPerWeek, hourlyWage, workDaysPerWeek },
      explanation: info('earningsFromHours', {
        hoursPerWeek: scenario.hoursPerWeek,
        hourlyWage: money(hourlyWage),
        monthlyEarnings: money(monthlyEarnings),
      }),
    };
  }
  const monthlyEarnings = dec(scenario.monthlyEarnings ?? '0');
  return {
    work: { monthlyEarnings, hoursPerWeek: null, hourlyWage: null, workDaysPerWeek },
    explanation: info('earningsGiven', { monthlyEarnings: money(monthlyEarnings) }),
  };
}

/** One case and 1–6 work scenarios, side by side. The first scenario is the baseline for the changes. */
export function calculate(ruleSet: RuleSet, request: Dated<CalculationRequest>): CalculationResult {
  const prepared = prepareCase(ruleSet, request);
  const simple = (w: Work) => {
    const { gross, net } = prepared.evaluate(w);
    return { gross, net: net.net };
  };
  let first: { gross: Dec; net: Dec | null; estimated: Dec | null } | null = null;
  const scenarios: ScenarioResult[] = request.scenarios.map((scenario) => {
    const { work, explanation } = workOf(scenario);
    const { benefits, gross, net: outcome } = prepared.evaluate(work);
    const { net, method, estimate } = outcome;
    first ??= { gross, net, estimated: estimate?.net ?? null };
    const extra = extraHourOf(work, { gross, net }, simple);
    return {
      id: scenario.id,
      ...(scenario.label !== undefined ? { label: scenario.label } : {}),
      hoursPerWeek: work.hoursPerWeek ? work.hoursPerWeek.toString() : null,
      hourlyWage: work.hourlyWage ? money(work.hourlyWage) : null,
      monthlyEarnings: money(work.monthlyEarnings),
      benefits,
      totals: {
        grossIncome: money(gross),
        netIncome: net ? money(net) : null,
        netMethod: net ? method : null,
        changeFromFirst: money(gross.minus(first.gross)),
        netChangeFromFirst: net && first.net ? money(net.minus(first.net)) : null,
      },
      tax: estimate && first.estimated ? scenarioTax(estimate, first.estimated) : null,
      extraHour: extra?.extraHour ?? null,
      explanations: [explanation, ...outcome.explanations, ...(extra?.explanation ? [extra.explanation] : [])],
    };
  });
  return { ruleSet: prepared.stamp, date: prepared.date, scenarios, sources: prepared.sources };
}

const MAX_HOURS = dec(LIMITS.hoursPerWeek.max);

/** Outcomes across an hours range at one wage, for the chart (at most MAX_SWEEP_POINTS points, checked by the schema). */
export function sweep(ruleSet: RuleSet, request: Dated<SweepRequest>): SweepResult {
  const prepared = prepareCase(ruleSet, request);
  const wage = dec(request.sweep.hourlyWage);
  const from = dec(request.sweep.fromHours ?? SWEEP_DEFAULTS.fromHours);
  const to = dec(request.sweep.toHours ?? SWEEP_DEFAULTS.toHours);
  const step = dec(request.sweep.stepHours ?? SWEEP_DEFAULTS.stepHours);
  const workDaysPerWeek = request.sweep.workDaysPerWeek ?? null;
  const count = to.minus(from).div(step).toDecimalPlaces(0, D.ROUND_DOWN).toNumber() + 1;

  const points = [];
  const swept: SweptPoint[] = [];
  for (let i = 0; i < count; i += 1) {
    const hoursPerWeek = from.plus(step.mul(i));
    const monthlyEarnings = monthlyFromHours(hoursPerWeek, wage);
    const { benefits, gross, net } = prepared.evaluate({ monthlyEarnings, hoursPerWeek, hourlyWage: wage, workDaysPerWeek, brief: true });
    swept.push({ hoursPerWeek, monthlyEarnings, net: net.net });
    points.push({
      hoursPerWeek: hoursPerWeek.toString(),
      monthlyEarnings: money(monthlyEarnings),
      benefits: benefits.map((b) => ({ benefit: b.benefit, status: b.status, monthlyAmount: b.monthlyAmount })),
      grossIncome: money(gross),
      netIncome: net.net ? money(net.net) : null,
    });
  }
  const anyNet = swept.some((p) => p.net !== null);
  const analysis = hoursAnalysis(swept);
  // Without a net line, say why: the explanations of the net at the last point (the most hours, so wages too).
  const last = swept.at(-1)!;
  const whyNoNet = anyNet
    ? []
    : prepared.evaluate({ monthlyEarnings: last.monthlyEarnings, hoursPerWeek: last.hoursPerWeek, hourlyWage: wage, workDaysPerWeek }).net
        .explanations;

  const limits: SweepLimit[] = [];
  const atZero = prepared.evaluate({ monthlyEarnings: ZERO, hoursPerWeek: ZERO, hourlyWage: wage, workDaysPerWeek });
  for (const b of atZero.benefits) {
    // A limit matters only for a benefit that is paid without work, and a rest limit only where it differs.
    if (b.monthlyAmountWithoutWork === money(ZERO)) continue;
    if (b.earningsLimit && b.maxHoursPerWeek)
      limits.push({ benefit: b.benefit, kind: 'earningsLimit', monthlyEarnings: b.earningsLimit, maxHoursPerWeek: b.maxHoursPerWeek });
    if (b.suspensionLimit && b.suspensionLimit !== b.earningsLimit) {
      limits.push({
        benefit: b.benefit,
        kind: 'suspensionLimit',
        monthlyEarnings: b.suspensionLimit,
        maxHoursPerWeek: maxHoursWithin(dec(b.suspensionLimit), wage, MAX_HOURS).toFixed(1),
      });
    }
  }
  return {
    ruleSet: prepared.stamp,
    date: prepared.date,
    hourlyWage: money(wage),
    limits,
    netMethod: anyNet ? prepared.netMethod : null,
    points,
    netFalls: analysis.netFalls,
    littleGains: analysis.littleGains,
    explanations: [...analysis.explanations, ...whyNoNet],
  };
}
