import type { Lang } from '#contracts/languages.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { sv } from './sv.ts';
import type { RulesMessages } from './types.ts';

/** The rules' texts in every language (small: they come with the rules page and the "why" section's code). */
export const RULES_MESSAGES: Record<Lang, RulesMessages> = { fi, sv, en };
