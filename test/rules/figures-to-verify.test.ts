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

  // The authorities, the law, the pension providers and the statutory bodies (and their press releases on STT Info,
  // which Kela and the Finnish Centre for Pensions publish there). A news site, an association's guide or a fund's
  // notice may be where a figure was first read: that goes in `provenance`, which no user sees. A subdomain of one
  // of these is the same organisation's (Varma's 2026 index news is on toimitilat.varma.fi).
  const OFFICIAL_HOSTS =
    /^([a-z0-9-]+\.)*(kela\.fi|vero\.fi|tyoelake\.fi|etk\.fi|telp\.fi|finlex\.fi|eduskunta\.fi|parliament\.fi|stm\.fi|vm\.fi|valtioneuvosto\.fi|tyollisyysrahasto\.fi|tyotapaturmatieto\.fi|keva\.fi|varma\.fi|ilmarinen\.fi|elo\.fi|veritas\.fi|sttinfo\.fi)$/;

  it('every source a coach sees is an official page (a news site or a guide only as provenance)', () => {
    for (const p of Object.values(readRules().parameters)) {
      for (const e of p.entries) {
        if (e.source === undefined) continue;
        expect(new URL(e.source).hostname, `${p.name} ${e.from}: ${e.source}`).toMatch(OFFICIAL_HOSTS);
      }
    }
  });
});
