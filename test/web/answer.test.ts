import { describe, expect, it } from 'vitest';
import { CalculationRequest, calculate, SweepRequest, sweep } from '../../functions/core/index.ts';
import { results as en } from '../../web/src/i18n/results/en.ts';
import { results as fi } from '../../web/src/i18n/results/fi.ts';
import { results as sv } from '../../web/src/i18n/results/sv.ts';
import type { ResultMessages } from '../../web/src/i18n/results/types.ts';
import { answerContext, answerSentences, maxHoursAnswer } from '../../web/src/lib/answer.ts';
import { type FormState, initialForm } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { ruleSet } from './engine.ts';

/**
 * The short answer in words, from the real engine's results (March 2026, 13,20 € an hour): which benefit
 * rests and which may become partial, the total income either side of the limit, that a rest lasts at most
 * 24 months and a rehabilitation subsidy ends on its date anyway, the partial sickness allowance's hours, and
 * the warning on a sickness allowance beside a pension. Every sentence in fi, sv and en.
 */

const DATE = '2026-03-01';
const LANGS: [string, ResultMessages][] = [
  ['fi', fi],
  ['sv', sv],
  ['en', en],
];
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function words(form: FormState, lang: 'fi' | 'sv' | 'en', wage = '13.20') {
  const { scenarios, ...c } = toRequest(form);
  const result = calculate(ruleSet, { ...CalculationRequest.parse({ ...c, scenarios }), date: DATE });
  const chart = sweep(ruleSet, { ...SweepRequest.parse({ ...c, sweep: { hourlyWage: wage } }), date: DATE });
  const answer = maxHoursAnswer(chart);
  const texts = LANGS.find(([l]) => l === lang)![1];
  return { answer, sentences: answerSentences(answer, texts, formatters(lang), answerContext(form.case, result)).map(norm) };
}

/** A full rehabilitation subsidy of 1 200 € (stabilised earnings 2 000 €: its limit is the euro floor, its rest limit 1 200 €) and Kela's. */
function kelaRestsPensionMayBecomePartial(): FormState {
  const form = initialForm('2026-03');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200', stabilisedEarnings: '2000' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: true };
  form.case.household = 'single';
  return form;
}

/** A permanent earnings-related pension of 900 € (no decision figures: the euro floor for both limits) and Kela's permanent pension. */
function bothRest(): FormState {
  const form = initialForm('2026-03');
  form.case.erp = { ...form.case.erp, on: true, type: 'full', fixedTerm: false, monthlyAmount: '900' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: false };
  form.case.household = 'single';
  return form;
}

function sickness(fullTime: string, inSector = false): FormState {
  const form = initialForm('2026-03');
  form.case.sickness = { ...form.case.sickness, on: true, dailyAmount: '60', fullTimeHoursPerWeek: fullTime, fullTimeInSector: inSector };
  return form;
}

describe('which benefit rests, and what that does to the total income', () => {
  it('the Kela pension rests and the earnings-related one may become partial above 17,3 h: both named, the fall in income in figures', () => {
    const { answer, sentences } = words(kelaRestsPensionMayBecomePartial(), 'fi');
    expect(answer.next).toEqual({
      resting: ['kelaPension'],
      partial: ['earningsRelatedPension'],
      before: { hours: '17', grossIncome: '2392.72' },
      after: { hours: '17.5', grossIncome: '1601.00' },
    });
    expect(sentences.slice(0, 3)).toEqual([
      'Palkalla 13,20 € tunnilta voit tehdä töitä enintään 17,3 tuntia viikossa ilman, että etuutesi muuttuvat.',
      'Yli 17,3 tunnilla viikossa Kelan kansaneläke jää lepäämään, ja työeläke voi muuttua osaeläkkeeksi.',
      'Silloin tulosi yhteensä pienenevät: 17 tunnilla viikossa ne ovat 2 392,72 € kuukaudessa, 17,5 tunnilla 1 601,00 €.',
    ]);
  });

  it.each([
    ['sv', 'Över 17,3 timmar per vecka lämnas FPA:s folkpension att vila, och arbetspensionen kan ändras till partiell pension.'],
    [
      'en',
      'Above 17.3 hours a week your Kela national pension is left to rest, and your earnings-related pension may become a partial pension.',
    ],
  ] as const)('%s: the same benefits named', (lang, next) => {
    expect(words(kelaRestsPensionMayBecomePartial(), lang).sentences[1]).toBe(next);
  });

  it.each([
    [
      'fi',
      'Yli 17,3 tunnilla viikossa työeläke ja Kelan kansaneläke jäävät lepäämään.',
      'ne ovat 2 242,72 € kuukaudessa, 17,5 tunnilla 1 001,00 €.',
    ],
    [
      'sv',
      'Över 17,3 timmar per vecka lämnas arbetspensionen och FPA:s folkpension att vila.',
      'är de 2 242,72 € per månad, vid 17,5 timmar 1 001,00 €.',
    ],
    [
      'en',
      'Above 17.3 hours a week your earnings-related pension and your Kela national pension are left to rest.',
      'it is €2,242.72 a month, at 17.5 hours €1,001.00.',
    ],
  ] as const)(
    '%s: two pensions that both rest at the euro floor, and the income falling from 2 242,72 € to 1 001,00 €',
    (lang, next, income) => {
      const { sentences } = words(bothRest(), lang);
      expect(sentences[1]).toBe(next);
      expect(sentences[2]).toContain(income);
    },
  );
});

