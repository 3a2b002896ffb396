import { i18n } from '../index.svelte.ts';
import { LazyTexts } from '../lazy-texts.svelte.ts';
import { loadDetailTexts } from './load.ts';
import type { DetailMessages } from './types.ts';

/**
 * The benefit details' texts (./types.ts), per language: the form's checks load them just after the first
 * paint (lib/calculator.svelte.ts), and a language switch waits for them like for its main catalog, so a
 * ticked benefit's fields never show without their words.
 */
class DetailTexts extends LazyTexts<DetailMessages> {
  /** The texts of the language in use, once loaded (reactive). */
  get t(): DetailMessages | undefined {
    return this.of(i18n.lang);
  }
}

export const detailTexts = new DetailTexts(loadDetailTexts);
i18n.alsoLoad((lang) => detailTexts.load(lang), { required: true });
