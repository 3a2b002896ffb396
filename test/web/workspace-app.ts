import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { CalculationRequest } from '../../functions/core/request.ts';
import App from '../../web/src/App.svelte';
import { i18n } from '../../web/src/i18n/index.svelte.ts';
import { CalculatorState } from '../../web/src/lib/calculator.svelte.ts';
import { initialForm, reformat } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { CoachBackend } from './coach-backend.ts';

/**
 * The coach workspace's tests' harness: the app in jsdom against an in-memory stand-in of the case routes
 * (CoachBackend, the API's own schemas), made anew for each test, and the steps a coach takes.
 */

/** The test's backend: a new one for each test (set in useWorkspace's beforeEach). */
export let backend: CoachBackend;

export type User = ReturnType<typeof userEvent.setup>;

export function renderApp(path = '/') {
  history.replaceState(null, '', path);
  const calc = new CalculatorState();
  calc.form = reformat(initialForm('2026-03'), formatters('fi'));
  const user = userEvent.setup();
  render(App, { props: { calc, initialNotice: null } });
  return { calc, user };
}

/** A saved input: a full rehabilitation subsidy of 1 200 €, living alone; options 0 h and 10 h. */
export function savedInput(hours = '10') {
  const form = initialForm('2026-03');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200' };
  form.scenarios[1]!.hoursPerWeek = hours;
  return CalculationRequest.parse(toRequest(form)) as unknown as Record<string, unknown>;
}

export async function fillPension(user: User, amount = '1200') {
  await user.click(screen.getByRole('checkbox', { name: /Saan työeläkettä/ }));
  // The ticked benefit's fields are a download of their own (Benefits.svelte): the first test may wait for it.
  await user.click(await screen.findByRole('radio', { name: 'Kuntoutustuki (määräaikainen)' }));
  await user.click(screen.getByRole('radio', { name: 'Täysi eläke' }));
  await user.type(screen.getByRole('textbox', { name: /Eläke kuukaudessa/ }), amount);
  await user.tab();
}

export const liveRegion = () => document.querySelector('[aria-live="polite"]')!;
export const caseBar = (name: string | RegExp) => screen.findByRole('region', { name });

export async function openFromList(user: User, label: string) {
  await user.click(await screen.findByRole('button', { name: `Avaa: ${label}` }));
  await screen.findByRole('heading', { name: `Tapaus: ${label}` });
}

/** Registers the file's hooks: the workspace compiled once, then a fresh backend, storage and language per test. */
export function useWorkspace(): void {
  // The app loads the workspace on demand. On a cold cache (a fresh clone, as in CI) compiling it takes longer
  // than a query's one-second wait, so it is compiled once before the tests, as a browser would have it cached.
  beforeAll(async () => {
    await import('../../web/src/workspace/index.ts');
  }, 30_000);

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
    localStorage.clear();
    await i18n.set('fi');
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}
