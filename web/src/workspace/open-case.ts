import type { SavedCase } from '../lib/cases-api.ts';

/**
 * The case open in this tab (id, label, version, what was saved), mirrored to sessionStorage so that a
 * reload or a new sign-in keeps it open.
 */

/** sessionStorage key of the case open in this tab. */
export const OPEN_CASE_KEY = 'tyo-etuudet.workspace.open';

export interface OpenCase {
  id: string;
  label: string;
  version: number;
  /** formKey() of what was last saved or opened: differs from the form's when there are unsaved changes. */
  savedKey: string;
  updatedAt: string;
  expiresAt: string;
}

/** The open case as the API returned it, with the key of the form it holds. */
export function openCaseOf(saved: SavedCase, savedKey: string): OpenCase {
  return {
    id: saved.id,
    label: saved.label,
    version: saved.version,
    savedKey,
    updatedAt: saved.updatedAt,
    expiresAt: saved.expiresAt,
  };
}

export function readOpen(storage: Storage | null): OpenCase | null {
  try {
    const o = JSON.parse(storage?.getItem(OPEN_CASE_KEY) ?? 'null') as Partial<OpenCase> | null;
    if (!o || typeof o.id !== 'string' || typeof o.label !== 'string' || typeof o.version !== 'number' || typeof o.savedKey !== 'string')
      return null;
    return {
      id: o.id,
      label: o.label,
      version: o.version,
      savedKey: o.savedKey,
      updatedAt: String(o.updatedAt ?? ''),
      expiresAt: String(o.expiresAt ?? ''),
    };
  } catch {
    return null;
  }
}

export function writeOpen(storage: Storage | null, open: OpenCase | null): void {
  try {
    if (open) storage?.setItem(OPEN_CASE_KEY, JSON.stringify(open));
    else storage?.removeItem(OPEN_CASE_KEY);
  } catch {
    // the case stays open in memory
  }
}
