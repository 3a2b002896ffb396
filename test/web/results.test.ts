import { describe, expect, it } from 'vitest';
import { CalculationRequest, type CalculationRequestInput, calculate, SweepRequest, sweep } from '../../functions/core/index.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fi } from '../../web/src/i18n/fi.ts';
import { answerSentences } from '../../web/src/lib/answer.ts';
import { chartModel, niceStep } from '../../web/src/lib/chart.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { bandRuns, benefitRows, limitRows, maxHoursAnswer, minus } from '../../web/src/lib/results.ts';
import { ruleSet } from './engine.ts';

const DATE = '2026-03-01';
type Case = Omit<CalculationRequestInput, 'scenarios'>;
const run = (c: Case, scenarios: CalculationRequestInput['scenarios']) =>
  calculate(ruleSet, { ...CalculationRequest.parse({ ...c, scenarios }), date: DATE });
const chart = (c: Case, hourlyWage = '13.20') => sweep(ruleSet, { ...SweepRequest.parse({ ...c, sweep: { hourlyWage } }), date: DATE });
const h = (id: string, hoursPerWeek: string, hourlyWage = '13.20') => ({ id, hoursPerWeek, hourlyWage });
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const fullPension: Case = {
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1200', stabilisedEarnings: '3000' } },
};
const withKela: Case = {
  household: { livingWithPartner: false },
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '900' }, kelaPension: { fixedTerm: true } },
};
const sickOnly: Case = { benefits: { sicknessAllowance: { dailyAmount: '60' } } };

describe('the results table rows', () => {
  it('the sickness allowance and the partial one share one row', () => {
    const result = run({ benefits: { sicknessAllowance: { dailyAmount: '60', fullTimeHoursPerWeek: '37.5' } } }, [
      h('none', '0'),
      h('band', '18'),
      h('other', '5'),
    ]);
    const rows = benefitRows(result);
    expect(rows.map((r) => r.key)).toEqual(['sicknessAllowance']);
    expect(rows[0]!.cells.map((c) => c?.benefit)).toEqual(['sicknessAllowance', 'partialSicknessAllowance', 'sicknessAllowance']);
  });

  it('one headroom row per distinct limit: the Kela pension and the guarantee pension share theirs', () => {
    const result = run(withKela, [h('a', '0'), h('b', '10'), h('c', '20')]);
    const rows = limitRows(result);
    const kela = rows.find((r) => r.benefits.includes('kelaPension'))!;
    expect(kela.kind).toBe('earningsLimit');
    expect(kela.limit).toBe('990.90');
    expect(kela.cells[0]).toEqual({ euros: '990.90', hours: '17.3' });
    expect(kela.cells[1]).toEqual({ euros: '418.90', hours: '7.3' });
    expect(Number(kela.cells[2]!.euros)).toBeLessThan(0);
    expect(kela.cells[2]!.hours).toBe('0');
  });

  it('a full pension has a second row for the rest limit, with hours counted as the engine counts them', () => {
    const rows = limitRows(run(fullPension, [h('a', '0'), h('b', '20')]));
    expect(rows.map((r) => [r.kind, r.limit])).toEqual([
      ['earningsLimit', '1200.00'],
      ['suspensionLimit', '1800.00'],
    ]);
    // 1800 € at 13.20 €/h: 31.4 h a week (31.5 h would be 1801.80 €).
    expect(rows[1]!.cells[0]).toEqual({ euros: '1800.00', hours: '31.4' });
    expect(rows[1]!.cells[1]).toEqual({ euros: '656.00', hours: '11.4' });
  });

  it('differences in cents are exact', () => {
    expect(minus('990.90', '1144.00')).toBe('-153.10');
    expect(minus('0.10', '0.20')).toBe('-0.10');
    expect(minus('x', '1')).toBeNull();
  });
});

