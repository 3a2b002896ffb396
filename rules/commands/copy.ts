import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CommandResult, failed, plural, shown } from '../format.ts';
import { RULESET_FILE, readRules, ruleFileNames } from '../load.ts';
import { RuleFileEditor } from '../yaml-edit.ts';

export interface CopyOptions {
  dir: string;
  /** The folder to create (it must be new or empty). */
  to: string;
  /** Leave out every value dated after this day, as if the rules had been written then. */
  until?: string;
}

/**
 * `rules copy <folder> [--until <date>]`: a scratch copy of the rule files to try an update on, or, with
 * --until, the rules as they stood on a date (to rehearse a yearly update, as rules/README.md does). A file whose
 * rules start after that date keeps its first values.
 */
export function copy({ dir, to, until }: CopyOptions): CommandResult {
  const read = readRules(dir);
  if (read.fileErrors.length > 0 || !read.header)
    return failed(`The rule files cannot be read. Fix these first (npm run rules -- check):\n  - ${read.fileErrors.join('\n  - ')}\n`);
  if (until !== undefined && until < read.header.validFrom)
    return failed(`${until} is before the rule set's first day ${read.header.validFrom}.\n`);
  if (existsSync(to) && readdirSync(to).length > 0) return failed(`${to} is not empty; give a new folder.\n`);
  mkdirSync(to, { recursive: true });

  // A file whose rules start after `until` (availableFrom: the municipal rates from 2025) keeps its first values:
  // a parameter cannot be written without one, and the engine needs every parameter.
  const startsLater = new Map<string, string>();
  for (const p of Object.values(read.parameters))
    if (until !== undefined && p.availableFrom !== undefined && p.availableFrom > until) startsLater.set(p.file, p.availableFrom);
  let removed = 0;
  for (const file of ruleFileNames(dir)) {
    if (until === undefined) {
      copyFileSync(join(dir, file), join(to, file));
      continue;
    }
    const editor = new RuleFileEditor(join(dir, file));
    removed += editor.removeEntriesAfter(startsLater.get(file) ?? until);
    editor.save(join(to, file));
  }
  const header = new RuleFileEditor(join(dir, RULESET_FILE));
  const moveVerified = until !== undefined && read.header.verifiedUntil > until;
  if (moveVerified) header.setTopLevel('verifiedUntil', until);
  header.save(join(to, RULESET_FILE));

  const out = [
    `Copied ${plural(read.files.length, 'rule file')} and ${RULESET_FILE} from ${shown(dir)} to ${to}${until ? `, leaving out ${plural(removed, 'value')} dated after ${until}` : ''}.`,
    ...(moveVerified ? [`verifiedUntil set to ${until} in the copy's ${RULESET_FILE}.`] : []),
    ...[...startsLater].map(([file, from]) => `${file} starts on ${from}, after ${until}: its values from that day are kept.`),
    `Work on the copy by adding --dir ${to} to each command, e.g. npm run rules -- check --dir ${to}`,
  ];
  return { code: 0, stdout: `${out.join('\n')}\n`, stderr: '' };
}
