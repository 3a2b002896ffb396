import { describe, expect, it } from 'vitest';
import { CalculationRequest, type CalculationRequestInput, calculate, SweepRequest, sweep } from '../../functions/core/index.ts';
import { chartModel, niceStep } from '../../web/src/lib/chart.ts';
import { resultColumns } from '../../web/src/lib/result-columns.ts';
import { bandRuns, benefitRows, limitRows, minus } from '../../web/src/lib/results.ts';
import { ruleSet } from './engine.ts';

const DATE = '2026-03-01';
type Case = Omit<CalculationRequestInput, 'scenarios'>;
const run = (c: Case, scenarios: CalculationRequestInput['scenarios']) =>
  calculate(ruleSet, { ...CalculationRequest.parse({ ...c, scenarios }), date: DATE });
const chart = (c: Case, hourlyWage = '13.20') => sweep(ruleSet, { ...SweepRequest.parse({ ...c, sweep: { hourlyWage } }), date: DATE });
const h = (id: string, hoursPerWeek: string, hourlyWage = '13.20') => ({ id, hoursPerWeek, hourlyWage });

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

  it('a guarantee pension not in play (0,00 € with and without work in every option) has no row', () => {
    const result = run(withKela, [h('a', '0'), h('b', '25')]);
    expect(result.scenarios[0]!.benefits.map((b) => b.benefit)).toContain('guaranteePension');
    expect(benefitRows(result).map((r) => r.key)).toEqual(['earningsRelatedPension', 'kelaPension']);
    // Paid without work, it keeps its row.
    const guaranteed: Case = {
      ...withKela,
      benefits: { ...withKela.benefits, earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '100' } },
    };
    expect(benefitRows(run(guaranteed, [h('a', '0'), h('b', '25')])).map((r) => r.key)).toContain('guaranteePension');
  });

  it('differences in cents are exact', () => {
    expect(minus('990.90', '1144.00')).toBe('-153.10');
    expect(minus('0.10', '0.20')).toBe('-0.10');
    expect(minus('x', '1')).toBeNull();
  });
});

describe('the options’ columns while one is being corrected', () => {
  const before = run(fullPension, [h('s1', '0'), h('s2', '10'), h('s3', '25')]);
  const kept = Object.fromEntries(before.scenarios.map((s) => [s.id, s]));
  const ids = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
  // Option 3's hours cleared: the case and options 1 and 2 are calculated without it.
  const partial = run(fullPension, [h('s1', '0'), h('s2', '10')]);
  const request = { scenarios: [{ id: 's1' }, { id: 's2' }] };

  it('while its field is typed in, it keeps its last result, marked as out of date; the others keep theirs, current', () => {
    const columns = resultColumns(ids, partial, kept, request, 'scenario-s3-hoursPerWeek');
    expect(columns.map((c) => [c.id, c.result?.monthlyEarnings ?? null, c.stale])).toEqual([
      ['s1', '0.00', false],
      ['s2', '572.00', false],
      ['s3', '1430.00', true],
    ]);
  });

  it('once the field is left with no valid figure, that option shows no result; the others still do', () => {
    const columns = resultColumns(ids, partial, kept, request, null);
    expect(columns.map((c) => [c.id, c.result?.monthlyEarnings ?? null, c.stale])).toEqual([
      ['s1', '0.00', false],
      ['s2', '572.00', false],
      ['s3', null, false],
    ]);
  });

  it('when the case itself cannot be calculated (a pension amount being retyped), every column keeps its last result, out of date', () => {
    expect(resultColumns(ids, before, kept, null, 'erp-monthlyAmount').map((c) => c.stale)).toEqual([true, true, true]);
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

  it('marks the options compared at the chart’s wage, numbered as in the table, above their columns', () => {
    const model = chartModel(chart(withKela), 800, 300, [
      { n: 1, name: 'Vaihtoehto 1', hours: 0 },
      { n: 3, name: 'Kauppa', hours: 25 },
      { n: 4, name: 'Kopio', hours: 25 },
    ]);
    expect(model.options.map((o) => [o.n, o.hours])).toEqual([
      [1, 0],
      [3, 25],
      [4, 25],
    ]);
    // Two options at the same hours do not cover each other.
    expect(model.options[2]!.y).toBeLessThan(model.options[1]!.y);
    expect(model.plot.top).toBeGreaterThan(12);
  });

  it('the partial sickness allowance’s hours as a bracket, and the allowance for days not worked drawn as uncertain', () => {
    const model = chartModel(chart({ benefits: { sicknessAllowance: { dailyAmount: '60', fullTimeHoursPerWeek: '37.5' } } }), 800, 300);
    expect(model.partialSickness).toMatchObject({ from: 15, to: 22.5 });
    expect(model.uncertainSickness).toBe(true);
    const at = (hours: number) => model.columns.find((c) => c.hours === hours)!.segments.find((s) => s.key === 'sicknessAllowance')!;
    expect(at(0).uncertain).toBe(false);
    expect(at(10).uncertain).toBe(true);
    expect(at(18).uncertain).toBe(false);
    expect(at(30).uncertain).toBe(true);
    // Without a full-time job: no bracket, but still uncertain with work.
    const sick = chartModel(chart(sickOnly), 800, 300);
    expect(sick.partialSickness).toBeNull();
    expect(sick.uncertainSickness).toBe(true);
  });

  it('round tick steps', () => {
    expect(niceStep(2300, 5)).toBe(500);
    expect(niceStep(90, 5)).toBe(20);
    expect(niceStep(0)).toBe(1);
  });
});
