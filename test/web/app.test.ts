import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../web/src/App.svelte';
import { i18n } from '../../web/src/i18n/index.svelte.ts';
import { CalculatorState } from '../../web/src/lib/calculator.svelte.ts';
import { initialForm, reformat } from '../../web/src/lib/form.ts';
import { formatters } from '../../web/src/lib/numbers.ts';
import { engineFetch } from './engine.ts';

/**
 * The calculator page as a user meets it, in jsdom: the API is the real schema and engine behind a
 * fetch-shaped stand-in. Components are found by role and accessible name, as a screen reader would.
 */

let calls: string[];

function setup() {
  const calc = new CalculatorState();
  calc.form = reformat(initialForm('2026-03'), formatters('fi'));
  const user = userEvent.setup();
  render(App, { props: { calc, initialNotice: null } });
  return { calc, user };
}

async function fillPension(user: ReturnType<typeof userEvent.setup>, amount = '1200') {
  await user.click(screen.getByRole('checkbox', { name: /Saan työeläkettä/ }));
  // Nothing is preselected (audit B2): the decision's kind and type are chosen.
  await user.click(screen.getByRole('radio', { name: 'Kuntoutustuki (määräaikainen)' }));
  await user.click(screen.getByRole('radio', { name: 'Täysi eläke' }));
  const field = screen.getByRole('textbox', { name: /Eläke kuukaudessa/ });
  await user.type(field, amount);
  await user.tab();
}

