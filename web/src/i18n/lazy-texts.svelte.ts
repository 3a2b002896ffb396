import type { Lang } from '#contracts/languages.ts';

/**
 * Texts of their own download, per language (the results' texts, the "why" section's explanations): each
 * language loaded once, on demand, and kept; a failed download may be tried again.
 */
export class LazyTexts<T> {
  #loaded = $state.raw<Partial<Record<Lang, T>>>({});
  #loading: Partial<Record<Lang, Promise<T>>> = {};
  readonly #download: (lang: Lang) => Promise<T>;

  constructor(download: (lang: Lang) => Promise<T>) {
    this.#download = download;
  }

  /** The texts of a language, once loaded (reactive). */
  of(lang: Lang): T | undefined {
    return this.#loaded[lang];
  }

  /** Loads a language's texts once; a failed download may be tried again. */
  load(lang: Lang): Promise<T> {
    this.#loading[lang] ??= this.#download(lang).then(
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
