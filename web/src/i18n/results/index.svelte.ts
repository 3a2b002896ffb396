import type { Lang } from '#contracts/languages.ts';
import { i18n } from '../index.svelte.ts';
import { LazyTexts } from '../lazy-texts.svelte.ts';
import { loadResultTexts } from './load.ts';
import type { ResultMessages } from './types.ts';

/**
 * The texts shown with the results (./types.ts), per language, loaded on demand: the calculator asks for them
 * as soon as its input can be calculated. Once asked for, a language switch waits for that language's too.
 */
class ResultTexts extends LazyTexts<ResultMessages> {
  #registered = false;

  /** The texts of the language in use, once loaded (reactive). */
  get t(): ResultMessages | undefined {
    return this.of(i18n.lang);
  }

  override load(lang: Lang = i18n.lang): Promise<ResultMessages> {
    if (!this.#registered) {
      this.#registered = true;
      i18n.alsoLoad((next) => this.load(next));
    }
    return super.load(lang);
  }
}

export const resultTexts = new ResultTexts(loadResultTexts);
