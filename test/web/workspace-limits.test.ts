import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalculationRequest } from '../../functions/core/request.ts';
import App from '../../web/src/App.svelte';
import { i18n } from '../../web/src/i18n/index.svelte.ts';
import { en } from '../../web/src/i18n/workspace/en.ts';
import { fi } from '../../web/src/i18n/workspace/fi.ts';
import { sv } from '../../web/src/i18n/workspace/sv.ts';
import { CalculatorState } from '../../web/src/lib/calculator.svelte.ts';
import { CaseApiError, CasesApi } from '../../web/src/lib/cases-api.ts';
import { initialForm, reformat } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { dialogProblem } from '../../web/src/workspace/outcomes.ts';
import { CoachBackend } from './coach-backend.ts';

/**
 * Issue 12, item 8, as a coach meets it: the case list read page by page, and the clear message, in the
 * coach's language, when they are at the most cases or share links one coach may have.
 */

let backend: CoachBackend;

beforeEach(async () => {
  backend = new CoachBackend();
  vi.stubGlobal('fetch', backend.fetch);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  sessionStorage.clear();
  await i18n.set('fi');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const tokens = { accessToken: async () => 'token', refresh: async () => false, forget: () => {} };
const page = (cases: { id: string }[], nextCursor: string | null) =>
  new Response(JSON.stringify({ cases, nextCursor }), { status: 200, headers: { 'content-type': 'application/json' } });

describe('the case list client', () => {
  it('reads every page, following nextCursor, up to 100 cases a page after the first', async () => {
    const urls: string[] = [];
    const answers = [page([{ id: 'a' }, { id: 'b' }], 'c1'), page([{ id: 'c' }], 'c2/+='), page([{ id: 'd' }], null)];
    const fetcher = (async (url: string) => {
      urls.push(url);
      return answers.shift()!;
    }) as typeof fetch;
    expect((await new CasesApi(tokens, fetcher, '').list()).map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(urls).toEqual(['/v1/cases', '/v1/cases?limit=100&cursor=c1', '/v1/cases?limit=100&cursor=c2%2F%2B%3D']);
  });

  it('stops after more pages than a coach’s cases can fill, whatever the server says', async () => {
    let calls = 0;
    const fetcher = (async () => {
      calls += 1;
      return page([{ id: `x${calls}` }], 'again');
    }) as typeof fetch;
    await new CasesApi(tokens, fetcher, '').list();
    expect(calls).toBe(5);
  });

  it.each([
    ['caseLimit', 'caseLimit'],
    ['shareLimit', 'shareLimit'],
    ['somethingElse', 'server'],
  ])('reads a 403 with reason %s as %s', async (reason, kind) => {
    const fetcher = (async () => new Response(JSON.stringify({ error: 'x', reason, limit: 1 }), { status: 403 })) as typeof fetch;
    const error = await new CasesApi(tokens, fetcher, '').create('A', {} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseApiError);
    expect((error as CaseApiError).kind).toBe(kind);
  });
});

describe('at the most cases or links one coach may have', () => {
  it('says so, with the number and what to do, in Finnish, Swedish and English', () => {
    const outcome = { ok: false, reason: 'caseLimit' } as const;
    expect(dialogProblem(outcome, fi)).toEqual({
      form: 'Sinulla on jo 300 tallennettua tapausta, enempää yksi valmentaja ei voi säilyttää. Poista tapaukset, joita et enää tarvitse, ja tallenna sitten uudelleen.',
    });
    expect(dialogProblem(outcome, sv)?.form).toContain('Du har redan 300 sparade fall');
    expect(dialogProblem(outcome, en)?.form).toBe(
      'You already have 300 saved cases, the most one coach can keep. Delete cases you no longer need, then save again.',
    );
    expect(sv.share.limit({ max: 200 })).toContain('200 giltiga delningslänkar');
    expect(en.share.limit({ max: 200 })).toContain('200 working share links');
  });

  it('the save dialog shows the case limit, and creating a link shows the link limit', async () => {
    backend.signInTab();
    const form = initialForm('2026-03');
    form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200' };
    backend.addCase({ label: 'Asiakas A', input: CalculationRequest.parse(toRequest(form)) as unknown as Record<string, unknown> });
    history.replaceState(null, '', '/cases');
    const calc = new CalculatorState();
    calc.form = reformat(initialForm('2026-03'), formatters('fi'));
    const user = userEvent.setup();
    render(App, { props: { calc, initialNotice: null } });
    await user.click(await screen.findByRole('button', { name: 'Avaa: Asiakas A' }));
    await screen.findByRole('heading', { name: 'Tapaus: Asiakas A' });

    backend.atLimit = 'shareLimit';
    await user.click(screen.getByText('Jaa asiakkaalle'));
    await user.click(screen.getByRole('button', { name: 'Luo jakolinkki' }));
    await waitFor(() =>
      expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(/Sinulla on jo 200 voimassa olevaa jakolinkkiä/),
    );

    backend.atLimit = 'caseLimit';
    const bar = await screen.findByRole('region', { name: 'Tapaus: Asiakas A' });
    await user.click(within(bar).getByRole('button', { name: 'Tallenna uutena' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tallenna uutena tapauksena' });
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(dialog).toHaveTextContent(/Sinulla on jo 300 tallennettua tapausta/));
    expect(backend.cases.size).toBe(1);
  });
});
