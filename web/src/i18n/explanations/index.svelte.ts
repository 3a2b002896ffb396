import { i18n } from '../index.svelte.ts';
import { LazyTexts } from '../lazy-texts.svelte.ts';
import { loadExplanations } from './load.ts';

/**
 * The explanation texts of the "why" section (loaded with its code), per language. Once this module is
 * loaded, a language switch waits for that language's texts too, so the section never shows a
 * half-translated state.
 */
export const explanationTexts = new LazyTexts(loadExplanations);
i18n.alsoLoad((lang) => explanationTexts.load(lang));
