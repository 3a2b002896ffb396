import { MONTHS_PER_YEAR } from '../earnings.ts';
import { cents, type Dec, money, ZERO } from '../money.ts';
import { amountOf, info, warning } from '../outcome.ts';
import type { CaseInput } from '../request.ts';
import { BENEFITS, type Benefit, type BenefitOutcome, type Explanation, type TimelineYear } from '../result.ts';
import type { RuleSet, SourceRef } from '../ruleset.ts';
import { taxOfPlanYear } from './tax.ts';

/**
 * The months' net income and the calendar years' totals. How the net is found, in this order:
 * - withholding percentages given (`tax.wageWithholdingPercent`, `benefitWithholdingPercent`): they override the
 *   estimate, as in the calculation: each month's net from them, the year's net the sum;
 * - a municipality given: the tax engine on each calendar year's income in the plan (tax.ts), and each month's
 *   net its gross less its share of that year's tax (by taxable income) and of the employee contributions (by
 *   pay), so that the months add up to the year to the cent;
 * - neither, or a year without tax rules, or a municipality in Åland: gross only, and the year says why.
 */

export interface NetMonth {
  year: number;
  /** Wages: regular pay and bonuses. */
  pay: Dec;
  benefits: BenefitOutcome[];
  gross: Dec;
  /** The month's net from the withholding percentages (net.ts), when they are used. */
  withholding: { net: Dec | null; explanation: Explanation | null } | null;
}

const TAX_FREE: readonly Benefit[] = ['disabilityAllowance'];
const PENSIONS: readonly Benefit[] = ['earningsRelatedPension'];
const KELA: readonly Benefit[] = ['kelaPension', 'guaranteePension'];

function sumOf(benefits: BenefitOutcome[], which: readonly Benefit[]): Dec {
  return benefits.filter((b) => which.includes(b.benefit)).reduce((sum, b) => sum.plus(amountOf(b)), ZERO);
}

/** The benefits taxed as other earned income: the sickness allowances. */
function otherTaxable(benefits: BenefitOutcome[]): Dec {
  return sumOf(
    benefits,
    BENEFITS.filter((b) => !TAX_FREE.includes(b) && !PENSIONS.includes(b) && !KELA.includes(b)),
  );
}

/** `total` split in proportion to `weights`, in cents, the remainder on the last month with a weight: the parts add up. */
function allocate(total: Dec, weights: Dec[]): Dec[] {
  const sum = weights.reduce((a, w) => a.plus(w), ZERO);
  if (sum.isZero()) return weights.map(() => ZERO);
  const parts = weights.map((w) => cents(total.mul(w).div(sum)));
  const last = weights.map((w) => w.gt(0)).lastIndexOf(true);
  parts[last] = parts[last]!.plus(total.minus(parts.reduce((a, p) => a.plus(p), ZERO)));
  return parts;
}

export interface Years {
  years: TimelineYear[];
  /** Each month's net, in plan order; null where the year has none. */
  nets: (Dec | null)[];
  sources: SourceRef[];
}

export function yearsOf(ruleSet: RuleSet, months: NetMonth[], c: Pick<CaseInput, 'tax' | 'person'>): Years {
  const nets: (Dec | null)[] = months.map(() => null);
  const sources: SourceRef[] = [];
  const byYear = new Map<number, number[]>();
  months.forEach((m, i) => {
    byYear.set(m.year, [...(byYear.get(m.year) ?? []), i]);
  });
  const withholding = c.tax?.wageWithholdingPercent !== undefined || c.tax?.benefitWithholdingPercent !== undefined;
  const municipality = c.tax?.municipality;

  const years = [...byYear].map(([year, indexes]): TimelineYear => {
    const ms = indexes.map((i) => months[i]!);
    const gross = ms.reduce((a, m) => a.plus(m.gross), ZERO);
    const earnings = ms.reduce((a, m) => a.plus(m.pay), ZERO);
    const benefitTotals = BENEFITS.flatMap((benefit) => {
      const these = ms.flatMap((m) => m.benefits.filter((b) => b.benefit === benefit));
      return these.length > 0 ? [{ benefit, amount: money(these.reduce((a, b) => a.plus(amountOf(b)), ZERO)) }] : [];
    });
    const base = { year, months: ms.length, earnings: money(earnings), benefits: benefitTotals, grossIncome: money(gross) };
    const none = (explanation: Explanation): TimelineYear => ({ ...base, netIncome: null, net: null, explanations: [explanation] });

    if (withholding) {
      const monthNets = ms.map((m) => m.withholding?.net ?? null);
      indexes.forEach((i, k) => {
        nets[i] = monthNets[k]!;
      });
      const all = monthNets.every((n) => n !== null);
      const net = all ? monthNets.reduce((a, n) => a.plus(n!), ZERO) : null;
      return {
        ...base,
        netIncome: net ? money(net) : null,
        net: net ? { method: 'withholding', deductions: money(gross.minus(net)), tax: null, employeeContributions: null } : null,
        explanations: [info('yearNetFromWithholding', { year: String(year) })],
      };
    }
    if (municipality === undefined || c.tax === undefined) return none(info('yearNetNeedsMunicipality'));

    const income = {
      wages: earnings,
      earningsRelatedPension: ms.reduce((a, m) => a.plus(sumOf(m.benefits, PENSIONS)), ZERO),
      kelaPension: ms.reduce((a, m) => a.plus(sumOf(m.benefits, KELA)), ZERO),
      benefits: ms.reduce((a, m) => a.plus(otherTaxable(m.benefits)), ZERO),
    };
    const birthYear = c.person?.birthYear;
    const tax = taxOfPlanYear(ruleSet, {
      year,
      months: ms.length,
      income,
      tax: { ...c.tax, municipality },
      ...(birthYear !== undefined ? { birthYear } : {}),
    });
    if (tax.kind === 'noTaxRules') return none(warning('yearNetNoTaxRules', { year: String(year), availableFrom: tax.availableFrom }));
    if (tax.kind === 'aland') return none(warning('yearNetNotForAland'));
    sources.push(...tax.sources);

    const taxTotal = cents(tax.tax);
    const contributions = cents(tax.contributions);
    const taxes = allocate(
      taxTotal,
      ms.map((m) => m.gross.minus(sumOf(m.benefits, TAX_FREE))),
    );
    const withheld = allocate(
      contributions,
      ms.map((m) => m.pay),
    );
    indexes.forEach((i, k) => {
      nets[i] = months[i]!.gross.minus(taxes[k]!).minus(withheld[k]!);
    });
    const net = gross.minus(taxTotal).minus(contributions);
    const taxable = income.wages.plus(income.earningsRelatedPension).plus(income.kelaPension).plus(income.benefits);
    const percent = taxable.isZero() ? ZERO : cents(taxTotal.plus(contributions).div(taxable).mul(100));
    return {
      ...base,
      netIncome: money(net),
      net: {
        method: 'taxEstimate',
        deductions: money(taxTotal.plus(contributions)),
        tax: money(taxTotal),
        employeeContributions: money(contributions),
      },
      explanations: [
        info('yearNetEstimate', {
          year: String(year),
          months: ms.length,
          taxPercent: percent.toFixed(2),
          fullYear: ms.length === MONTHS_PER_YEAR,
        }),
      ],
    };
  });
  return { years, nets, sources };
}
