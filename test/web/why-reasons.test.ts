import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import Why from '../../web/src/components/Why.svelte';
import { explanationTexts } from '../../web/src/i18n/explanations/index.svelte.ts';
import { i18n } from '../../web/src/i18n/index.svelte.ts';
import { RULES_MESSAGES } from '../../web/src/i18n/rules/index.ts';
import { scenario } from '../../web/src/lib/form.ts';
import { referenceTitle } from '../../web/src/lib/rules-view.ts';
import { ruleSet } from './engine.ts';

/** The reasons as a reader meets them: each said once per option, and the laws named in the reader's language. */

beforeAll(async () => {
  await Promise.all([explanationTexts.load('fi'), explanationTexts.load('en')]);
});
afterEach(async () => {
  cleanup();
  await i18n.set('fi');
});

/** A small earnings-related pension (100 €) beside Kela's: the guarantee pension is paid, and both Kela pensions rest at 25 h. */
const result = calculate(ruleSet, {
  ...CalculationRequest.parse({
    household: { livingWithPartner: false },
    benefits: { earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '100' }, kelaPension: { fixedTerm: true } },
    scenarios: [
      { id: 's1', hoursPerWeek: '0', hourlyWage: '13.20' },
      { id: 's2', hoursPerWeek: '25', hourlyWage: '13.20' },
    ],
  }),
  date: '2026-03-01',
});

describe('the reasons of an option', () => {
  it('a warning that applies to two benefits (the Kela pension and its guarantee pension rest) is said once', () => {
    const kela = result.scenarios[1]!.benefits.filter((b) => b.benefit === 'kelaPension' || b.benefit === 'guaranteePension');
    expect(kela.map((b) => b.status)).toEqual(['suspended', 'suspended']);
    // The engine gives the same warning under both…
    const both = kela.map((b) => b.explanations.filter((e) => e.code === 'kelaShortExceedanceMayBeTolerated').length);
    expect(both.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    render(Why, { props: { result, scenarios: [scenario('s1', '0'), scenario('s2', '25')] } });
    const option = document.getElementById('why-s2')!;
    // …the page says it once.
    expect(option.textContent?.split('Lyhyt rajan ylitys ei välttämättä keskeytä Kelan eläkettä').length).toBe(2);
    expect(option.textContent?.split('Kelan eläke jätetään lepäämään').length).toBe(2);
  });

  it('laws are named in the reader’s language where the law has a name in it; other pages as they are called', async () => {
    await i18n.set('en');
    render(Why, { props: { result, scenarios: [scenario('s1', '0'), scenario('s2', '25')] } });
    expect(screen.getAllByRole('link', { name: /^Act 738\/2009/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /^Laki 738\/2009/ })).toBeNull();
  });

  it.each([
    [
      'sv',
      'Sairausvakuutuslaki 1224/2004 8 luku 11 § (muutettu, EV 137/2022)',
      'Sjukförsäkringslagen 1224/2004 8 kap. 11 § (ändrad, EV 137/2022)',
    ],
    [
      'en',
      'Sairausvakuutuslaki 1224/2004 8 luku 11 § 4 mom. (EV 137/2022)',
      'Health Insurance Act 1224/2004 8:11 § 4 subsection (EV 137/2022)',
    ],
    [
      'en',
      'Laki 738/2009 2 § ja 5 § 1 mom. – Kelan eläkkeet ja takuueläke',
      'Act 738/2009 2 § and 5 § 1 subsection – Kela’s pensions and the guarantee pension',
    ],
    ['sv', 'Laki takuueläkkeestä 703/2010 8 § 4 mom.', 'Lagen om garantipension 703/2010 8 § 4 mom.'],
    ['en', 'Kela – Takuueläke (the full guarantee pension is the limit)', 'Kela – Takuueläke (the full guarantee pension is the limit)'],
    ['fi', 'Laki 738/2009 6 §', 'Laki 738/2009 6 §'],
  ] as const)('%s: %s', (lang, title, translated) => {
    expect(referenceTitle(title, RULES_MESSAGES[lang])).toBe(translated);
  });
});
