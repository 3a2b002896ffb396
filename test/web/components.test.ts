import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STATUSES } from '../../functions/core/result.ts';
import NumberField from '../../web/src/components/NumberField.svelte';
import StatusBadge from '../../web/src/components/StatusBadge.svelte';
import { i18n } from '../../web/src/i18n/index.svelte.ts';
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

  it('a resting pension is described calmly: it does not end', () => {
    render(StatusBadge, { props: { status: 'suspended' } });
    expect(screen.getByText('Lepää').closest('.status')).toHaveAttribute('title', expect.stringMatching(/ei lopu/));
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
    expect(within(limits).getByRole('rowheader', { name: /1\.1\.2026/ }).closest('tr')).toHaveTextContent(/990,90\s€ kuukaudessa.*ei virallinen/);
    expect(within(limits).getByRole('rowheader', { name: /1\.1\.2024/ }).closest('tr')).toHaveTextContent(/976,59\s€.*virallinen/);
    expect(within(limits).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('in the chosen language', async () => {
    vi.stubGlobal('fetch', engineFetch());
    await i18n.set('en');
    render(RulesPage);
    await screen.findByText(/The figures have been checked up to 31 December 2026\./);
    expect(screen.getByText(ruleSet.parameters.minimumEarningsLimit!.description.en)).toBeInTheDocument();
  });

  it('says so calmly when the rules cannot be loaded', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    render(RulesPage);
    await screen.findByText(/Sääntöjä ei nyt saatu/);
    expect(screen.getByRole('button', { name: 'Yritä uudelleen' })).toBeInTheDocument();
  });
});
