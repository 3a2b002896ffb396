import { describe, expect, it } from 'vitest';
import { CaseInputError } from '../../functions/core/case-issues.ts';
import { type CalculationRequestInput, calculate, type ScenarioResult } from '../../functions/core/index.ts';
import { CalculationRequest } from '../../functions/core/request.ts';
import { codes, ruleSet, run } from '../helpers.ts';

/**
 * The tax of each scenario (functions/core/monthly-tax.ts): the tax engine on twelve times the month's income, split
 * by kind. The Tax Administration's worked examples ("Esimerkkejä palkan, eläkkeen ja etuuden veroprosenteista",
 * vero.fi: Helsinki, a member of the Evangelical Lutheran church, age not given, one kind of income all year) are
 * reproduced to the cent through the whole calculation, at the yearly incomes that are a whole number of cents a
 * month (30 000 € and 60 000 €: 2 500 € and 5 000 € a month).
 */

const HELSINKI = { municipality: 'Helsinki', churchMember: true } as const;
/** A partial pension of 0 €: the request needs a benefit; this one adds no income, so the scenario is wages only. */
const NO_PENSION = { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '0' } } as const;

type Request = CalculationRequestInput & { date: string };
const scenario = (request: Request, id?: string): ScenarioResult => {
  const result = run(request);
  return id ? result.scenarios.find((s) => s.id === id)! : result.scenarios[0]!;
};
const totalTax = (s: ScenarioResult) => s.tax?.annualTaxes.total;

describe('the Tax Administration’s examples, through the calculation', () => {
  it('2026 pension: 2 500 €/month (30 000 €/year) pays 5 699.42 €, 5 000 €/month 18 850.05 €; no contributions', () => {
    const request = (monthlyAmount: string): Request => ({
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount } },
      tax: HELSINKI,
      scenarios: [{ id: 'none', monthlyEarnings: '0' }],
    });
    const low = scenario(request('2500'));
    expect(low.tax).toMatchObject({
      year: 2026,
      municipality: 'Helsinki',
      rates: { municipal: '5.30', church: '1.00' },
      annualIncome: { wages: '0.00', earningsRelatedPension: '30000.00', kelaPension: '0.00', benefits: '0.00', total: '30000.00' },
      annualTaxes: { total: '5699.42', workIncomeCredit: '0.00' },
      annualEmployeeContributions: { total: '0.00' },
      monthlyTax: '474.95', // 5 699.42 ÷ 12
      monthlyEmployeeContributions: '0.00',
      monthlyNet: '2025.05',
      netChangeFromFirst: '0.00',
    });
    expect(low.totals).toMatchObject({ grossIncome: '2500.00', netIncome: '2025.05', netMethod: 'taxRules', netChangeFromFirst: '0.00' });
    expect(totalTax(scenario(request('5000')))).toBe('18850.05');
  });

  it('2026 wages: 2 500 €/month pays 2 530.49 € of tax and 2 457 € of employee contributions; 5 000 €/month 13 244.84 €', () => {
    const result = run({
      date: '2026-03-01',
      benefits: NO_PENSION,
      tax: HELSINKI,
      scenarios: [
        { id: 'w30', monthlyEarnings: '2500' },
        { id: 'w60', monthlyEarnings: '5000' },
      ],
    });
    const [w30, w60] = result.scenarios as [ScenarioResult, ScenarioResult];
    expect(w30.tax).toMatchObject({
      annualIncome: { wages: '30000.00', total: '30000.00' },
      annualTaxes: { total: '2530.49' },
      // 7.30 % and 0.89 % of 30 000 €: withheld besides the tax, not part of the Tax Administration's figure.
      annualEmployeeContributions: { pension: '2190.00', unemploymentInsurance: '267.00', total: '2457.00' },
      monthlyTax: '210.87',
      monthlyEmployeeContributions: '204.75',
      monthlyNet: '2084.38', // 2 500 − 210.87 − 204.75
    });
    expect(totalTax(w60)).toBe('13244.84');
    expect(w60.tax!.netChangeFromFirst).toBe('1402.38');
    expect(w60.totals.netChangeFromFirst).toBe('1402.38');
  });

  it('2025 wages: 2 500 €/month pays 2 967.23 €, 5 000 €/month 13 950.51 €', () => {
    const result = run({
      date: '2025-03-01',
      benefits: NO_PENSION,
      tax: HELSINKI,
      scenarios: [
        { id: 'w30', monthlyEarnings: '2500' },
        { id: 'w60', monthlyEarnings: '5000' },
      ],
    });
    expect(result.scenarios.map(totalTax)).toEqual(['2967.23', '13950.51']);
    expect(result.scenarios[0]!.tax!.annualEmployeeContributions).toEqual({
      pension: '2145.00',
      unemploymentInsurance: '177.00',
      total: '2322.00',
    });
  });

  it('2026 benefit: a sickness allowance of 100 €/day for January’s 25 weekdays (30 000 €/year) pays 6 797.80 €', () => {
    const s = scenario({
      date: '2026-01-01',
      benefits: { sicknessAllowance: { dailyAmount: '100' } },
      tax: HELSINKI,
      scenarios: [{ id: 'none', monthlyEarnings: '0' }],
    });
    expect(s.benefits[0]).toMatchObject({ benefit: 'sicknessAllowance', monthlyAmount: '2500.00' });
    expect(s.tax).toMatchObject({ annualIncome: { benefits: '30000.00', total: '30000.00' }, annualDeductions: { pensionIncome: '0.00' } });
    expect(totalTax(s)).toBe('6797.80');
  });
});

