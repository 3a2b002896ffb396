import type { Lang } from '#contracts/languages.ts';
import { i18n } from '../index.svelte.ts';
import { loadResultTexts } from './load.ts';
import type { ResultMessages } from './types.ts';

/**
 * The texts shown with the results (./types.ts), per language, loaded on demand: the calculator asks for them
 * as soon as its input can be calculated. Once asked for, a language switch waits for that language's too.
 */
class ResultTexts {
  #loaded = $state.raw<Partial<Record<Lang, ResultMessages>>>({});
  #loading: Partial<Record<Lang, Promise<ResultMessages>>> = {};
  #registered = false;

  /** The texts of the language in use, once loaded (reactive). */
  get t(): ResultMessages | undefined {
    return this.#loaded[i18n.lang];
  }

  /** Loads a language's texts once; a failed download may be tried again. */
  load(lang: Lang = i18n.lang): Promise<ResultMessages> {
    if (!this.#registered) {
      this.#registered = true;
      i18n.alsoLoad((next) => this.load(next));
    }
    this.#loading[lang] ??= loadResultTexts(lang).then(
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

export const resultTexts = new ResultTexts();
