import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { backend, caseBar, fillPension, liveRegion, openFromList, renderApp, savedInput, useWorkspace } from './workspace-app.ts';

/**
 * The coach workspace's My cases: the list (rename, delete with confirmation), the rule-set notice of a case
 * saved under earlier rules, and an open case's unsaved changes kept from being replaced.
 */

useWorkspace();

describe('My cases', () => {
  it('lists the cases newest first with the last change, how long each is kept and an earlier-rules note; renames; deletes after a confirmation', async () => {
    backend.signInTab();
    backend.addCase({ label: 'Asiakas A', input: savedInput() });
    backend.addCase({ label: 'Asiakas B', input: savedInput('20'), ruleSetVersion: '2025.1+old' });
    const { user } = renderApp('/cases');
    expect(await screen.findByRole('heading', { level: 1, name: 'Omat tapaukset' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Tallennetut tapaukset' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent?.trim())).toEqual(['Asiakas B', 'Asiakas A']);
    expect(items[0]).toHaveTextContent(/Muutettu\s*10\.3\.2026 klo 12\.02/);
    expect(items[0]).toHaveTextContent(/Säilytetään\s*10\.3\.2027 asti/);
    expect(items[0]).toHaveTextContent('Tallennettu aiemmilla säännöillä.');
    expect(items[1]).not.toHaveTextContent('aiemmilla säännöillä');

    await user.click(within(list).getByRole('button', { name: 'Nimeä uudelleen: Asiakas A' }));
    const rename = await screen.findByRole('dialog', { name: 'Nimeä tapaus uudelleen' });
    const field = within(rename).getByRole('textbox', { name: 'Tapauksen nimi' });
    expect(field).toHaveValue('Asiakas A');
    await user.clear(field);
    await user.type(field, 'Asiakas C');
    await user.click(within(rename).getByRole('button', { name: 'Tallenna nimi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      within(list)
        .getAllByRole('heading')
        .map((h) => h.textContent?.trim()),
    ).toEqual(['Asiakas C', 'Asiakas B']);
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Nimi muutettu: Asiakas C.'));

    await user.click(within(list).getByRole('button', { name: 'Poista: Asiakas C' }));
    let confirm = await screen.findByRole('dialog', { name: 'Poistetaanko ”Asiakas C”?' });
    expect(confirm).toHaveAccessibleDescription('Tapaus ja sen jakolinkit poistetaan. Poistoa ei voi perua.');
    await user.click(within(confirm).getByRole('button', { name: 'Peruuta' }));
    expect(backend.cases.size).toBe(2);
    await user.click(within(list).getByRole('button', { name: 'Poista: Asiakas C' }));
    confirm = await screen.findByRole('dialog', { name: 'Poistetaanko ”Asiakas C”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Poista tapaus' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(backend.cases.size).toBe(1);
    expect(backend.requests.find((r) => r.method === 'DELETE')!.path).toMatch(/\?version=2$/);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Omat tapaukset' })).toHaveFocus());
  });

  it('opening a case saved under earlier rules says so, with what changed in plain words', async () => {
    backend.signInTab();
    backend.addCase({
      label: 'Asiakas A',
      input: savedInput('10'),
      ruleSetVersion: '2025.1+old',
      ruleSetCheck: {
        savedWith: '2025.1+old',
        current: '2026.1+new',
        outcomeChanged: true,
        changes: [{ scenarioId: 's2', benefit: 'earningsRelatedPension', field: 'status', saved: 'suspended', now: 'continues' }],
      },
    });
    const { user } = renderApp('/cases');
    await openFromList(user, 'Asiakas A');
    const bar = await caseBar('Tapaus: Asiakas A');
    expect(bar).toHaveTextContent('Säännöt ja euromäärät ovat päivittyneet tämän tapauksen tallentamisen jälkeen, ja tulos muuttui.');
    expect(within(bar).getByRole('listitem')).toHaveTextContent('Vaihtoehto 2, Työeläke: ennen ”Lepää”, nyt ”Jatkuu ennallaan”.');
    await waitFor(() => expect(liveRegion()).toHaveTextContent(/Avattu: Asiakas A\. Säännöt ja euromäärät ovat päivittyneet/));
    // The calculator is shown, with the heading focused.
    expect(screen.getByRole('heading', { level: 1, name: 'Työ & etuudet' })).toHaveFocus();
    expect(location.hash).toMatch(/^#s=/);
  });

  it('the case list marks the cases whose result the current rules change, in words and a tag, and says when it is the same', async () => {
    backend.signInTab();
    const changed = {
      savedWith: '2025.1+old',
      current: '2026.1+new',
      outcomeChanged: true,
      changes: [
        { scenarioId: 's2', benefit: 'earningsRelatedPension' as const, field: 'status' as const, saved: 'suspended', now: 'continues' },
      ],
    };
    backend.addCase({ label: 'Asiakas A', input: savedInput('10'), ruleSetVersion: '2025.1+old', ruleSetCheck: changed });
    backend.addCase({
      label: 'Asiakas B',
      input: savedInput('20'),
      ruleSetVersion: '2025.1+old',
      ruleSetCheck: { ...changed, outcomeChanged: false, changes: [] },
    });
    backend.addCase({ label: 'Asiakas C', input: savedInput('5') });
    const { user } = renderApp('/cases');
    const list = await screen.findByRole('list', { name: 'Tallennetut tapaukset' });
    const item = (label: string) =>
      within(list)
        .getByRole('heading', { name: new RegExp(label) })
        .closest('li')!;
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(item('Asiakas A')).toHaveTextContent('tulos muuttunut');
    expect(item('Asiakas A')).toHaveTextContent('Tulos muuttuu nykyisillä säännöillä. Avaa tapaus, niin näet, mikä muuttui.');
    expect(item('Asiakas B')).toHaveTextContent('Tallennettu aiemmilla säännöillä. Tulos on nykyisillä säännöillä sama.');
    expect(item('Asiakas B')).not.toHaveTextContent('tulos muuttunut');
    expect(item('Asiakas C')).not.toHaveTextContent(/säännöillä/);
    // In Swedish and English too.
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() =>
      expect(item('Asiakas A')).toHaveTextContent('The result changes under the current rules. Open the case to see what changed.'),
    );
    expect(item('Asiakas A')).toHaveTextContent('result changed');
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    await waitFor(() => expect(item('Asiakas A')).toHaveTextContent('Resultatet ändras med de nuvarande reglerna.'));
  });

  it('a save message follows a language switch (it is not kept in the language it was said in)', async () => {
    backend.signInTab();
    const { user } = renderApp('/');
    await fillPension(user);
    await user.click(await screen.findByRole('button', { name: 'Tallenna' }));
    const dialog = await screen.findByRole('dialog', { name: /Tallenna/ });
    await user.type(within(dialog).getByRole('textbox'), 'Asiakas Ö');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Tallennettu: Asiakas Ö.');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByText('Saved: Asiakas Ö.');
    expect(screen.queryByText('Tallennettu: Asiakas Ö.')).toBeNull();
  });

  it('asks before an open case’s unsaved changes are replaced by another case', async () => {
    backend.signInTab();
    backend.addCase({ label: 'Asiakas A', input: savedInput('10') });
    backend.addCase({ label: 'Asiakas B', input: savedInput('20') });
    const { user } = renderApp('/cases');
    await openFromList(user, 'Asiakas A');
    // The options come a step after the first paint (CalculatorPage.svelte): found when they are there.
    const hours = await screen.findByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' });
    await user.clear(hours);
    await user.type(hours, '12');
    await user.click(screen.getByRole('link', { name: 'Omat tapaukset' }));
    await user.click(await screen.findByRole('button', { name: 'Avaa: Asiakas B' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avataanko toinen tapaus?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avaa tallentamatta' }));
    await screen.findByRole('heading', { name: 'Tapaus: Asiakas B' });
    expect(await screen.findByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' })).toHaveValue('20');
  });
});
