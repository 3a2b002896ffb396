import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copy } from '../../rules/commands/copy.ts';
import { RULES_DIR } from '../../rules/load.ts';

/** A throw-away copy of rules/ to break on purpose. */
export function copyOfRules(): RulesCopy {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  cpSync(RULES_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${RULES_DIR}/dist`) });
  return editable(dir);
}

export interface RulesCopy {
  dir: string;
  edit: (file: string, change: (text: string) => string) => void;
  remove: () => void;
}

function editable(dir: string): RulesCopy {
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

/**
 * A throw-away copy of the rules as they stood on `date` (later values left out, verifiedUntil moved back to
 * it), made with `rules copy --until`. Tests of the maintainer commands use it, so that the next yearly
 * update of rules/ does not change what they see.
 */
export function rulesAsOf(date: string): RulesCopy {
  const dir = mkdtempSync(join(tmpdir(), `rules-${date}-`));
  const result = copy({ dir: RULES_DIR, to: dir, until: date });
  if (result.code !== 0) throw new Error(result.stderr);
  return editable(dir);
}

/** The rules at the end of 2026, the last year the tests were written for. */
export const END_OF_2026 = '2026-12-31';
