import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The coaches invited to the local sign-in, as Cognito's admin-created users are in AWS: only an invited
 * e-mail address can sign in (no self sign-up), and each coach keeps a stable id (`sub`) that their saved
 * cases are filed under. Kept in <dataDir>/auth/coaches.json, managed with `npm run coach -- add <email>`.
 * Read afresh on every sign-in, so an invitation works without restarting `npm start`.
 */

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.data', import.meta.url));

export interface InvitedCoach {
  email: string;
  /** The coach's id in tokens (`sub`) and in the case store. */
  sub: string;
  invitedAt: string;
}

/** Cognito compares e-mail sign-ins case-insensitively: so does the local sign-in. */
export function normaliseEmail(email: string): string | null {
  const value = email.trim().toLowerCase();
  return /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{1,63}$/.test(value) ? value : null;
}

export const coachesFile = (dataDir: string) => join(dataDir, 'auth', 'coaches.json');

export function readCoaches(dataDir: string): InvitedCoach[] {
  let text: string;
  try {
    text = readFileSync(coachesFile(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = JSON.parse(text) as { coaches?: unknown };
  if (!Array.isArray(parsed.coaches)) throw new Error(`${coachesFile(dataDir)} has no "coaches" list`);
  return parsed.coaches.filter(
    (c): c is InvitedCoach => Boolean(c) && typeof (c as InvitedCoach).email === 'string' && typeof (c as InvitedCoach).sub === 'string',
  );
}

function writeCoaches(dataDir: string, coaches: InvitedCoach[]): void {
  const file = coachesFile(dataDir);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ coaches }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

export function findCoach(dataDir: string, email: string): InvitedCoach | undefined {
  const normalised = normaliseEmail(email);
  return normalised === null ? undefined : readCoaches(dataDir).find((c) => c.email === normalised);
}

/** Invites a coach (idempotent: an invited coach keeps their id). */
export function inviteCoach(dataDir: string, email: string, now: Date = new Date()): InvitedCoach {
  const normalised = normaliseEmail(email);
  if (normalised === null) throw new Error(`"${email}" is not an e-mail address`);
  const coaches = readCoaches(dataDir);
  const existing = coaches.find((c) => c.email === normalised);
  if (existing) return existing;
  const coach: InvitedCoach = { email: normalised, sub: randomUUID(), invitedAt: now.toISOString() };
  writeCoaches(dataDir, [...coaches, coach]);
  return coach;
}

/** Removes a coach: they can no longer sign in, and their saved cases can no longer be opened. */
export function removeCoach(dataDir: string, email: string): boolean {
  const normalised = normaliseEmail(email);
  const coaches = readCoaches(dataDir);
  const kept = coaches.filter((c) => c.email !== normalised);
  if (kept.length === coaches.length) return false;
  writeCoaches(dataDir, kept);
  return true;
}