describe('what a rest means: it does not last, and a subsidy ends on its date', () => {
  it.each([
    [
      'fi',
      'Eläke voi kuitenkin levätä enintään 24 kuukautta: jos ansiot ovat rajan yläpuolella pidempään, eläke lakkaa.',
      'Kuntoutustuki päättyy joka tapauksessa päätöksessä mainittuna päivänä, myös jos se lepää.',
    ],
    [
      'sv',
      'Pensionen kan dock vila högst 24 månader: om inkomsterna ligger över gränsen längre än så upphör pensionen.',
      'Rehabiliteringsstödet upphör i alla fall den dag som står i beslutet, också om det vilar.',
    ],
    [
      'en',
      'But a pension can rest for at most 24 months: if your earnings stay above the limit for longer, the pension ends.',
      'A rehabilitation subsidy ends on the date in its decision in any case, also while it rests.',
    ],
  ] as const)('%s: at most 24 months, then the pension ends; the fixed-term subsidy ends on its date', (lang, rest, subsidy) => {
    const { sentences } = words(kelaRestsPensionMayBecomePartial(), lang);
    expect(sentences[3]).toContain(rest);
    expect(sentences[4]).toBe(subsidy);
    for (const s of sentences) expect(s).not.toMatch(/ei lopu|upphör inte|does not end/);
  });

  it('permanent pensions: the 24 months, no word of a subsidy', () => {
    const { sentences } = words(bothRest(), 'fi');
    expect(sentences.join(' ')).toContain('enintään 24 kuukautta');
    expect(sentences.join(' ')).not.toContain('Kuntoutustuki');
  });

  // Audit W3: TyEL 47 § gives no right to a full pension while earnings exceed 40 %; the provider may convert it
  // from the month the change began and recover the difference. So no "the full pension is paid until then".
  it.each([
    [
      'fi',
      'Eläkeyhtiö tarkistaa tilanteesi ja päättää, muuttuuko eläke osaeläkkeeksi ja mistä alkaen. Muutos voi koskea myös mennyttä aikaa, jolloin liikaa maksettu eläke peritään takaisin: kerro työstä eläkeyhtiölle ennen kuin aloitat.',
    ],
    [
      'sv',
      'Pensionsanstalten granskar din situation och beslutar om pensionen ändras till delinvalidpension och från när. Ändringen kan också gälla tid som redan gått, och då krävs den pension som betalats för mycket tillbaka: berätta om arbetet för pensionsanstalten innan du börjar.',
    ],
    [
      'en',
      'The pension provider reviews your situation and decides whether the pension becomes a partial pension, and from when. The change can also apply to time already past, and then the pension paid in excess is recovered: tell the provider about the work before you start.',
    ],
  ] as const)(
    '%s: a partial pension is the provider’s decision, possibly backdated, with recovery; no promise of the full pension',
    (lang, decision) => {
      const { sentences } = words(kelaRestsPensionMayBecomePartial(), lang);
      expect(sentences[5]).toBe(decision);
      expect(sentences.join(' ')).not.toMatch(/Siihen asti maksetaan täyttä|Till dess betalas full|Until then the full pension is paid/);
    },
  );
});

