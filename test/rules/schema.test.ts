import { afterEach, describe, expect, it } from 'vitest';
import { PARAMETER_UNITS } from '../../functions/core/parameters.ts';
import { loadRuleSet, RuleSetError } from '../../rules/load.ts';
import { ruleSet } from '../helpers.ts';
import { copyOfRules } from './fixtures.ts';

let copy: ReturnType<typeof copyOfRules> | undefined;
afterEach(() => copy?.remove());

function problemsOf(edit: (c: ReturnType<typeof copyOfRules>) => void): string {
  copy = copyOfRules();
  edit(copy);
  try {
    loadRuleSet(copy.dir);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).message;
  }
  throw new Error('the broken rule set loaded');
}

describe('the repository’s rule set', () => {
  it('covers 2023-01-01 onwards and is verified to the end of 2026', () => {
    expect(ruleSet.validFrom).toBe('2023-01-01');
    expect(ruleSet.verifiedUntil >= '2026-12-31').toBe(true);
  });

  it('gives every value a status and an https source, and every parameter a reference and texts in three languages', () => {
    for (const parameter of Object.values(ruleSet.parameters)) {
      expect(parameter.reference.length).toBeGreaterThan(0);
      for (const language of ['fi', 'sv', 'en'] as const) expect(parameter.description[language].length).toBeGreaterThan(10);
      for (const value of parameter.values) {
        expect(['official', 'secondary', 'derived']).toContain(value.status);
        expect(value.source).toMatch(/^https?:\/\/\S+$/);
      }
    }
  });

  it('has every parameter the engine reads, with the unit it reads', () => {
    for (const [name, unit] of Object.entries(PARAMETER_UNITS)) expect(ruleSet.parameters[name]?.unit).toBe(unit);
  });

  it('has a version made of the label and a content hash', () => {
    expect(ruleSet.version).toBe(`${ruleSet.label}+${ruleSet.hash.slice(0, 12)}`);
    expect(ruleSet.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a broken rule file fails with a message naming the file, the parameter and the date', () => {
  it('a value without its source', () => {
    const message = problemsOf((c) =>
      c.edit('sickness-allowance.yaml', (t) =>
        t.replace('        source: https://www.kela.fi/ajankohtaista/5904549/muutoksia-kelan-etuuksiin-vuonna-2024\n', ''),
      ),
    );
    expect(message).toContain('sickness-allowance.yaml: parameters › sicknessAllowanceMinimumDaily › values › 2024-01-01 › source');
  });

  it('a value without its status', () => {
    const message = problemsOf((c) => c.edit('guarantee-pension.yaml', (t) => t.replace(/(value: "976.59"\n)\s+status: official\n/, '$1')));
    expect(message).toContain('guarantee-pension.yaml: parameters › guaranteePensionFull › values › 2024-01-01 › status');
  });

  it('a figure written as a bare number, which YAML would read as a float', () => {
    const message = problemsOf((c) => c.edit('earnings-limits.yaml', (t) => t.replace('value: "990.90"', 'value: 990.90')));
    expect(message).toMatch(
      /earnings-limits\.yaml: parameters › minimumEarningsLimit › values › 2026-01-01 › value: must be a number written in quotes/,
    );
  });

  it('an impossible effective date', () => {
    const message = problemsOf((c) => c.edit('payroll.yaml', (t) => t.replace('2026-01-01:', '2026-02-30:')));
    expect(message).toContain('payroll.yaml: parameters › employeePensionContributionPercent › values › 2026-02-30');
  });

  it('a parameter the engine needs is missing', () => {
    const message = problemsOf((c) =>
      c.edit('disability-allowance.yaml', (t) => t.replace('disabilityAllowanceHighest:', 'disabilityAllowanceTop:')),
    );
    expect(message).toContain('parameter disabilityAllowanceHighest is missing');
  });

  it('a parameter whose values start after the rule set’s first day', () => {
    const message = problemsOf((c) =>
      c.edit('sickness-allowance.yaml', (t) =>
        t.replace(/sicknessAllowanceDivisor:([\s\S]*?)2023-01-01:/, 'sicknessAllowanceDivisor:$12023-02-01:'),
      ),
    );
    expect(message).toContain('sickness-allowance.yaml: parameters › sicknessAllowanceDivisor › values: first value starts 2023-02-01');
  });

  it('a parameter with the wrong unit', () => {
    const message = problemsOf((c) =>
      c.edit('kela-pension.yaml', (t) => t.replace(/(nationalPensionReductionPercent:[\s\S]*?unit: )percent/, '$1EUR')),
    );
    expect(message).toContain(
      'kela-pension.yaml: parameters › nationalPensionReductionPercent › unit: is EUR, the engine reads it as percent',
    );
  });

  it('a parameter defined in two files', () => {
    const message = problemsOf((c) =>
      c.edit('payroll.yaml', (t) =>
        t.replace(
          'parameters:\n',
          'parameters:\n  restMinimumMonths:\n    description: { fi: kolme kuukautta, sv: tre månader, en: three months }\n    unit: months\n    period: none\n    reference: [{ title: x, href: "https://example.org" }]\n    values:\n      2023-01-01: { value: "3", status: official, source: "https://example.org" }\n',
        ),
      ),
    );
    expect(message).toContain('parameters › restMinimumMonths: already defined in earnings-limits.yaml');
  });

  it('a missing language', () => {
    const message = problemsOf((c) => c.edit('payroll.yaml', (t) => t.replace(/\n {6}sv: Arbetstagarens arbetspensionsavgift[^\n]*/, '')));
    expect(message).toContain('payroll.yaml: parameters › employeePensionContributionPercent › description › sv');
  });

  it('brackets out of order', () => {
    const message = problemsOf((c) =>
      c.edit('sickness-allowance.yaml', (t) => t.replace('{ over: "35769", percent: "20" }', '{ over: "0", percent: "20" }')),
    );
    expect(message).toContain('sickness-allowance.yaml: parameters › sicknessAllowanceBrackets › values › 2024-01-01 › value');
  });

  it('a placeholder left by new-period: the engine never loads it', () => {
    const message = problemsOf((c) =>
      c.edit('guarantee-pension.yaml', (t) =>
        t.replace(
          /value: "990.90"\n\s+status: derived\n\s+source: [^\n]+\n\s+note: [^\n]+\n/,
          'value: null\n        status: placeholder\n        note: Fill in.\n',
        ),
      ),
    );
    expect(message).toContain(
      'guarantee-pension.yaml: parameters › guaranteePensionFull › values › 2026-01-01: placeholder left by `rules new-period`',
    );
  });

  it('a date written twice in one parameter', () => {
    const message = problemsOf((c) =>
      c.edit('disability-allowance.yaml', (t) =>
        t.replace('      2025-01-01:\n        value: "497.60"', '      2024-01-01:\n        value: "497.60"'),
      ),
    );
    expect(message).toMatch(
      /disability-allowance\.yaml: parameters › disabilityAllowanceHighest › values › 2024-01-01: written twice \(lines \d+ and \d+\)/,
    );
  });

  it('the hash follows the content: changing one figure changes the version', () => {
    copy = copyOfRules();
    copy.edit('payroll.yaml', (t) => t.replace('value: "0.89"', 'value: "0.90"'));
    expect(loadRuleSet(copy.dir).version).not.toBe(ruleSet.version);
  });
});
