import { describe, expect, it } from 'vitest';
import { TimelineRequest } from '../../functions/core/timeline-request.ts';
import { fi } from '../../web/src/i18n/fi.ts';
import { timeline as fiTimeline } from '../../web/src/i18n/timeline/fi.ts';
import { type CsvWords, comparisonCsv, csvFileName, timelineCsv } from '../../web/src/lib/csv.ts';
import { initialForm } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { initialPlan, type PlanForm, planMonths, step, toTimelineRequest } from '../../web/src/lib/plan.ts';
import { encodeState } from '../../web/src/lib/share.ts';
import { decodeState } from '../../web/src/lib/share-decode.ts';
import { notesOf } from '../../web/src/timeline/model.ts';
import { run, runTimeline } from '../helpers.ts';
import { LINKS_BEFORE_ISSUE_14 } from './old-links.ts';

/**
 * The timeline view's plain parts: a plan in steps becomes the API's months, travels in the link, and the
 * comparison and the timeline become CSV files whose every cell is checked here.
 */

const words: CsvWords = {
  ...fiTimeline.columns,
  names: fi.benefits,
  statuses: Object.fromEntries(Object.entries(fi.status).map(([k, v]) => [k, v.label])) as CsvWords['statuses'],
};

/** A rehabilitation subsidy of 1 200 € and a Kela pension, living alone, from January 2026. */
function caseForm() {
  const form = initialForm('2026-01');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200.00' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: true };
  form.case.household = 'single';
  return form;
}

const plan = (steps: PlanForm['steps'], length = 12, oneOffs: PlanForm['oneOffs'] = []): PlanForm => ({
  open: true,
  start: '2026-01',
  length,
  steps,
  oneOffs,
});

describe('a plan in steps becomes the months of a timeline', () => {
  it('each step lasts until the next (in month order, whatever the order typed); before the first there is no work', () => {
    const p = plan([step(6, 'hours', '10', '13,50'), step(2, 'monthly', '', '', '1 200,00')], 8, [
      { kind: 'holiday', month: 5, amount: '600' },
      { kind: 'annual', month: 7, amount: '1 000,50' },
    ]);
    expect(planMonths(p)).toEqual([
      { monthlyEarnings: '0' },
      { monthlyEarnings: '0' },
      { monthlyEarnings: '1200.00' },
      { monthlyEarnings: '1200.00' },
      { monthlyEarnings: '1200.00' },
      { monthlyEarnings: '1200.00', holidayBonus: '600' },
      { hoursPerWeek: '10', hourlyWage: '13.50' },
      { hoursPerWeek: '10', hourlyWage: '13.50', annualBonus: '1000.50' },
    ]);
  });

  it('the request is the situation’s case without its month, and passes the API’s schema', () => {
    const form = caseForm();
    form.case.erp.endsOn = '2026-10-31';
    const request = toTimelineRequest(form, plan([step(0, 'none'), step(4, 'hours', '25', '13.20')]));
    expect(request).not.toHaveProperty('date');
    expect(request.start).toBe('2026-01');
    expect(request.months).toHaveLength(12);
    expect(request.benefits.earningsRelatedPension?.endsOn).toBe('2026-10-31');
    expect(TimelineRequest.safeParse(request).success).toBe(true);
  });

  it('a first plan comes from the options compared: the first for three months, then the second', () => {
    const p = initialPlan(caseForm());
    expect(p).toMatchObject({ open: true, start: '2026-01', length: 12 });
    expect(p.steps).toEqual([step(0, 'none', '0', '13.20'), step(3, 'hours', '10', '13.20')]);
  });
});

describe('the plan in the link', () => {
  it('round-trips the plan (steps, one-offs, the open view) and the fixed-term end dates', () => {
    const form = caseForm();
    form.case.erp.endsOn = '2026-10-31';
    form.plan = plan([step(0, 'none'), step(4, 'hours', '25', '13,20'), step(8, 'monthly', '', '', '800')], 18, [
      { kind: 'holiday', month: 5, amount: '600,00' },
    ]);
    const decoded = decodeState(encodeState(form, 'fi'))!;
    expect(decoded.form.plan).toEqual({
      ...form.plan,
      steps: [step(0, 'none'), step(4, 'hours', '25', '13.20'), step(8, 'monthly', '', '', '800')],
      oneOffs: [{ kind: 'holiday', month: 5, amount: '600.00' }],
    });
    expect(toTimelineRequest(decoded.form, decoded.form.plan!)).toEqual(toTimelineRequest(form, form.plan));
    expect(decoded.form.case.erp.endsOn).toBe('2026-10-31');
  });

  it('links made before the timeline open as before, without a plan', () => {
    for (const link of Object.values(LINKS_BEFORE_ISSUE_14)) {
      const decoded = decodeState(link.encoded)!;
      expect(decoded.form.plan).toBeUndefined();
      expect(toRequest(decoded.form)).toEqual(link.request);
    }
  });

  it('a damaged plan makes the link unreadable rather than half-read (a step past 36 months)', () => {
    const form = caseForm();
    form.plan = plan([step(40, 'none')]);
    expect(decodeState(encodeState(form, 'fi'))).toBeNull();
  });
});

