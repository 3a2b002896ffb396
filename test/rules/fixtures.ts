import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES_DIR } from '../../rules/load.ts';

/** A throw-away copy of rules/ to break on purpose. */
export function copyOfRules(): { dir: string; edit: (file: string, change: (text: string) => string) => void; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  cpSync(RULES_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${RULES_DIR}/dist`) });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
