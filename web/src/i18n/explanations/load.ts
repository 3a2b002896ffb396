import type { Lang } from '#contracts/languages.ts';
import type { ExplanationCatalog } from '../params.ts';

/**
 * The explanation texts of one language: a download of their own (./fi.ts, ./sv.ts, ./en.ts), not part of
 * the calculator's initial JavaScript. The calculator page starts it next to the "why" section's code; the
 * section's store (./index.svelte.ts) asks again and gets the same module.
 */
const loaders: Record<Lang, () => Promise<{ explanations: ExplanationCatalog }>> = {
  fi: () => import('./fi.ts'),
  sv: () => import('./sv.ts'),
  en: () => import('./en.ts'),
};

export async function loadExplanations(lang: Lang): Promise<ExplanationCatalog> {
  return (await loaders[lang]()).explanations;
}
