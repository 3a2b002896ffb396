import { LANGS, type Lang } from '#contracts/languages.ts';
import { type Formatters, formatters } from '../lib/numbers.ts';
import { fi } from './fi.ts';
import type { Messages } from './types.ts';

/**
 * The chosen language, its messages and its number formats. Finnish is built in; Swedish and English are
 * loaded when first chosen (they are not part of the initial download). Parts of the app loaded on demand
 * that bring texts of their own (the reasons, ./explanations/) register them with `alsoLoad`, so that a
 * language switch waits for those too.
 */

const loaders: Record<Lang, () => Promise<Messages>> = {
  fi: async () => fi,
  sv: async () => (await import('./sv.ts')).sv,
  en: async () => (await import('./en.ts')).en,
};

class I18n {
  lang = $state<Lang>('fi');
  #catalogs = $state.raw<Partial<Record<Lang, Messages>>>({ fi });

  /** The messages of the chosen language (Finnish until another one has loaded). */
  m: Messages = $derived(this.#catalogs[this.lang] ?? fi);
  f: Formatters = $derived(formatters(this.lang));
  #companions: ((lang: Lang) => Promise<unknown>)[] = [];
  #required: ((lang: Lang) => Promise<unknown>)[] = [];

  /**
   * Texts of a part loaded on demand: loaded with each language from now on. A failure there does not block
   * a switch, unless `required` (texts of the form itself: the switch fails as if the catalog had).
   */
  alsoLoad(load: (lang: Lang) => Promise<unknown>, { required = false } = {}): void {
    (required ? this.#required : this.#companions).push(load);
  }

  async load(lang: Lang): Promise<void> {
    if (this.#catalogs[lang]) return;
    const messages = await loaders[lang]();
    this.#catalogs = { ...this.#catalogs, [lang]: messages };
  }

  /** Switches once the catalog is there, so the page never shows a half-translated state. */
  async set(lang: Lang): Promise<void> {
    await Promise.all([
      this.load(lang),
      ...this.#required.map((load) => load(lang)),
      ...this.#companions.map((load) => load(lang).catch(() => undefined)),
    ]);
    this.lang = lang;
  }
}

export const i18n = new I18n();

/** The first of the browser's languages the app speaks ("sv-FI" → sv, "en-GB" → en); Finnish otherwise. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const lang = LANGS.find((l) => l === base);
    if (lang) return lang;
  }
  return 'fi';
}
