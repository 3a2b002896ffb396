/**
 * The coach workspace and shared links: loaded on demand (a dynamic import from App.svelte) when a coach
 * signs in or is signed in in this tab, on /cases and /auth/callback, and for a /#share= link, so that the
 * anonymous calculator's initial download stays as it was.
 */
export { default as AccountArea } from './AccountArea.svelte';
export { default as CaseBar } from './CaseBar.svelte';
export { default as CasesPage } from './CasesPage.svelte';
export { default as SharedBanner } from './SharedBanner.svelte';
export { Workspace } from './workspace.svelte.ts';
