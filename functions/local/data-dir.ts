import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';

/**
 * The local data folder (`.data/` for `npm start`): coaches' saved cases, the invited coaches and the
 * sign-in's signing key. It is made readable by its owner only, and only one server may use it at a time.
 */

/** Another process (or another server in this one) holds the folder's database. */
export class DataDirInUseError extends Error {
  readonly dataDir: string;

  constructor(dataDir: string) {
    super(`Another server is using ${dataDir}`);
    this.dataDir = dataDir;
    this.name = 'DataDirInUseError';
  }
}

/**
 * Owner-only: the folder and every folder in it 0700, every file 0600. Run at each start, so that data
 * written before (by an older version, or with a loose umask) is closed too. Symbolic links are left alone.
 */
export function makePrivate(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const visit = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if ((stat.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if ((stat.mode & 0o077) !== 0) {
      chmodSync(path, stat.mode & 0o700);
    }
  };
  visit(dataDir);
}

/**
 * Whether the embedded DynamoDB's files are free: LevelDB locks its folder while a server has it open (the
 * lock goes with the process, so a crash leaves no stale lock). Opened and closed at once, just before
 * dynalite opens the same folder.
 */
export async function claimDatabase(dbDir: string, dataDir: string): Promise<void> {
  const probe = new ClassicLevel(dbDir);
  try {
    await probe.open();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED') throw new DataDirInUseError(dataDir);
    throw error;
  }
  await probe.close();
}
