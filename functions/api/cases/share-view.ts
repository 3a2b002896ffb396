import type { ShareRecord } from '../../store/items.ts';
import type { ShareLink } from './answers.ts';

/**
 * A share link as the API shows it. Apart from view.ts (the cases' views, which read the rule set), so that
 * making a link does not load the rule set at cold start.
 */

/** How the web app opens a share link: a fragment, so the token never reaches a server log. */
const SHARE_PATH_PREFIX = '/#share=';

export function shareView(share: ShareRecord): ShareLink {
  return { token: share.token, path: `${SHARE_PATH_PREFIX}${share.token}`, createdAt: share.createdAt, expiresAt: share.expiresAt };
}