describe('the max-hours answer', () => {
  it('“At 13,20 € an hour you can work up to 17,3 hours a week…” for a pension at the euro limit', () => {
    const answer = maxHoursAnswer(chart(withKela));
    expect(answer).toMatchObject({ variant: 'noChange', wage: '13.20', hours: '17.3', sickness: false, next: 'suspended' });
    const [main, next] = answerSentences(answer, en, formatters('en'));
    expect(main).toBe('At €13.20 an hour you can work up to 17.3 hours a week without any change to your benefits.');
    expect(next).toMatch(/^Above 17.3 hours a week the pension is left to rest/);
    expect(norm(answerSentences(answer, fi, formatters('fi'))[0]!)).toBe(
      'Palkalla 13,20 € tunnilta voit tehdä töitä enintään 17,3 tuntia viikossa ilman, että etuutesi muuttuvat.',
    );
  });

  it('a full pension with a higher personal limit: first it may become partial', () => {
    const answer = maxHoursAnswer(chart(fullPension));
    expect(answer).toMatchObject({ variant: 'noChange', hours: '20.9', next: 'partial' });
  });

  it('at a low wage the whole range stays within the limit', () => {
    expect(maxHoursAnswer(chart(fullPension, '5'))).toMatchObject({ variant: 'fullTime', hours: '40' });
  });

  it('the sickness allowance changes with any work, and the answer says so', () => {
    const answer = maxHoursAnswer(chart(sickOnly));
    expect(answer).toMatchObject({ variant: 'sicknessOnly', hours: null, sickness: true });
    expect(answerSentences(answer, en, formatters('en'))).toEqual([en.answer.sicknessOnly]);
    const both = maxHoursAnswer(chart({ benefits: { ...fullPension.benefits, sicknessAllowance: { dailyAmount: '60' } } }));
    expect(both).toMatchObject({ variant: 'noChange', sickness: true });
    expect(answerSentences(both, en, formatters('en'))[0]).toMatch(/without any change to your pension\.$/);
  });

  it('a Kela pension that is not paid anyway does not set the limit', () => {
    const partial: Case = {
      household: { livingWithPartner: false },
      benefits: {
        earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '900', stabilisedEarnings: '4000' },
        kelaPension: { fixedTerm: false },
      },
    };
    // 60 % of 4000 = 2400 € a month: 41.9 h at 13.20 €, beyond the chart's 40 h.
    expect(maxHoursAnswer(chart(partial))).toMatchObject({ variant: 'fullTime' });
  });
});

describe('the hours chart', () => {
  it('bands: no change, then partial, then resting, for a full pension', () => {
    expect(bandRuns(chart(fullPension)).map((r) => [r.band, r.from, r.to])).toEqual([
      ['noChange', 0, 20.5],
      ['partial', 21, 31],
      ['suspended', 31.5, 40],
    ]);
  });

  it('stacked columns add up to the total, without NaN, at phone and desktop widths', () => {
    for (const width of [300, 1000]) {
      const model = chartModel(chart(withKela), width, 300);
      expect(model.columns).toHaveLength(81);
      for (const c of model.columns) {
        const sum = c.segments.reduce((s, x) => s + x.amount, 0);
        expect(sum).toBeCloseTo(c.total, 6);
        for (const s of c.segments) for (const v of [s.y, s.height]) expect(Number.isFinite(v)).toBe(true);
      }
      expect(model.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(Math.max(...model.columns.map((c) => c.total)));
    }
  });

  it('marks only limits of benefits that are paid, one line when the rest limit is the same', () => {
    const model = chartModel(chart(withKela), 800, 300);
    expect(model.limits.map((l) => [l.limit.benefit, l.limit.kind, l.hours])).toEqual([
      ['earningsRelatedPension', 'earningsLimit', 17.3],
      ['kelaPension', 'earningsLimit', 17.3],
    ]);
    expect(model.keys).not.toContain('guaranteePension');
  });

  it('round tick steps', () => {
    expect(niceStep(2300, 5)).toBe(500);
    expect(niceStep(90, 5)).toBe(20);
    expect(niceStep(0)).toBe(1);
  });
});