beforeEach(async () => {
  calls = [];
  vi.stubGlobal('fetch', engineFetch(calls));
  // jsdom has no layout: the chart's width binding needs a ResizeObserver that never fires.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  history.replaceState(null, '', '/');
  await i18n.set('fi');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the calculator', () => {
  it('asks for a benefit first, calmly, without an error list; then lists what is still missing, not as errors', async () => {
    const { user } = setup();
    // The results' column comes a step after the first paint (CalculatorPage.svelte).
    expect(await screen.findByText(/Valitse etuus ja täytä sen määrä/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Tämä tieto puuttuu/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Täytä tilanteesi, niin näet tässä/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Saan työeläkettä/ }));
    // The form's checks and the ticked benefit's fields load just after the first paint (the first test may wait).
    expect(await screen.findByRole('heading', { name: 'Vielä puuttuu' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Eläke kuukaudessa.*Tämä tieto puuttuu/ })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: /Eläke kuukaudessa/ })).not.toHaveAttribute('aria-invalid');
  });

  it('preselects neither the kind nor the type of a pension: each is asked for by name until chosen (audit B2)', async () => {
    const { user, calc } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Saan työeläkettä/ }));
    await user.click(screen.getByRole('checkbox', { name: /Saan Kelan kansaneläkettä/ }));
    for (const radio of screen.getAllByRole('radio', { name: /Kuntoutustuki|Työkyvyttömyyseläke|Täysi eläke|Osaeläke/ }))
      expect(radio).not.toBeChecked();
    await user.type(screen.getByRole('textbox', { name: /Eläke kuukaudessa/ }), '1200');
    await user.tab();
    const summary = screen.getByRole('heading', { name: 'Vielä puuttuu' }).parentElement!;
    const links = within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent?.replace(/\s+/g, ' ').trim());
    expect(links.slice(0, 3)).toEqual([
      'Onko eläke määräaikainen? Valitse päätöksesi mukaan.',
      'Onko eläke täysi eläke vai osaeläke? Valitse päätöksesi mukaan.',
      'Onko Kelan eläke määräaikainen? Valitse päätöksesi mukaan.',
    ]);
    expect(calc.validation.request).toBeNull();
    await i18n.set('sv');
    expect(await screen.findByRole('link', { name: 'Är FPA:s pension tidsbunden? Välj enligt ditt beslut.' })).toBeInTheDocument();
    await i18n.set('en');
    expect(
      await screen.findByRole('link', { name: 'Is it a full pension or a partial pension? Choose what your decision says.' }),
    ).toBeInTheDocument();
    await i18n.set('fi');
    await screen.findByRole('heading', { name: 'Vielä puuttuu' });
    // The summary's link leads to the question; choosing answers it.
    await user.click(within(summary).getAllByRole('link')[0]!);
    expect(document.activeElement?.id).toBe('erp-fixedTerm');
    expect(screen.getByRole('group', { name: 'Onko eläke määräaikainen?' })).toHaveAccessibleDescription(/Valitse päätöksesi mukaan\./);
    await user.click(screen.getAllByRole('radio', { name: 'Työkyvyttömyyseläke (toistaiseksi)' })[0]!);
    await user.click(screen.getByRole('radio', { name: 'Osaeläke' }));
    await user.click(screen.getAllByRole('radio', { name: 'Työkyvyttömyyseläke (toistaiseksi)' })[1]!);
    expect([calc.form.case.erp.fixedTerm, calc.form.case.erp.type, calc.form.case.kela.fixedTerm]).toEqual([false, 'partial', false]);
    // What is left is the household (a Kela pension without its amount), no question of the kind of pension.
    expect(calc.errors.map((e) => e.field)).toEqual(['household']);
  });

  it('fills a case and shows each benefit with its status in words, the totals and the max-hours answer', async () => {
    const { user } = setup();
    await fillPension(user);
    const table = screen.getByRole('table', { name: /Työvaihtoehdot ja niiden vaikutus/ });
    await waitFor(() => expect(within(table).getByRole('rowheader', { name: 'Työeläke' })).toBeInTheDocument());
    const row = within(table).getByRole('rowheader', { name: 'Työeläke' }).closest('tr')!;
    expect(within(row).getAllByText('Jatkuu ennallaan')).toHaveLength(2);
    expect(row).toHaveTextContent(/1\s200,00\s€/);
    const total = within(table)
      .getByRole('rowheader', { name: /Tulot yhteensä/ })
      .closest('tr')!;
    expect(total).toHaveTextContent(/1\s200,00\s€.*1\s772,00\s€/);
    await waitFor(() =>
      expect(
        screen.getByText(/^Palkalla 13,20\s€ tunnilta voit tehdä töitä enintään 17,3 tuntia viikossa ilman, että etuutesi muuttuvat\.$/),
      ).toBeInTheDocument(),
    );
    // The amount is shown back in the Finnish format once the field is left.
    expect(screen.getByRole('textbox', { name: /Eläke kuukaudessa/ })).toHaveValue('1\u00a0200,00');
  });

  it('shows an error beside the field, linked to it, in the chosen language', async () => {
    const { user } = setup();
    await fillPension(user, 'paljon');
    const field = screen.getByRole('textbox', { name: /Eläke kuukaudessa/ });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: 'Tarkista nämä tiedot' })).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/Kirjoita luku, esimerkiksi 12,50\./);
    // The summary above the table links to the field.
    const link = screen.getByRole('link', { name: /Eläke kuukaudessa.*Kirjoita luku/ });
    await user.click(link);
    expect(field).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Write a number, for example 12\.50\./));
  });

  it('adds, copies and removes options; focus goes to the new option’s first field', async () => {
    const { user, calc } = setup();
    await fillPension(user);
    await user.click(screen.getByRole('button', { name: 'Lisää vaihtoehto' }));
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
    expect(screen.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 3' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Kopioi: Vaihtoehto 2' }));
    expect(calc.form.scenarios.map((s) => s.hoursPerWeek)).toEqual(['0', '10', '10', '15']);
    expect(screen.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 3' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Poista: Vaihtoehto 1' }));
    expect(calc.form.scenarios).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Lisää vaihtoehto' })).toHaveFocus();
    // The new first option is the baseline now.
    const first = screen.getAllByRole('columnheader')[0]!;
    // The pill may break at its hyphenation point (a soft hyphen) in a phone's narrow column.
    expect(first.textContent?.replaceAll('\u00ad', '')).toContain('vertailukohta');
  });

  it('allows at most six options', async () => {
    const { user } = setup();
    await screen.findByRole('button', { name: 'Lisää vaihtoehto' });
    for (let i = 0; i < 4; i += 1) await user.click(screen.getByRole('button', { name: 'Lisää vaihtoehto' }));
    expect(screen.getAllByRole('columnheader')).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Lisää vaihtoehto' })).toBeDisabled();
    expect(screen.getByText('Vaihtoehtoja voi olla enintään 6.')).toBeInTheDocument();
  });

  it('switches language at any time: texts, number formats and the page’s lang attribute', async () => {
    const { user } = setup();
    await fillPension(user);
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Työeläke' })).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Your situation' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Earnings-related pension' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Pension per month/ })).toHaveValue('1,200.00');
    expect(screen.getAllByText('Continues as before').length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText(/^At €13\.20 an hour you can work up to 17\.3 hours a week/)).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('sv'));
    expect(screen.getByRole('heading', { name: 'Din situation' })).toBeInTheDocument();
  });

  it('keeps the whole input in the URL fragment and says the link holds the figures', async () => {
    const { user } = setup();
    expect(location.hash).toBe('');
    await fillPension(user);
    await waitFor(() => expect(location.hash).toMatch(/^#s=[A-Za-z0-9_-]+$/));
    expect(screen.getByText(/Linkissä ovat kaikki antamasi luvut/)).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: 'Linkki tähän laskelmaan' }) as HTMLInputElement).value).toContain(location.hash);
    // The API never sees the fragment.
    await waitFor(() => expect(calls.length).toBeGreaterThan(0));
    for (const url of calls) expect(url).not.toContain('#');
  });

  it('explains why, with the rule, the figure, the source and whether it is official', async () => {
    const { user } = setup();
    await fillPension(user);
    const details = await screen.findByText('Perustelut: Vaihtoehto 2', {}, { timeout: 3000 });
    const box = details.closest('details')!;
    expect(box).toHaveTextContent(
      /Ansiot 572,00\s€ kuukaudessa ovat ansaintarajan 990,90\s€ sisällä\. Kuntoutustuki maksetaan niin kuin ennenkin\./,
    );
    expect(box).toHaveTextContent(/Euromääräinen ansaintaraja:\s*990,90\s€/);
    expect(within(box).getAllByText(/ei virallinen/).length).toBeGreaterThan(0);
    expect(within(box).getAllByRole('link', { name: /lähde:/ }).length).toBeGreaterThan(0);
  });

  it('the reasons follow a language switch at once, in the new language', async () => {
    const { user } = setup();
    await fillPension(user);
    await screen.findByText('Perustelut: Vaihtoehto 2', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    const box = screen.getByText('Reasons: Option 2').closest('details')!;
    expect(box).toHaveTextContent(
      /Earnings of €572\.00 a month are within the earnings limit of €990\.90\. The rehabilitation subsidy is paid as before\./,
    );
  });

  it('the rules page shows the rules of the calculator’s month, and says so', async () => {
    const { calc, user } = setup();
    calc.form.case.month = '2025-06';
    await user.click(screen.getByRole('link', { name: 'Säännöt ja lähteet' }));
    await screen.findByText(
      'Näytetään laskelmasi kuukauden (kesäkuu 2025) luvut: ne, jotka ovat voimassa 1.6.2025.',
      {},
      { timeout: 3000 },
    );
    expect(calls).toContain('/v1/rules?date=2025-06-01');
    expect(screen.getByRole('button', { name: 'Näytä tämän päivän luvut' })).toBeInTheDocument();
  });

  it('announces new results politely', async () => {
    const { user } = setup();
    await fillPension(user);
    const status = document.querySelector('[role="status"][aria-live="polite"]')!;
    await waitFor(() => expect(status).toHaveTextContent(/Tulokset päivitetty: 2 vaihtoehtoa\./), { timeout: 3000 });
  });

  it('an input the API refuses (400) is shown on its field, in words, not as the API’s message', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            error: 'Invalid request',
            issues: [
              {
                path: ['date'],
                message: 'must be 2023-01-01 or later',
                code: 'custom',
                params: { reason: 'beforeRuleSet', min: '2023-01-01' },
              },
            ],
          }),
          {
            status: 400,
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    const { user } = setup();
    await fillPension(user);
    const link = await screen.findByRole(
      'link',
      { name: /Minkä kuukauden tilanne lasketaan\? Laskuri osaa laskea 1\.1\.2023 alkaen\./ },
      { timeout: 3000 },
    );
    expect(link).toBeInTheDocument();
    expect(screen.queryByText(/must be 2023-01-01/)).not.toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Työeläke' })).not.toBeInTheDocument();
  });

  it('a server that cannot be reached gives a calm message and a retry, never a blank', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    const { user } = setup();
    await fillPension(user);
    await screen.findByText(/Laskentaan ei nyt saatu yhteyttä/, {}, { timeout: 3000 });
    vi.stubGlobal('fetch', engineFetch(calls));
    await user.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Työeläke' })).toBeInTheDocument());
    expect(screen.queryByText(/Laskentaan ei nyt saatu yhteyttä/)).not.toBeInTheDocument();
  });
});
