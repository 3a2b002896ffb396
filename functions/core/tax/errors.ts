/** Why a tax estimate cannot be made: each names what is missing, so a caller can say it in words. */

/** The rule set holds no tax rules for the year (they start in 2024), or no municipal rates for it. */
export class TaxRulesUnavailableError extends Error {
  readonly year: number;
  readonly what: 'taxRules' | 'municipalRates';
  readonly availableFrom: string;

  constructor(year: number, what: 'taxRules' | 'municipalRates', availableFrom: string) {
    super(
      what === 'taxRules'
        ? `No tax rules for ${year}: they start on ${availableFrom}`
        : `No municipal and parish tax rates for ${year} in the rules: they start on ${availableFrom}`,
    );
    this.year = year;
    this.what = what;
    this.availableFrom = availableFrom;
    this.name = 'TaxRulesUnavailableError';
  }
}

/** The municipality is not in the year's table; `suggestions` are the closest names that are. */
export class UnknownMunicipalityError extends Error {
  readonly municipality: string;
  readonly suggestions: string[];

  constructor(municipality: string, suggestions: string[]) {
    super(`Unknown municipality "${municipality}"${suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : ''}`);
    this.municipality = municipality;
    this.suggestions = suggestions;
    this.name = 'UnknownMunicipalityError';
  }
}

/** Åland's taxation (its own state scale, deductions and media fee) is out of scope. */
export class AlandOutOfScopeError extends Error {
  readonly municipality: string;

  constructor(municipality: string) {
    super(`${municipality} is in Åland, whose income taxation the calculator does not estimate`);
    this.municipality = municipality;
    this.name = 'AlandOutOfScopeError';
  }
}
