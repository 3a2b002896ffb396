import { describe, expect, it } from 'vitest';
import { digestOf, type OutcomeDigest } from '../../functions/api/cases/digest.ts';
import { ruleSet } from '../../functions/api/ruleset.ts';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import { createCaseStore } from '../../functions/store/cases.ts';
import { A, caseApi, input } from './case-api.ts';

/**
 * A saved case opened under a newer rule set: which outcomes change, in the case, its share link and the
 * coach's list.
 */
const { db, h, call, create } = caseApi('cases-rule-changes');

describe('when a saved case’s outcome would change under a newer rule set', () => {
  const parsed = CalculationRequest.parse(input);
  const current = digestOf(calculate(ruleSet, { ...parsed, date: input.date }));
  const saveOld = async (outcome: unknown) => {
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    return store.create(A.sub, {
      label: 'saved last year',
      input: parsed,
      ruleSetVersion: '2025.1+000000000000',
      ...(outcome === undefined ? {} : { outcome }),
    });
  };

  it('says nothing for a case saved under the rule set in use', async () => {
    const id = (await create(A)).json.id as string;
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).json.ruleSetCheck).toBeNull();
  });

  it('says which outcomes change, and how, when it is opened (by the coach or through a share link)', async () => {
    const older: OutcomeDigest = structuredClone(current);
    const h10 = older.scenarios.find((s) => s.id === 'h10')!;
    h10.benefits[0]!.status = 'suspended';
    h10.benefits[0]!.monthlyAmount = '0.00';
    h10.grossIncome = '1.00';
    const saved = await saveOld(older);
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${saved.id}`, as: A });
    expect(opened.json.savedWithCurrentRules).toBe(false);
    const check = opened.json.ruleSetCheck;
    expect(check).toMatchObject({ savedWith: '2025.1+000000000000', current: ruleSet.version, outcomeChanged: true });
    const benefit = current.scenarios.find((s) => s.id === 'h10')!.benefits[0]!;
    expect(check.changes).toEqual(
      expect.arrayContaining([
        { scenarioId: 'h10', benefit: benefit.benefit, field: 'status', saved: 'suspended', now: benefit.status },
        { scenarioId: 'h10', benefit: benefit.benefit, field: 'monthlyAmount', saved: '0.00', now: benefit.monthlyAmount },
        {
          scenarioId: 'h10',
          benefit: null,
          field: 'grossIncome',
          saved: '1.00',
          now: current.scenarios.find((s) => s.id === 'h10')!.grossIncome,
        },
      ]),
    );
    expect(check.changes.every((c: { scenarioId: string }) => c.scenarioId === 'h10')).toBe(true);

    const listed = await call(h.list, { method: 'GET', path: '/v1/cases', as: A });
    expect(listed.json.cases.find((c: { id: string }) => c.id === saved.id).savedWithCurrentRules).toBe(false);

    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${saved.id}/shares`, as: A })).json.token as string;
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` })).json.ruleSetCheck).toEqual(check);
  });

  it('says the outcome is the same when only the rule set version differs', async () => {
    const saved = await saveOld(current);
    const check = (await call(h.get, { method: 'GET', path: `/v1/cases/${saved.id}`, as: A })).json.ruleSetCheck;
    expect(check).toEqual({ savedWith: '2025.1+000000000000', current: ruleSet.version, outcomeChanged: false, changes: [] });
  });

  it('notices a benefit that is new in the outcome, or gone from it', async () => {
    const older: OutcomeDigest = structuredClone(current);
    const dropped = older.scenarios[0]!.benefits.pop()!;
    older.scenarios[0]!.benefits.push({
      benefit: 'sicknessAllowance',
      status: 'continues',
      monthlyAmount: '100.00',
      maxHoursPerWeek: null,
    });
    const saved = await saveOld(older);
    const check = (await call(h.get, { method: 'GET', path: `/v1/cases/${saved.id}`, as: A })).json.ruleSetCheck;
    expect(check.changes).toEqual([
      { scenarioId: 'none', benefit: 'sicknessAllowance', field: 'presence', saved: 'present', now: null },
      { scenarioId: 'none', benefit: dropped.benefit, field: 'presence', saved: null, now: 'present' },
    ]);
  });

  it('marks in the coach’s list each case whose outcome changes under the rules in use now', async () => {
    const coach = { sub: 'rules-update', email: 'rules-update@example.fi' };
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    const old = (outcome: unknown, label: string) =>
      store.create(coach.sub, {
        label,
        input: parsed,
        ruleSetVersion: '2025.1+000000000000',
        ...(outcome === undefined ? {} : { outcome }),
      });
    const older: OutcomeDigest = structuredClone(current);
    older.scenarios[1]!.benefits[0]!.monthlyAmount = '1.00';
    const changed = await old(older, 'changed');
    const same = await old(current, 'same');
    const unknown = await old(undefined, 'no outcome saved');
    const fresh = (await create(coach, { label: 'today', input })).json.id as string;
    const listed = await call(h.list, { method: 'GET', path: '/v1/cases', as: coach });
    const flag = (id: string) => listed.json.cases.find((c: { id: string }) => c.id === id).outcomeChanged;
    expect([flag(changed.id), flag(same.id), flag(unknown.id), flag(fresh)]).toEqual([true, false, null, false]);
    // The case opened says the same, with the changes.
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${changed.id}`, as: coach });
    expect(opened.json.outcomeChanged).toBe(true);
    expect(opened.json.ruleSetCheck.outcomeChanged).toBe(true);
  });

  it('opens the case all the same when the saved outcome is missing or cannot be compared', async () => {
    const noDigest = await saveOld(undefined);
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${noDigest.id}`, as: A })).json.ruleSetCheck).toMatchObject({
      outcomeChanged: null,
      reason: 'noSavedOutcome',
    });
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    const foreign = await store.create(A.sub, {
      label: 'x',
      input: { ...parsed, scenarios: 'gone' },
      ruleSetVersion: 'old',
      outcome: current,
    });
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${foreign.id}`, as: A });
    expect(opened.status).toBe(200);
    expect(opened.json.ruleSetCheck).toMatchObject({ outcomeChanged: null, reason: 'notComputable' });
  });
});