describe('CSV of the comparison', () => {
  it('one row per option under a header row: numbers with a point, statuses in words, the rule set and the day in every row', () => {
    const result = run({
      date: '2026-03-01',
      household: { livingWithPartner: false },
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1200' }, kelaPension: { fixedTerm: true } },
      scenarios: [
        { id: 's1', hoursPerWeek: '0', hourlyWage: '13.20' },
        { id: 's2', hoursPerWeek: '25', hourlyWage: '13.20' },
        { id: 's3', monthlyEarnings: '500' },
      ],
    });
    const csv = comparisonCsv(result, ['Vaihtoehto 1', '=HYPERLINK("x")', 'Kahvila, ilta'], words, '2026-12-05');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const v = result.ruleSet.version;
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Vaihtoehto,Tunnit viikossa,Tuntipalkka (€),Palkka kuukaudessa (€),Työeläke: tila,Työeläke (€ kuukaudessa),Kansaneläke: tila,Kansaneläke (€ kuukaudessa),Takuueläke: tila,Takuueläke (€ kuukaudessa),Yhteensä ennen veroja (€),Verojen jälkeen (€),Sääntöversio,Tehty',
      `Vaihtoehto 1,0,13.20,0.00,Jatkuu ennallaan,1200.00,Jatkuu ennallaan,220.32,Ei makseta,0.00,1420.32,,${v},2026-12-05`,
      `"'=HYPERLINK(""x"")",25,13.20,1430.00,Lepää,0.00,Lepää,0.00,Ei makseta,0.00,1430.00,,${v},2026-12-05`,
      `"Kahvila, ilta",,,500.00,Jatkuu ennallaan,1200.00,Jatkuu ennallaan,220.32,Ei makseta,0.00,1920.32,,${v},2026-12-05`,
      '',
    ]);
  });
});

describe('CSV of the timeline', () => {
  it('one row per month, then one per calendar year with its totals; a plan over a change of year has two', () => {
    const result = runTimeline({
      start: '2025-11',
      household: { livingWithPartner: false },
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1000' } },
      tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: '25' },
      months: [
        { monthlyEarnings: '0' },
        { monthlyEarnings: '500', holidayBonus: '300' },
        { hoursPerWeek: '10', hourlyWage: '13.20' },
        { monthlyEarnings: '0', annualBonus: '1000' },
      ],
    });
    const lines = timelineCsv(result, words, '2026-12-05').slice(1).trimEnd().split('\r\n');
    const v = result.ruleSet.version;
    expect(lines[0]).toBe(
      'Kuukausi,Tunnit viikossa,Tuntipalkka (€),Palkka kuukaudessa (€),Lomaraha (€),Kerran vuodessa maksettava palkkio (€),Työeläke: tila,Työeläke (€ kuukaudessa),Yhteensä ennen veroja (€),Verojen jälkeen (€),Sääntöversio,Tehty',
    );
    expect(lines.slice(1)).toEqual([
      `2025-11,,,0.00,0.00,0.00,Jatkuu ennallaan,1000.00,1000.00,750.00,${v},2026-12-05`,
      `2025-12,,,500.00,300.00,0.00,Jatkuu ennallaan,1000.00,1800.00,${result.months[1]!.netIncome},${v},2026-12-05`,
      `2026-01,10,13.20,572.00,0.00,0.00,Jatkuu ennallaan,1000.00,1572.00,${result.months[2]!.netIncome},${v},2026-12-05`,
      `2026-02,,,0.00,0.00,1000.00,Jatkuu ennallaan,1000.00,2000.00,${result.months[3]!.netIncome},${v},2026-12-05`,
      `2025 yhteensä,,,500.00,300.00,0.00,,2000.00,2800.00,${result.years[0]!.netIncome},${v},2026-12-05`,
      `2026 yhteensä,,,572.00,0.00,1000.00,,2000.00,3572.00,${result.years[1]!.netIncome},${v},2026-12-05`,
    ]);
    expect(csvFileName('aikajana', '2026-12-05')).toBe('tyo-ja-etuudet-aikajana-2026-12-05.csv');
  });
});

describe('the month-by-month notes', () => {
  it('a rest is said in its first month and when payment resumes, not in every month of it', () => {
    const result = runTimeline({
      start: '2026-01',
      household: { livingWithPartner: false },
      benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200' } },
      months: [
        { monthlyEarnings: '0' },
        { monthlyEarnings: '1500' },
        { monthlyEarnings: '1500' },
        { monthlyEarnings: '1500' },
        { monthlyEarnings: '1500' },
        { monthlyEarnings: '0' },
      ],
    });
    const notes = notesOf(result).map((n) => `${n.month} ${n.notes.map((x) => x.code).join(' ')}`);
    expect(notes).toEqual(['2026-02 restMonth', '2026-06 paymentResumes']);
  });
});
