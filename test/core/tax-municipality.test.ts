import { describe, expect, it } from 'vitest';
import { money } from '../../functions/core/money.ts';
import { annualTax } from '../../functions/core/tax/annual-tax.ts';
import { AlandOutOfScopeError, TaxRulesUnavailableError, UnknownMunicipalityError } from '../../functions/core/tax/errors.ts';
import { closestMunicipalities } from '../../functions/core/tax/municipality.ts';
import { ruleSet } from '../helpers.ts';
import { income } from './tax-support.ts';

const tax = (year: number, municipality: string, church: 'none' | 'lutheran' | 'orthodox' = 'none') =>
  annualTax(ruleSet, { year, income: income({ wages: 30000 }), residence: { municipality, church } });

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('no error');
};

describe('municipal and church tax by municipality', () => {
  it('uses the year’s rates of the municipality and its parish', () => {
    const helsinki = tax(2026, 'Helsinki', 'lutheran');
    expect(helsinki.rates).toEqual({ municipal: '5.30', church: '1.00', tableFrom: '2026-01-01' });
    expect(money(helsinki.taxes.municipal)).toBe(money(helsinki.taxableIncome.mul('0.053').toDecimalPlaces(2)));
    expect(tax(2026, 'Lahti').rates.municipal).toBe('8.60');
    expect(tax(2025, 'Lahti').rates.municipal).toBe('8.10');
    expect(tax(2026, 'Joensuu', 'orthodox').rates.church).toBe('2.00');
    expect(tax(2026, 'Joensuu', 'none').rates.church).toBe('0');
    expect(money(tax(2026, 'Joensuu', 'none').taxes.church)).toBe('0.00');
  });

  it('finds the name in any case and without accents, and answers with the Tax Administration’s spelling', () => {
    expect(tax(2026, 'jyvaskyla').municipality).toBe('Jyväskylä');
    expect(tax(2026, '  PEDERSÖREN   KUNTA ').municipality).toBe('Pedersören kunta');
    expect(tax(2026, 'koski tl').municipality).toBe('Koski Tl');
  });

  it('an unknown name is refused with the closest names', () => {
    const error = errorOf(() => tax(2026, 'Jyväskulä'));
    expect(error).toBeInstanceOf(UnknownMunicipalityError);
    expect((error as UnknownMunicipalityError).suggestions[0]).toBe('Jyväskylä');
    expect(closestMunicipalities(ruleSet.parameters.municipalTaxRates!.values.at(-1)!.value as never, 'Kuopi')).toContain('Kuopio');
    expect((errorOf(() => tax(2026, 'Atlantis')) as UnknownMunicipalityError).suggestions).toEqual([]);
  });

  it('Åland is out of scope: refused, not taxed with mainland rules', () => {
    const error = errorOf(() => tax(2026, 'Maarianhamina'));
    expect(error).toBeInstanceOf(AlandOutOfScopeError);
    expect((error as Error).message).toContain('Åland');
  });

  it('Pertunmaa, merged into Mäntyharju on 1.1.2025, is no longer in the table', () => {
    expect(errorOf(() => tax(2025, 'Pertunmaa'))).toBeInstanceOf(UnknownMunicipalityError);
  });
});

describe('years the rules do not cover are refused, not guessed', () => {
  it('2023: tax rules (from 1.1.2023), but no municipal rates (they start on 1.1.2025)', () => {
    const error = errorOf(() => tax(2023, 'Helsinki')) as TaxRulesUnavailableError;
    expect(error).toBeInstanceOf(TaxRulesUnavailableError);
    expect([error.what, error.availableFrom]).toEqual(['municipalRates', '2025-01-01']);
  });

  it('2024: tax rules, but no municipal rates (they start on 1.1.2025) unless the rates are given', () => {
    const error = errorOf(() => tax(2024, 'Helsinki')) as TaxRulesUnavailableError;
    expect([error.what, error.availableFrom]).toEqual(['municipalRates', '2025-01-01']);
    const given = annualTax(ruleSet, {
      year: 2024,
      income: income({ wages: 30000 }),
      residence: { municipalPercent: '7.50', churchPercent: '1.40' },
    });
    expect(given.rates).toEqual({ municipal: '7.50', church: '1.40', tableFrom: null });
    expect(given.municipality).toBeNull();
  });

  it('refuses nonsense input', () => {
    expect(() =>
      annualTax(ruleSet, { year: 2026, income: income({ wages: -1 }), residence: { municipality: 'Helsinki', church: 'none' } }),
    ).toThrow(/income.wages/);
    expect(() =>
      annualTax(ruleSet, { year: 2026, income: income({ wages: 1 }), residence: { municipalPercent: '5,3', churchPercent: '1' } }),
    ).toThrow(/municipalPercent/);
    expect(() =>
      annualTax(ruleSet, {
        year: 2026,
        income: income({ wages: 1 }),
        residence: { municipality: 'Helsinki', church: 'none' },
        birthYear: 2030,
      }),
    ).toThrow(/birthYear/);
  });
});

describe('the result names its sources', () => {
  it('lists every rule value used, with its status and source', () => {
    const names = tax(2026, 'Helsinki', 'lutheran').sources.map((s) => s.parameter);
    for (const name of [
      'stateIncomeTaxScale',
      'basicDeductionMaximum',
      'workIncomeCreditMaximum',
      'municipalTaxRates',
      'medicalCareContributionPercent',
    ])
      expect(names).toContain(name);
    const table = tax(2026, 'Helsinki').sources.find((s) => s.parameter === 'municipalTaxRates')!;
    expect(table.source).toBe(
      'https://www.vero.fi/syventavat-vero-ohjeet/paatokset/47465/kuntien-ja-seurakuntien-tuloveroprosentit-vuonna-2026/',
    );
    expect(table.status).toBe('secondary');
  });
});
