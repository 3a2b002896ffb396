import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { TOKENS_KEY } from '../../web/src/lib/coach-entry.ts';
import { step } from '../../web/src/lib/plan.ts';
import { OPEN_CASE_KEY } from '../../web/src/workspace/open-case.ts';
import {
  backend,
  caseBar,
  fillPension,
  liveRegion,
  openFromList,
  renderApp,
  savedInput,
  type User,
  useWorkspace,
} from './workspace-app.ts';

/**
 * The coach workspace as a coach meets it, in jsdom, against an in-memory stand-in of the case routes (the
 * API's own schemas): nothing changes for clients, what is stored said for each user, save with a
 * pseudonymous label (a henkilötunnus refused beside the field), saved / unsaved state, a stale save's
 * conflict dialog, an ended sign-in, and a shared link read-only (its test waits for the shared case's first results
 * itself, so it passes alone too).
 */

useWorkspace();

describe('for clients, nothing changes', () => {
  it('without a coach signed in, only the "Coach sign-in" button: no workspace, no config, no case bar', async () => {
    const { user } = renderApp();
    expect(screen.getByRole('button', { name: 'Valmentajan kirjautuminen' })).toBeInTheDocument();
    await fillPension(user);
    await waitFor(() => expect(backend.requests.some((r) => r.path === '/v1/calculations')).toBe(true));
    expect(screen.queryByRole('region', { name: 'Tallentamaton laskelma' })).not.toBeInTheDocument();
    expect(backend.requests.filter((r) => !r.path.startsWith('/v1/calculations'))).toEqual([]);
  });
});

describe('what is stored, said for who is using the calculator', () => {
  const footer = () => document.querySelector('.site-footer')!;
  const situationNote = () => screen.getByRole('region', { name: 'Sinun tilanteesi' }).querySelector('.note')!;

  // Audit B4: "nothing is stored" alone was not the whole truth: the figures sit in the address (#s=…) and the history.
  it('a client: nothing is stored on a server, the figures are in the address and history; the version only on paper', async () => {
    const { user } = renderApp();
    await fillPension(user);
    expect(footer()).toHaveTextContent(
      'Tietoja ei tallenneta palvelimelle, eikä laskuri kysy nimeä tai henkilötunnusta. Luvut ovat kuitenkin sivun osoitteessa ja selaimen historiassa: yhteisellä koneella sulje välilehti, kun olet valmis.',
    );
    expect(situationNote()).toHaveTextContent(
      'Nimeä tai henkilötunnusta ei tarvita. Tietoja ei tallenneta palvelimelle, mutta luvut näkyvät sivun osoitteessa ja selaimen historiassa.',
    );
    await waitFor(() => expect(document.querySelector('.stamp')).not.toBeNull());
    expect(document.querySelector('.stamp span:not(.print-only)')).toBeNull();
  });

  it('a signed-in coach: saved cases are kept, only the coach sees them; the version shows', async () => {
    backend.signInTab();
    const { user } = renderApp();
    await caseBar('Tallentamaton laskelma');
    await fillPension(user);
    await waitFor(() => expect(footer()).toHaveTextContent('tallentamasi tapaukset ja jakolinkit säilytetään palvelimella'));
    expect(footer()).not.toHaveTextContent('Tietoja ei tallenneta palvelimelle');
    expect(situationNote()).toHaveTextContent('Laskelmaa ei tallenneta, ellet tallenna sitä tapaukseksi.');
    await waitFor(() => expect(document.querySelector('.stamp')).toHaveTextContent(/Sääntöjen versio \S+\./));
    expect(document.querySelector('.stamp span:not(.print-only)')).not.toBeNull();
  });

  it('a client on a coach’s share link: the coach saved it, what is tried here is not', async () => {
    const c = backend.addCase({ label: 'Asiakas A', input: savedInput('10') });
    const link = backend.addShare(c.id);
    renderApp(`/#share=${link.token}`);
    await screen.findByRole('region', { name: 'Valmentajasi jakama laskelma' });
    await waitFor(() => expect(footer()).toHaveTextContent('Tämän laskelman on tallentanut valmentajasi.'));
    expect(situationNote()).toHaveTextContent(
      'Valmentajasi on tallentanut tämän laskelman. Voit kokeilla muita lukuja: niitä ei tallenneta.',
    );
  });
});

