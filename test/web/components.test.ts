import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STATUSES } from '../../functions/core/result.ts';
import NumberField from '../../web/src/components/NumberField.svelte';
import StatusBadge from '../../web/src/components/StatusBadge.svelte';
import { i18n } from '../../web/src/i18n/index.svelte.ts';
import { resultTexts } from '../../web/src/i18n/results/index.svelte.ts';
import { currentMonth } from '../../web/src/lib/form.ts';
import { calculationDate } from '../../web/src/lib/rules-view.ts';
import RulesPage from '../../web/src/pages/RulesPage.svelte';
import { engineFetch, ruleSet } from './engine.ts';

beforeEach(async () => {
  await i18n.set('fi');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('status badge', () => {
  it.each(STATUSES)('%s: words, an icon and a colour class, never colour alone', async (status) => {
    const { container } = render(StatusBadge, { props: { status } });
    const badge = container.querySelector('.status')!;
    expect(badge).toHaveClass(`status-${status}`);
    expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(badge).toHaveTextContent(i18n.m.status[status].label);
    await i18n.set('sv');
    await waitFor(() => expect(badge).toHaveTextContent(i18n.m.status[status].label));
  });

  it('a resting pension is described truthfully: payment restarts, but a rest does not last (its title, with the results’ texts)', async () => {
    await resultTexts.load('fi');
    render(StatusBadge, { props: { status: 'suspended' } });
    const badge = screen.getByText('Lepää').closest('.status');
    expect(badge).toHaveAttribute('title', expect.stringMatching(/Maksu alkaa taas, kun ansiot laskevat rajan alle\. .*eläke lakkaa\./));
    expect(badge?.getAttribute('title')).not.toMatch(/ei lopu/);
  });
});

describe('number field', () => {
  it('a text input with the decimal keyboard, its help linked, the figure shown back in the locale’s format', async () => {
    const user = userEvent.setup();
    render(NumberField, { props: { id: 'x', label: 'Eläke kuukaudessa', help: 'Eläkepäätöksessä', value: '' } });
    const input = screen.getByRole('textbox', { name: 'Eläke kuukaudessa' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAccessibleDescription('Eläkepäätöksessä');
    await user.type(input, '1234,5');
    await user.tab();
    expect(input).toHaveValue('1\u00a0234,50');
  });

  it('an error is shown beside the field and read with it', () => {
    render(NumberField, { props: { id: 'y', label: 'Tuntipalkka', value: 'x', error: 'Kirjoita luku, esimerkiksi 12,50.' } });
    const input = screen.getByRole('textbox', { name: 'Tuntipalkka' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Kirjoita luku, esimerkiksi 12,50.');
  });
});

describe('rules page', () => {
  it('every parameter with its values over time, status and source; verified-until and the latest change', async () => {
    vi.stubGlobal('fetch', engineFetch());
    render(RulesPage);
    await screen.findByText(/Luvut on tarkistettu 31\.12\.2026 asti\./);
    expect(screen.getByText(/Viimeisin muutos tuli voimaan /)).toBeInTheDocument();
    for (const area of ruleSet.areas) expect(screen.getByRole('heading', { level: 2, name: area.title.fi })).toBeInTheDocument();
    const limits = screen.getByRole('table', { name: /Euromääräinen ansaintaraja: arvot ajan mukaan/ });
    const rows = within(limits).getAllByRole('row');
    expect(rows).toHaveLength(1 + ruleSet.parameters.minimumEarningsLimit!.values.length);
    expect(
      within(limits)
        .getByRole('rowheader', { name: /1\.1\.2026/ })
        .closest('tr'),
    ).toHaveTextContent(/990,90\s€ kuukaudessa.*ei virallinen/);
    expect(
      within(limits)
        .getByRole('rowheader', { name: /1\.1\.2024/ })
        .closest('tr'),
    ).toHaveTextContent(/976,59\s€.*virallinen/);
    expect(within(limits).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('in the chosen language', async () => {
    vi.stubGlobal('fetch', engineFetch());
    await i18n.set('en');
    render(RulesPage);
    await screen.findByText(/The figures have been checked up to 31 December 2026\./);
    expect(screen.getByText(ruleSet.parameters.minimumEarningsLimit!.description.en)).toBeInTheDocument();
  });

  it('shows the values in force in the calculator’s month, says which date, and goes to today’s and back', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    vi.stubGlobal('fetch', engineFetch(calls));
    render(RulesPage, { props: { month: '2025-06' } });
    await screen.findByText('Näytetään laskelmasi kuukauden (kesäkuu 2025) luvut: ne, jotka ovat voimassa 1.6.2025.');
    expect(calls).toEqual(['/v1/rules?date=2025-06-01']);
    // Verified-until and the latest change stay (the latest change as of that date).
    expect(screen.getByText(/Luvut on tarkistettu 31\.12\.2026 asti\./)).toBeInTheDocument();
    expect(screen.getByText('Viimeisin muutos tuli voimaan 1.1.2025.')).toBeInTheDocument();
    const limits = () => screen.getByRole('table', { name: /Euromääräinen ansaintaraja: arvot ajan mukaan/ });
    const row = (date: RegExp) => within(limits()).getByRole('rowheader', { name: date }).closest('tr')!;
    expect(row(/^1\.1\.2025/)).toHaveClass('in-force');
    expect(row(/^1\.1\.2025/)).toHaveTextContent('laskelmassa käytetty');
    expect(row(/^1\.1\.2026/)).not.toHaveClass('in-force');

    await user.click(screen.getByRole('button', { name: 'Näytä tämän päivän luvut' }));
    // The stand-in API's today is 1.3.2026.
    await screen.findByText('Näytetään tänään (1.3.2026) voimassa olevat luvut.');
    expect(calls).toEqual(['/v1/rules?date=2025-06-01', '/v1/rules']);
    expect(row(/^1\.1\.2026/)).toHaveClass('in-force');
    expect(row(/^1\.1\.2026/)).toHaveTextContent('voimassa nyt');
    expect(row(/^1\.1\.2025/)).not.toHaveClass('in-force');
    expect(screen.getByText('Viimeisin muutos tuli voimaan 1.1.2026.')).toBeInTheDocument();

    // Back to the calculator's month: already loaded, so at once and without asking again.
    await user.click(screen.getByRole('button', { name: 'Näytä laskelmasi kuukauden (kesäkuu 2025) luvut' }));
    expect(screen.getByText('Näytetään laskelmasi kuukauden (kesäkuu 2025) luvut: ne, jotka ovat voimassa 1.6.2025.')).toBeInTheDocument();
    expect(row(/^1\.1\.2025/)).toHaveClass('in-force');
    expect(calls).toHaveLength(2);
  });

  it('for the current month, today’s values, said so, with nothing to switch', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', engineFetch(calls));
    render(RulesPage, { props: { month: currentMonth() } });
    await screen.findByText('Näytetään tänään (1.3.2026) voimassa olevat luvut.');
    expect(calls).toEqual(['/v1/rules']);
    expect(screen.queryByRole('button', { name: /Näytä/ })).not.toBeInTheDocument();
  });

  it('a month beyond the verified rules: its values, with the same warning as beside the results', async () => {
    vi.stubGlobal('fetch', engineFetch());
    render(RulesPage, { props: { month: '2027-03' } });
    await screen.findByText(/voimassa 1\.3\.2027\./);
    expect(
      screen.getByText(/Säännöt ja euromäärät on tarkistettu 31\.12\.2026 asti\. Tämä laskelma koskee aikaa maaliskuu 2027/),
    ).toBeInTheDocument();
  });

  it('the calculator’s month in English, and the switch', async () => {
    vi.stubGlobal('fetch', engineFetch());
    await i18n.set('en');
    render(RulesPage, { props: { month: '2025-06' } });
    await screen.findByText('Showing the figures for your calculation’s month (June 2025): those in force on 1 June 2025.');
    expect(screen.getByRole('button', { name: 'Show today’s figures' })).toBeInTheDocument();
  });

  it('a failed load for the calculator’s month can still switch to today’s', async () => {
    const user = userEvent.setup();
    const fetcher = engineFetch();
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('date=') ? Promise.reject(new TypeError('offline')) : fetcher(input, init),
    );
    render(RulesPage, { props: { month: '2025-06' } });
    await screen.findByText(/Sääntöjä ei nyt saatu/);
    await user.click(screen.getByRole('button', { name: 'Näytä tämän päivän luvut' }));
    await screen.findByText('Näytetään tänään (1.3.2026) voimassa olevat luvut.');
    expect(screen.queryByText(/Sääntöjä ei nyt saatu/)).not.toBeInTheDocument();
  });

  it('which date to show: the first day of the calculator’s month, or today’s for the current month', () => {
    expect(calculationDate('2025-06', '2026-11')).toBe('2025-06-01');
    expect(calculationDate('2027-01', '2026-11')).toBe('2027-01-01');
    expect(calculationDate('2026-11', '2026-11')).toBeNull();
    for (const bad of [null, undefined, '', '2025-13', '2025-6', 'x']) expect(calculationDate(bad, '2026-11')).toBeNull();
  });

  it('says so calmly when the rules cannot be loaded', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    render(RulesPage);
    await screen.findByText(/Sääntöjä ei nyt saatu/);
    expect(screen.getByRole('button', { name: 'Yritä uudelleen' })).toBeInTheDocument();
  });
});
