import type { Lang } from '#contracts/languages.ts';
import type { ResultMessages } from './types.ts';

/** The texts shown with the results, in one language: a download of their own (./fi.ts, ./sv.ts, ./en.ts). */
const loaders: Record<Lang, () => Promise<{ results: ResultMessages }>> = {
  fi: () => import('./fi.ts'),
  sv: () => import('./sv.ts'),
  en: () => import('./en.ts'),
};

export async function loadResultTexts(lang: Lang): Promise<ResultMessages> {
  return (await loaders[lang]()).results;
}
