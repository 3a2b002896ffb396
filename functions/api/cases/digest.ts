import type { Benefit, CalculationResult } from '#core/index.ts';

/**
 * What a saved case keeps of its outcome, to tell later whether newer rules change it (outcome.ts compares two
 * digests, outcome-now.ts computes one): per scenario and benefit the status, monthly amount and max hours,
 * and the gross and net income.
 */
export interface OutcomeDigest {
  scenarios: {
    id: string;
    grossIncome: string;
    /** The net income a month (estimated from the tax rules, or from typed percentages); null when none. Absent in older digests. */
    netIncome?: string | null;
    benefits: { benefit: Benefit; status: string; monthlyAmount: string; maxHoursPerWeek: string | null }[];
  }[];
}

export function digestOf(result: CalculationResult): OutcomeDigest {
  return {
    scenarios: result.scenarios.map((s) => ({
      id: s.id,
      grossIncome: s.totals.grossIncome,
      netIncome: s.totals.netIncome,
      benefits: s.benefits.map((b) => ({
        benefit: b.benefit,
        status: b.status,
        monthlyAmount: b.monthlyAmount,
        maxHoursPerWeek: b.maxHoursPerWeek,
      })),
    })),
  };
}
