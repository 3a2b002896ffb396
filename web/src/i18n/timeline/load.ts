import type { Lang } from '#contracts/languages.ts';
import type { TimelineMessages } from './types.ts';

/** The timeline view's texts in one language: a download of their own (./fi.ts, ./sv.ts, ./en.ts). */
const loaders: Record<Lang, () => Promise<{ timeline: TimelineMessages }>> = {
  fi: () => import('./fi.ts'),
  sv: () => import('./sv.ts'),
  en: () => import('./en.ts'),
};

export async function loadTimelineTexts(lang: Lang): Promise<TimelineMessages> {
  return (await loaders[lang]()).timeline;
}