describe('mixed income, what these clients have', () => {
  it.each([
    ['2026', '1550.21', '1805.30'],
    ['2025', '1608.68', '1804.02'],
  ])('%s: a partial pension of 1 200 € and wages of 800 € a month pay %s € a year, leaving %s € a month', (year, tax, net) => {
    const result = run({
      date: `${year}-03-01`,
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '1200' } },
      tax: HELSINKI,
      scenarios: [
        { id: 'none', monthlyEarnings: '0' },
        { id: 'work', monthlyEarnings: '800' },
      ],
    });
    const work = result.scenarios[1]!;
    expect(work.tax!.annualIncome).toMatchObject({ wages: '9600.00', earningsRelatedPension: '14400.00', total: '24000.00' });
    expect(totalTax(work)).toBe(tax);
    expect(work.totals.netIncome).toBe(net);
    // The change from no work: 800 € more pay, less the tax on it and the contributions.
    expect(work.totals.netChangeFromFirst).toBe(work.tax!.netChangeFromFirst);
  });

  it.each([
    ['2026', '1537.35'],
    ['2025', '1579.35'],
  ])(
    '%s: a partial sickness allowance of 750 € and wages of 1 000 € a month pay %s € a year (no pension income deduction)',
    (year, tax) => {
      // 18.9 h × 12.21 €/h × 52 ÷ 12 = 1 000.00 €; half of 60 € for January's 25 weekdays = 750 €.
      const s = scenario({
        date: `${year}-01-01`,
        benefits: { sicknessAllowance: { dailyAmount: '60', fullTimeHoursPerWeek: '37.5' } },
        tax: HELSINKI,
        scenarios: [{ id: 'half', hoursPerWeek: '18.9', hourlyWage: '12.21' }],
      });
      expect(s.benefits[0]).toMatchObject({ benefit: 'partialSicknessAllowance', monthlyAmount: '750.00' });
      expect(s.tax!.annualIncome).toMatchObject({ wages: '12000.00', benefits: '9000.00', total: '21000.00' });
      expect(s.tax!.annualDeductions.pensionIncome).toBe('0.00');
      expect(s.tax!.annualTaxes.workIncomeCredit).toBe('2160.00'); // 18 % of the wages only
      expect(totalTax(s)).toBe(tax);
    },
  );

  it('the disability allowance is tax-free: outside the taxed income, added to net as it is; Orthodox parish rate', () => {
    const result = run({
      date: '2026-03-01',
      household: { livingWithPartner: false },
      benefits: {
        earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200', stabilisedEarnings: '3000' },
        kelaPension: { fixedTerm: false, receivesCareAllowance: true },
      },
      tax: { municipality: 'tampere', churchMember: true, church: 'orthodox' },
      person: { birthYear: 1985 },
      scenarios: [
        { id: 'none', monthlyEarnings: '0' },
        { id: 'rest', hoursPerWeek: '30', hourlyWage: '15' },
      ],
    });
    const rest = result.scenarios[1]!;
    expect(rest.benefits.find((b) => b.benefit === 'disabilityAllowance')).toMatchObject({ status: 'replaced', monthlyAmount: '499.93' });
    expect(rest.tax).toMatchObject({
      municipality: 'Tampere',
      rates: { municipal: '7.60', church: '2.00' },
      annualIncome: { wages: '23400.00', earningsRelatedPension: '0.00', kelaPension: '0.00', total: '23400.00' },
      monthlyTaxFree: '499.93',
    });
    // 1 950 € of pay + 499.93 € tax-free − (1 414.84 € tax + 1 916.46 € contributions) ÷ 12.
    expect(rest.tax!.annualTaxes.total).toBe('1414.84');
    expect(rest.totals).toMatchObject({ grossIncome: '2449.93', netIncome: '2172.32' });
    expect(rest.explanations.find((e) => e.code === 'taxEstimate')!.params).toMatchObject({ monthlyTaxFree: '499.93', ageGiven: true });
  });
});

