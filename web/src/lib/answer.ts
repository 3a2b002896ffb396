import type { Messages } from '../i18n/types.ts';
import type { Formatters } from './numbers.ts';
import type { Answer } from './results.ts';

/**
 * The max-hours answer in words: one main sentence ("At 13,20 € an hour you can work up to 14,5 hours a
 * week without any change to your benefits."), then what changes first above it.
 */
export function answerSentences(a: Answer, m: Messages, f: Formatters): string[] {
  const wage = f.money(a.wage);
  const hours = a.hours !== null ? f.hours(a.hours) : '';
  const out: string[] = [];
  switch (a.variant) {
    case 'noChange':
      out.push(a.sickness ? m.answer.noChangePensions({ wage, hours }) : m.answer.noChange({ wage, hours }));
      break;
    case 'fullTime':
      out.push(m.answer.fullTime({ wage, hours }));
      break;
    case 'noHours':
      out.push(m.answer.noHours({ wage }));
      break;
    case 'sicknessOnly':
      out.push(m.answer.sicknessOnly);
      break;
    case 'none':
      out.push(m.answer.noLimits);
      break;
  }
  if (a.sickness && a.variant !== 'sicknessOnly') out.push(m.answer.sicknessAlso);
  if (a.next && a.hours !== null && a.variant === 'noChange') {
    out.push(m.answer.next({ hours, what: a.next === 'partial' ? m.answer.nextPartial : m.answer.nextSuspended }));
  }
  return out;
}
