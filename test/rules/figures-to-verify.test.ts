import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unconfirmed } from '../../rules/commands/check.ts';
import { REPO_ROOT } from '../../rules/format.ts';
import { readRules } from '../../rules/load.ts';

/** README.md's "Figures to verify" table: each parameter with the values not yet official, as `YYYY: value (status)`. */
function readmeTable(): Map<string, string[]> {
  const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = text.split('\n### Figures to verify\n')[1]!.split('\n## ')[0]!;
  const rows = new Map<string, string[]>();
  for (const m of section.matchAll(/^\| `(\w+)`\s*\| ([^|]+)\|/gm)) rows.set(m[1]!, m[2]!.trim().split(', '));
  return rows;
}

describe('README.md lists every figure still to verify, as the rule files have them', () => {
  it('the same parameters, years, values and statuses as `rules check`', () => {
    const expected = new Map(
      unconfirmed(Object.values(readRules().parameters)).map(({ p, entries }) => [
        p.name,
        entries.map((e) => `${e.from.slice(0, 4)}: ${typeof e.value === 'string' ? e.value : 'brackets'} (${e.status})`),
      ]),
    );
    expect(Object.fromEntries(readmeTable())).toEqual(Object.fromEntries(expected));
  });

  it('no value a coach sees cites a third-party repository', () => {
    for (const p of Object.values(readRules().parameters)) {
      for (const e of p.entries) expect(e.source ?? '', `${p.name} ${e.from}`).not.toMatch(/github\.com|gitlab\.com/);
    }
  });
});