describe('typed withholding percentages override the estimate, and the result says so', () => {
  it('net from the percentages; the estimate stays in `tax` and in the explanation', () => {
    const s = scenario({
      date: '2026-03-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '1200' } },
      tax: { ...HELSINKI, wageWithholdingPercent: '20', benefitWithholdingPercent: '10' },
      scenarios: [{ id: 'work', monthlyEarnings: '800' }],
    });
    // 800 − 800 × (20 + 7.30 + 0.89) % + 1 200 − 10 %
    expect(s.totals).toMatchObject({ netIncome: '1654.48', netMethod: 'withholdingPercentages' });
    expect(s.tax!.monthlyNet).toBe('1805.30');
    expect(codes(s)).toEqual(['earningsGiven', 'netEstimate', 'taxEstimateOverridden']);
    expect(s.explanations.at(-1)!.params).toEqual({ estimatedMonthlyNet: '1805.30' });
  });

  it('still work in a year without municipal rates (2023), and say why there is no estimate beside them', () => {
    const s = scenario({
      date: '2023-06-01',
      benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '1200' } },
      tax: { municipality: 'Helsinki', wageWithholdingPercent: '20', benefitWithholdingPercent: '10' },
      scenarios: [{ id: 'work', monthlyEarnings: '800' }],
    });
    expect(s.tax).toBeNull();
    expect(s.totals.netMethod).toBe('withholdingPercentages');
    expect(codes(s)).toEqual(['earningsGiven', 'netEstimate', 'taxNotEstimatedNoMunicipalRates']);
  });
});

describe('no estimate, and the reason in words: never a 400 for a valid month', () => {
  const caseIn = (date: string, tax?: object): Request => ({
    date,
    benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900' } },
    ...(tax ? { tax } : {}),
    scenarios: [{ id: 'x', monthlyEarnings: '500' }],
  });

  it.each([
    ['no municipality', caseIn('2026-03-01'), 'taxNotEstimatedNoMunicipality', {}],
    ['2023: no municipal rates', caseIn('2023-06-01', { municipality: 'Helsinki' }), 'taxNotEstimatedNoMunicipalRates', { year: '2023' }],
    [
      '2024: no municipal rates yet',
      caseIn('2024-06-01', { municipality: 'Helsinki' }),
      'taxNotEstimatedNoMunicipalRates',
      { year: '2024' },
    ],
    ['Åland (out of scope)', caseIn('2026-03-01', { municipality: 'maarianhamina' }), 'taxNotEstimatedAland', {}],
  ])('%s', (_name, request, code, params) => {
    const s = scenario(request);
    expect(s.tax).toBeNull();
    expect(s.totals).toMatchObject({ netIncome: null, netMethod: null, netChangeFromFirst: null });
    expect(s.explanations.at(-1)).toEqual({ code, severity: 'info', params });
  });
});

describe('an unknown municipality is the user’s mistake: a 400 on tax.municipality with the closest names', () => {
  const request = (municipality: string) =>
    CalculationRequest.parse({
      date: '2026-03-01',
      benefits: NO_PENSION,
      tax: { municipality },
      scenarios: [{ id: 'x', monthlyEarnings: '500' }],
    });

  it('"Helsinky" → Helsinki among the suggestions, with the year of the table', () => {
    let issue: unknown;
    try {
      calculate(ruleSet, { ...request('Helsinky'), date: '2026-03-01' });
    } catch (error) {
      expect(error).toBeInstanceOf(CaseInputError);
      issue = (error as CaseInputError).issue;
    }
    expect(issue).toMatchObject({ path: ['tax', 'municipality'], params: { reason: 'unknownMunicipality', year: 2026 } });
    expect((issue as { params: { suggestions: string[] } }).params.suggestions[0]).toBe('Helsinki');
  });

  it('case, accents and spaces do not matter: "  JYVASKYLA " is Jyväskylä', () => {
    const s = calculate(ruleSet, { ...request('  JYVASKYLA '), date: '2026-03-01' }).scenarios[0]!;
    expect(s.tax!.municipality).toBe('Jyväskylä');
  });

  it('a name with nothing close has no suggestions, and is still a 400', () => {
    expect(() => calculate(ruleSet, { ...request('Xqzwv Wqxz'), date: '2026-03-01' })).toThrow(CaseInputError);
  });
});

describe('the result names the estimate’s sources', () => {
  it('the municipal rate table and the tax scale are among the sources; a secondary table is flagged', () => {
    const result = run({
      date: '2026-03-01',
      benefits: NO_PENSION,
      tax: HELSINKI,
      scenarios: [{ id: 'x', monthlyEarnings: '500' }],
    });
    expect(result.sources.municipalTaxRates).toMatchObject({ status: 'secondary', validFrom: '2026-01-01' });
    expect(result.scenarios[0]!.tax!.sources).toEqual(
      expect.arrayContaining(['stateIncomeTaxScale', 'municipalTaxRates', 'basicDeductionMaximum']),
    );
    const unofficial = result.ruleSet.warnings.find((w) => w.code === 'unofficialFigures')!;
    expect(String(unofficial.params.parameters).split(',')).toContain('municipalTaxRates');
  });
});
