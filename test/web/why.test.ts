import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import Why from '../../web/src/components/Why.svelte';
import { explanationTexts } from '../../web/src/i18n/explanations/index.svelte.ts';
import { loadExplanations } from '../../web/src/i18n/explanations/load.ts';
import { i18n } from '../../web/src/i18n/index.svelte.ts';
import type { ExplanationCatalog } from '../../web/src/i18n/params.ts';
import { scenario } from '../../web/src/lib/form.ts';
import { ruleSet } from './engine.ts';

/**
 * The "why" section's texts are a download of their own, per language (i18n/explanations/): the section shows
 * a short loading line until they are in, says so calmly if they cannot be loaded, and a language switch waits
 * for them, so the reasons are never half-translated. The tests run in order: each language is loaded once.
 */

vi.mock('../../web/src/i18n/explanations/load.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/i18n/explanations/load.ts')>();
  return { loadExplanations: vi.fn(actual.loadExplanations) };
});
const load = vi.mocked(loadExplanations);

const request = CalculationRequest.parse({
  date: '2026-03-01',
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: true, monthlyAmount: '1200' } },
  scenarios: [
    { id: 's1', hoursPerWeek: '0', hourlyWage: '13.20' },
    { id: 's2', hoursPerWeek: '10', hourlyWage: '13.20' },
  ],
});
const result = calculate(ruleSet, { ...request, date: '2026-03-01' });
const scenarios = [scenario('s1', '0'), scenario('s2', '10')];

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => {
  cleanup();
});

describe('the reasons’ texts, loaded on demand', () => {
  it('shows the heading and a short loading line until the texts are in, then the reasons', async () => {
    const actual = await vi.importActual<typeof import('../../web/src/i18n/explanations/load.ts')>(
      '../../web/src/i18n/explanations/load.ts',
    );
    const pending = deferred<ExplanationCatalog>();
    load.mockImplementationOnce(() => pending.promise);
    expect(explanationTexts.of('fi')).toBeUndefined();
    render(Why, { props: { result, scenarios } });
    expect(screen.getByRole('heading', { level: 2, name: 'Miksi näin?' })).toBeInTheDocument();
    expect(screen.getByText('Ladataan…')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/undefined|NaN/);
    pending.resolve(await actual.loadExplanations('fi'));
    const box = (await screen.findByText('Perustelut: Vaihtoehto 2')).closest('details')!;
    expect(box).toHaveTextContent(/Kuntoutustuki maksetaan niin kuin ennenkin\./);
    expect(screen.queryByText('Ladataan…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledWith('fi');
  });

  it('a download that fails says so calmly, and trying again brings the reasons', async () => {
    const user = userEvent.setup();
    // The switch to English: its texts fail (the switch still happens), and so does the section's own try.
    load.mockRejectedValueOnce(new TypeError('offline')).mockRejectedValueOnce(new TypeError('offline'));
    await i18n.set('en');
    render(Why, { props: { result, scenarios } });
    const problem = await screen.findByText(/There is more information here that this version of the page cannot show/);
    const retry = within(problem.closest('.notice')!).getByRole('button', { name: 'Try again' });
    await user.click(retry);
    const box = (await screen.findByText('Reasons: Option 2')).closest('details')!;
    expect(box).toHaveTextContent(/The rehabilitation subsidy is paid as before\./);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('a language switch waits for that language’s reasons: never a loading line or a half-translated section', async () => {
    await i18n.set('en');
    render(Why, { props: { result, scenarios } });
    await screen.findByText('Reasons: Option 2');
    await i18n.set('sv');
    await tick();
    expect(explanationTexts.of('sv')).toBeDefined();
    const box = screen.getByText('Skäl: Alternativ 2').closest('details')!;
    expect(box).toHaveTextContent(/Rehabiliteringsstödet betalas som förut\./);
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.queryByText(/Laddar/)).not.toBeInTheDocument();
    await i18n.set('fi');
  });
});
