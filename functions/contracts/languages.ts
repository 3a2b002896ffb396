/** The languages of the app: every text a user sees exists in each. Finnish first, the default. */
export const LANGS = ['fi', 'sv', 'en'] as const;

export type Lang = (typeof LANGS)[number];