describe('the partial sickness allowance’s hours in the answer', () => {
  it.each([
    [
      'fi',
      'Jos kokoaikatyösi (37,5 tuntia viikossa) työaika lyhennetään 15–22,5 tuntiin viikossa, voit saada sairauspäivärahan sijaan osasairauspäivärahaa: 50 % päivärahasta.',
    ],
    [
      'sv',
      'Om arbetstiden i ditt heltidsarbete (37,5 timmar per vecka) förkortas till 15–22,5 timmar per vecka kan du få partiell sjukdagpenning i stället för sjukdagpenning: 50 % av dagpenningen.',
    ],
    [
      'en',
      'If the hours of your full-time job (37.5 hours a week) are cut to 15–22.5 hours a week, you may get partial sickness allowance instead of sickness allowance: 50% of the daily allowance.',
    ],
  ] as const)('%s: a 37,5 h full-time job: 15–22,5 h a week, half the daily allowance', (lang, window) => {
    const { answer, sentences } = words(sickness('37.5'), lang);
    expect(answer.variant).toBe('sicknessOnly');
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toContain(window);
  });

  it('a 25 h job: not full time, unless it is the sector’s full time (then 10–15 h)', () => {
    expect(words(sickness('25'), 'fi').sentences[1]).toBe(
      'Osasairauspäivärahaa voi saada vain kokoaikatyöstä, jonka työaikaa lyhennetään. 25 tuntia viikossa on alle 30 tunnin: jos se on alalla tavallinen kokoaikainen työaika, merkitse se.',
    );
    expect(words(sickness('25', true), 'en').sentences[1]).toMatch(
      /^If the hours of your full-time job \(25 hours a week\) are cut to 10–15 hours a week/,
    );
  });

  it('no full-time hours given: the rule in percentages of full time', () => {
    expect(words(sickness(''), 'fi').sentences[1]).toBe(
      'Jos sinulla on kokoaikatyö (vähintään 30 tuntia viikossa tai alan tavallinen kokoaikainen työaika) ja teet siitä 40 %–60 %, voit saada osasairauspäivärahaa: 50 % päivärahasta. Anna kokoaikainen työaikasi, niin näet tuntirajat.',
    );
  });

  it('any work reduces the sickness allowance, and regular work may end the right to it', () => {
    expect(words(sickness('37.5'), 'sv').sentences[0]).toBe(
      'Sjukdagpenning betalas inte för dagar då du arbetar, och regelbundet arbete kan göra att rätten till den upphör. I tabellen ser du hur mycket arbetet minskar den.',
    );
  });
});

describe('a sickness allowance beside a full pension', () => {
  it.each([
    ['fi', /sairauspäivärahaa ei yleensä makseta samaan aikaan täyden työkyvyttömyyseläkkeen/],
    ['sv', /sjukdagpenning betalas vanligen inte samtidigt som full invalidpension/],
    ['en', /sickness allowance is not usually paid at the same time as a full disability pension/],
  ] as const)('%s: the answer warns that the totals may add up what is not paid together', (lang, warning) => {
    const form = initialForm('2026-03');
    form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200' };
    form.case.sickness = { ...form.case.sickness, on: true, dailyAmount: '60' };
    expect(words(form, lang).sentences.at(-1)).toMatch(warning);
  });
});

describe('the answer’s figures', () => {
  it('a full pension with a higher personal limit: first it may become partial (20,9 h), and the income either side', () => {
    const form = initialForm('2026-03');
    form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200', stabilisedEarnings: '3000' };
    const { answer } = words(form, 'fi');
    expect(answer).toMatchObject({ variant: 'noChange', hours: '20.9', next: { resting: [], partial: ['earningsRelatedPension'] } });
  });

  it('at a low wage the whole range stays within the limit: no next step', () => {
    const form = initialForm('2026-03');
    form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200', stabilisedEarnings: '3000' };
    expect(words(form, 'en', '5').answer).toMatchObject({ variant: 'fullTime', hours: '40', next: null });
  });

  it('a Kela pension that is not paid anyway does not set the limit', () => {
    const form = initialForm('2026-03');
    form.case.erp = { ...form.case.erp, on: true, fixedTerm: false, type: 'partial', monthlyAmount: '900', stabilisedEarnings: '4000' };
    form.case.kela = { ...form.case.kela, on: true, fixedTerm: false };
    form.case.household = 'single';
    // 60 % of 4000 = 2400 € a month: 41.9 h at 13.20 €, beyond the chart's 40 h.
    expect(words(form, 'fi').answer).toMatchObject({ variant: 'fullTime' });
  });

  it('every sentence in every language reads well: no undefined, NaN or a missing figure', () => {
    for (const form of [kelaRestsPensionMayBecomePartial(), bothRest(), sickness('37.5'), sickness('25'), sickness('')]) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        for (const s of words(form, lang).sentences) expect(s).not.toMatch(/undefined|NaN|\[object|\$\{/);
      }
    }
  });
});

describe('the hours reach the limit to the cent: a holiday bonus leaves no room (the audit’s F4)', () => {
  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ] as const)('%s: said once, after what happens above the hours', (lang, t) => {
    const { sentences } = words(kelaRestsPensionMayBecomePartial(), lang);
    expect(sentences.filter((s) => s === t.answer.holidayBonus)).toHaveLength(1);
    expect(sentences.indexOf(t.answer.holidayBonus)).toBeGreaterThan(1);
  });

  it('not when no earnings limit sets the hours (a sickness allowance alone)', () => {
    const { answer, sentences } = words(sickness('37.5'), 'fi');
    expect(answer.variant).toBe('sicknessOnly');
    expect(sentences).not.toContain(fi.answer.holidayBonus);
  });
});
