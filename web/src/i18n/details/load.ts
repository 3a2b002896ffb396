import type { Lang } from '#contracts/languages.ts';
import type { DetailMessages } from './types.ts';

/** The benefit details' texts in one language: a download of their own (./fi.ts, ./sv.ts, ./en.ts). */
const loaders: Record<Lang, () => Promise<{ details: DetailMessages }>> = {
  fi: () => import('./fi.ts'),
  sv: () => import('./sv.ts'),
  en: () => import('./en.ts'),
};

export async function loadDetailTexts(lang: Lang): Promise<DetailMessages> {
  return (await loaders[lang]()).details;
}
