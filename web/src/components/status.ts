import type { Status } from '#core/result.ts';
import type { IconName } from './Icon.svelte';
import './status.css';

/** A benefit status's icon, the same in the results' badges and the timeline's grid (its colours: status.css). */
export const STATUS_ICONS: Record<Status, IconName> = {
  continues: 'check',
  mayBecomePartial: 'half',
  suspended: 'pause',
  reduced: 'down',
  replaced: 'plus',
  notPayable: 'dash',
  ended: 'error',
};

/** The class that gives an element the status's --status-fg and --status-bg (status.css). */
export const statusClass = (status: Status): string => `status-${status}`;