describe('saving a case', () => {
  it('asks for a pseudonymous label, shows the API’s henkilötunnus refusal beside the field, then saves; saved / unsaved follows the form', async () => {
    backend.signInTab();
    const { user } = renderApp();
    const bar = await caseBar('Tallentamaton laskelma');
    expect(screen.getByText('Kirjautunut: coach@example.fi')).toBeInTheDocument();
    const save = within(bar).getByRole('button', { name: 'Tallenna' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Tallentaminen onnistuu, kun laskelman tiedot ovat kunnossa.');

    await fillPension(user);
    await waitFor(() => expect(save).toBeEnabled());
    await user.click(save);
    const dialog = await screen.findByRole('dialog', { name: 'Tallenna tapaus' });
    const field = within(dialog).getByRole('textbox', { name: 'Tapauksen nimi' });
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription('Älä kirjoita nimeä tai henkilötunnusta. Käytä peitenimeä, esimerkiksi ”Asiakas A”.');

    await user.type(field, 'Asiakas 010190-123A');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Nimessä näyttää olevan henkilötunnus\. Käytä peitenimeä/);
    expect(field).toHaveFocus();
    expect(backend.cases.size).toBe(0);

    await user.clear(field);
    await user.type(field, 'Asiakas A{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = await caseBar('Tapaus: Asiakas A');
    expect(within(saved).getByText('Kaikki muutokset on tallennettu.')).toBeInTheDocument();
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Tallennettu: Asiakas A.'));
    const [stored] = [...backend.cases.values()];
    expect(stored).toMatchObject({ label: 'Asiakas A', version: 1 });
    expect(stored!.input).toMatchObject({ date: '2026-03-01', benefits: { earningsRelatedPension: { monthlyAmount: '1200.00' } } });

    // Leaving a field (the figure shown back as 1 200,00) is not a change; another figure is.
    // The options come a step after the first paint (CalculatorPage.svelte): found when they are there.
    const hours = await screen.findByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' });
    await user.clear(hours);
    await user.type(hours, '15');
    await user.tab();
    expect(within(saved).getByText('Tallentamattomia muutoksia.')).toBeInTheDocument();
    await user.click(within(saved).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(within(saved).getByText('Kaikki muutokset on tallennettu.')).toBeInTheDocument());
    const put = backend.requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toMatchObject({ version: 1, input: { scenarios: [{ id: 's1' }, { id: 's2', hoursPerWeek: '15' }] } });
    expect(backend.cases.get(stored!.id)!.version).toBe(2);
    // The open case is remembered in this tab only (for a reload or a new sign-in), never in localStorage.
    expect(JSON.parse(sessionStorage.getItem(OPEN_CASE_KEY)!)).toMatchObject({ id: stored!.id, label: 'Asiakas A', version: 2 });
    expect(localStorage.length).toBe(0);
  });

  it('a henkilötunnus in an option’s name is refused too, with a message under the field', async () => {
    backend.signInTab();
    const { user } = renderApp();
    await fillPension(user);
    await user.type(screen.getByRole('textbox', { name: 'Nimi, Vaihtoehto 2' }), '010190-123A');
    const bar = await caseBar('Tallentamaton laskelma');
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Tallenna' })).toBeEnabled());
    await user.click(within(bar).getByRole('button', { name: 'Tallenna' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tallenna tapaus' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tapauksen nimi' }), 'Asiakas B{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Jonkin vaihtoehdon nimessä näyttää olevan henkilötunnus.');
    expect(backend.cases.size).toBe(0);
  });

  it('"Save as new" keeps the first case as it was and opens the copy', async () => {
    backend.signInTab();
    const first = backend.addCase({ label: 'Asiakas A', input: savedInput() });
    const { user } = renderApp('/cases');
    await openFromList(user, 'Asiakas A');
    await user.click(screen.getByRole('button', { name: 'Tallenna uutena' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tallenna uutena tapauksena' });
    expect(within(dialog).getByRole('textbox', { name: 'Tapauksen nimi' })).toHaveValue('Asiakas A (kopio)');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await caseBar('Tapaus: Asiakas A (kopio)');
    expect(backend.cases.size).toBe(2);
    expect(backend.cases.get(first.id)!.version).toBe(1);
  });
});

describe('a plan over time saved with the case (issue 16)', () => {
  it('opens with the case (months back in steps), counts as a change when edited, and is saved again with it', async () => {
    backend.signInTab();
    const plan = {
      start: '2026-03',
      months: [
        { monthlyEarnings: '0' },
        { monthlyEarnings: '0' },
        { hoursPerWeek: '20', hourlyWage: '13.50' },
        { hoursPerWeek: '20', hourlyWage: '13.50', holidayBonus: '600' },
      ],
    };
    const saved = backend.addCase({ label: 'Asiakas P', input: savedInput(), plan });
    const { calc, user } = renderApp('/cases');
    await openFromList(user, 'Asiakas P');
    expect(calc.form.plan).toEqual({
      open: false,
      start: '2026-03',
      length: 4,
      steps: [step(0, 'none'), step(2, 'hours', '20', '13.50')],
      oneOffs: [{ kind: 'holiday', month: 3, amount: '600' }],
    });
    const bar = await caseBar('Tapaus: Asiakas P');
    expect(bar).toHaveTextContent('Kaikki muutokset on tallennettu');
    calc.form.plan!.steps[1]!.hoursPerWeek = '25';
    await waitFor(() => expect(bar).toHaveTextContent('Tallentamattomia muutoksia'));
    await user.click(within(bar).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(bar).toHaveTextContent('Kaikki muutokset on tallennettu'));
    expect(backend.cases.get(saved.id)!.plan).toEqual({
      start: '2026-03',
      months: [
        { monthlyEarnings: '0' },
        { monthlyEarnings: '0' },
        { hoursPerWeek: '25', hourlyWage: '13.50' },
        { hoursPerWeek: '25', hourlyWage: '13.50', holidayBonus: '600' },
      ],
    });
  });
});

describe('a save conflict', () => {
  async function openAndChangeElsewhere(user: User) {
    backend.signInTab();
    const c = backend.addCase({ label: 'Asiakas A', input: savedInput('10') });
    await openFromList(user, 'Asiakas A');
    // Another tab saves 20 h meanwhile.
    backend.saveElsewhere(c.id, (input) => ({
      ...input,
      scenarios: (input.scenarios as { id: string }[]).map((s) => (s.id === 's2' ? { ...s, hoursPerWeek: '20' } : s)),
    }));
    // The options come a step after the first paint (CalculatorPage.svelte): found when they are there.
    const hours = await screen.findByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' });
    await user.clear(hours);
    await user.type(hours, '15');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    return { c, hours, dialog: await screen.findByRole('dialog', { name: 'Tapausta on muutettu muualla' }) };
  }

  it('never overwrites: the dialog offers the saved version, which then replaces the form', async () => {
    const { user } = renderApp('/cases');
    const { c, hours, dialog } = await openAndChangeElsewhere(user);
    expect(dialog).toHaveAccessibleDescription(/Muutoksiasi ei tallennettu, eikä mitään kirjoitettu yli\./);
    expect(backend.cases.get(c.id)).toMatchObject({ version: 2, input: { scenarios: [{ id: 's1' }, { id: 's2', hoursPerWeek: '20' }] } });

    await user.click(within(dialog).getByRole('button', { name: 'Avaa tallennettu versio' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(hours).toHaveValue('20'));
    expect(screen.getByText('Kaikki muutokset on tallennettu.')).toBeInTheDocument();
    // Now the save goes through, with the version it was read at.
    await user.clear(hours);
    await user.type(hours, '25');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(backend.cases.get(c.id)!.version).toBe(3));
  });

  it('or keeps the coach’s own figures on screen, unsaved, to save as a new case', async () => {
    const { user } = renderApp('/cases');
    const { c, hours, dialog } = await openAndChangeElsewhere(user);
    await user.click(within(dialog).getByRole('button', { name: 'Pidä omat lukuni näkyvissä' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(hours).toHaveValue('15');
    expect(screen.getByText('Tallentamattomia muutoksia.')).toBeInTheDocument();
    expect(screen.getByText('Omat lukusi ovat yhä näkyvissä. Voit tallentaa ne uutena tapauksena.')).toBeInTheDocument();
    expect(backend.cases.get(c.id)!.version).toBe(2);
  });
});

describe('an ended sign-in', () => {
  it('a refused token and refresh: "sign in again", the tokens are forgotten, nothing typed is lost', async () => {
    backend.signInTab();
    backend.validAccess.clear();
    backend.refreshWorks = false;
    renderApp('/cases');
    expect(
      await screen.findByText('Kirjautumisesi on päättynyt. Kirjaudu uudelleen, niin voit tallentaa. Luvut pysyvät tällä sivulla.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kirjaudu uudelleen' })).toBeInTheDocument();
    expect(sessionStorage.getItem(TOKENS_KEY)).toBeNull();
    const refreshes = backend.requests.filter((r) => r.path === '/local/oauth2/token');
    expect(refreshes).toHaveLength(1);
    expect(backend.requests.filter((r) => r.path === '/v1/cases')).toHaveLength(1);
  });

  it('a refresh that works is invisible: the request is sent again with the new token', async () => {
    backend.signInTab();
    backend.validAccess.clear();
    renderApp('/cases');
    expect(await screen.findByText(/Sinulla ei ole vielä tallennettuja tapauksia/)).toBeInTheDocument();
    expect(backend.requests.filter((r) => r.path === '/v1/cases').map((r) => r.authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-1',
    ]);
  });
});

describe('a shared link, read-only', () => {
  it('shows the case with a clear banner; the token goes only to GET /v1/shared/{token}; the fragment stays', async () => {
    const c = backend.addCase({ label: 'Asiakas A', input: savedInput('10') });
    const link = backend.addShare(c.id);
    const { user } = renderApp(`/#share=${link.token}`);
    const banner = await screen.findByRole('region', { name: 'Valmentajasi jakama laskelma' });
    await waitFor(() =>
      expect(banner).toHaveTextContent(
        'Vain luku: voit kokeilla muita lukuja, mutta muutokset eivät tallennu eivätkä näy valmentajallesi.',
      ),
    );
    expect(banner).toHaveTextContent('Tapaus: Asiakas A.');
    expect(banner).toHaveTextContent('Linkki on voimassa 9.4.2026 asti.');
    expect(screen.getByRole('textbox', { name: /Eläke kuukaudessa/ })).toHaveValue('1\u00a0200,00');
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
    // The shared case's own results first (run alone, with the app cold, the first calculation takes a while).
    const table = await screen.findByRole('table', { name: /Työvaihtoehdot ja niiden vaikutus/ });
    await waitFor(() => expect(within(table).getByRole('rowheader', { name: 'Työeläke' })).toBeInTheDocument(), { timeout: 10_000 });
    const calculations = () => backend.requests.filter((r) => r.path === '/v1/calculations').length;
    const first = calculations();
    expect(first).toBeGreaterThanOrEqual(1);

    // Trying other figures is fine; the link stays as it is, and nothing is sent back.
    const hours = screen.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' });
    await user.clear(hours);
    await user.type(hours, '30');
    await user.tab();
    await waitFor(() => expect(calculations()).toBeGreaterThan(first), { timeout: 10_000 });
    expect(location.hash).toBe(`#share=${link.token}`);
    await user.click(within(banner).getByRole('button', { name: 'Palauta jaetut luvut' }));
    expect(hours).toHaveValue('10');

    const carrying = backend.requests.filter((r) => JSON.stringify(r).includes(link.token));
    expect(carrying).toEqual([{ method: 'GET', path: `/v1/shared/${link.token}`, authorization: null, body: undefined }]);
    expect(backend.requests.some((r) => r.path.startsWith('/v1/cases') || r.path === '/config.json')).toBe(false);
  });

  it('a revoked or expired link: a gentle "no longer available", and the calculator still works', async () => {
    renderApp(`/#share=${'b'.repeat(43)}`);
    const banner = await screen.findByRole('region', { name: 'Valmentajasi jakama laskelma' });
    await waitFor(() =>
      expect(banner).toHaveTextContent(/Tämä linkki ei ole enää käytössä\. Se on ehkä vanhentunut, tai valmentajasi on perunut sen\./),
    );
    expect(screen.getByRole('checkbox', { name: /Saan työeläkettä/ })).toBeInTheDocument();
  });
});
