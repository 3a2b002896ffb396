import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { benefitDetails } from './components/benefit-details.svelte.ts';
import { i18n, preferredLang } from './i18n/index.svelte.ts';
import { CalculatorState, loadChecks } from './lib/calculator.svelte.ts';
import { reformat } from './lib/form.ts';
import { stateInHash } from './lib/share-hash.ts';

/**
 * Opens the input of a shared link (URL fragment) before the first paint, or else picks the browser's
 * language, then mounts the app. Not at the module's top level: the first paint is one chunk (web/vite.config.ts)
 * and the chunks loaded here import from it, so a top-level await of them would wait for itself.
 */
async function start(): Promise<void> {
  const calc = new CalculatorState();
  let initialNotice: 'restored' | 'badLink' | null = null;
  const shared = stateInHash(location.hash);
  if (shared !== null) {
    // The form's checks and the benefits' fields load alongside, so that the restored form shows its figures
    // and is checked at its first paint.
    const [{ decodeState }] = await Promise.all([
      import('./lib/share-decode.ts'),
      loadChecks().catch(() => undefined),
      benefitDetails.load().catch(() => undefined),
    ]);
    const state = decodeState(shared);
    if (state) {
      await i18n.set(state.lang);
      calc.form = reformat(state.form, i18n.f);
      calc.showAll = true;
    } else {
      initialNotice = 'badLink';
    }
  } else {
    // A first visit speaks the browser's language, if the app does; the starting figures in its format ("13,20").
    const lang = preferredLang(navigator.languages ?? [navigator.language]);
    if (lang !== i18n.lang) await i18n.set(lang).catch(() => undefined);
    calc.form = reformat(calc.form, i18n.f);
  }

  const target = document.getElementById('app');
  if (target) {
    target.replaceChildren();
    mount(App, { target, props: { calc, initialNotice } });
  }
}

void start();
