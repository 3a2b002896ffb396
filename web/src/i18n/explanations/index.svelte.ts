import type { Lang } from '#contracts/languages.ts';
import { i18n } from '../index.svelte.ts';
import type { ExplanationCatalog } from '../params.ts';
import { loadExplanations } from './load.ts';

/**
 * The explanation texts of the "why" section (loaded with its code), per language. Once this module is
 * loaded, a language switch waits for that language's texts too, so the section never shows a
 * half-translated state.
 */
class ExplanationTexts {
  #loaded = $state.raw<Partial<Record<Lang, ExplanationCatalog>>>({});
  #loading: Partial<Record<Lang, Promise<ExplanationCatalog>>> = {};

  /** The texts of a language, once loaded (reactive). */
  of(lang: Lang): ExplanationCatalog | undefined {
    return this.#loaded[lang];
  }

  /** Loads a language's texts once; a failed download may be tried again. */
  load(lang: Lang): Promise<ExplanationCatalog> {
    this.#loading[lang] ??= loadExplanations(lang).then(
      (texts) => {
        this.#loaded = { ...this.#loaded, [lang]: texts };
        return texts;
      },
      (error: unknown) => {
        delete this.#loading[lang];
        throw error;
      },
    );
    return this.#loading[lang];
  }
}

export const explanationTexts = new ExplanationTexts();
i18n.alsoLoad((lang) => explanationTexts.load(lang));
