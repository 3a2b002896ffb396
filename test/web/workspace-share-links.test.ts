import { screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { backend, liveRegion, openFromList, renderApp, savedInput, useWorkspace } from './workspace-app.ts';

/**
 * Share links in the coach workspace: an open case's links made, with their expiry, copied (or selected when
 * the clipboard refuses) and revoked.
 */

useWorkspace();

describe('share links of an open case', () => {
  it('creates one with its expiry, copies it (or selects it when the clipboard refuses), and revokes it', async () => {
    backend.signInTab();
    backend.addCase({ label: 'Asiakas A', input: savedInput() });
    const { user } = renderApp('/cases');
    await openFromList(user, 'Asiakas A');
    // Folded until asked for: the case bar stays short.
    const summary = screen.getByText('Jaa asiakkaalle');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(screen.getByText('Tapauksella ei ole voimassa olevia jakolinkkejä.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Luo jakolinkki' }));
    const input = await screen.findByRole('textbox', { name: 'Jakolinkki 1' });
    expect(summary).toHaveTextContent('Jaa asiakkaalle (1 linkki)');
    expect((input as HTMLInputElement).value).toMatch(/^http:\/\/localhost:3000\/#share=[A-Za-z0-9_-]{43}$/);
    expect(input).toHaveAccessibleDescription(/Voimassa 9\.4\.2026 asti\./);
    await waitFor(() => expect(input).toHaveFocus());

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Kopioi linkki: Jakolinkki 1' }));
    expect(writeText).toHaveBeenCalledWith((input as HTMLInputElement).value);
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Linkki kopioitu.'));

    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    await user.click(screen.getByRole('button', { name: 'Kopioi linkki: Jakolinkki 1' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent(/Kopiointi ei onnistunut\. Linkki on valittuna/));
    expect(input).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Peru linkki: Jakolinkki 1' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Jakolinkki 1' })).not.toBeInTheDocument());
    expect([...backend.cases.values()][0]!.shares).toEqual([]);
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Linkki peruttu. Se ei enää avaudu.'));
  });
});
