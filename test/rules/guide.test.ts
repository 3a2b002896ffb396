import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../rules/cli.ts';
import { loadRuleSet, RULES_DIR, readRules } from '../../rules/load.ts';
import { COMPUTED, INDEXES, NEW_YEAR, PUBLISHED, release, taxFigures2026, write } from './walkthrough.ts';

/**
 * rules/README.md walks through the real 2025 → 2026 update. This test follows it: it runs every
 * `npm run rules -- …` command of each step, makes the edits the guide describes between them, and checks
 * that every line of output the guide shows is printed. So the guide's commands work, and its example is true.
 */

const GUIDE = join(RULES_DIR, 'README.md');
const PRACTICE = '/tmp/rules-2026';

interface Step {
  title: string;
  /** Each shell block's commands, with the output lines the guide shows after it. */
  blocks: { commands: string[]; shown: string[] }[];
}

function steps(): Step[] {
  const text = readFileSync(GUIDE, 'utf8');
  const section = text.split('\n## The yearly update, step by step\n')[1]!.split('\n## ')[0]!;
  return section
    .split('\n### ')
    .slice(1)
    .map((part) => {
      const blocks: Step['blocks'] = [];
      for (const m of part.matchAll(/```(sh|text)\n([\s\S]*?)```/g)) {
        const lines = m[2]!.split('\n').filter((l) => l.trim() !== '');
        if (m[1] === 'sh') {
          blocks.push({
            commands: lines
              .filter((l) => l.startsWith('npm run rules -- '))
              .map((l) => l.replace(/\s+#.*$/, '').replace('npm run rules -- ', '')),
            shown: [],
          });
        } else {
          blocks.at(-1)!.shown.push(...lines);
        }
      }
      return { title: part.split('\n')[0]!, blocks };
    });
}

const practice = mkdtempSync(join(tmpdir(), 'guide-'));
const dir = join(practice, 'rules-2026');
afterAll(() => rmSync(practice, { recursive: true, force: true }));

/** The edits the guide asks for before a step's commands, by step number. */
const EDITS: Record<number, () => void> = {
  2: () => write(dir, readRules(dir).parameters, INDEXES),
  4: () => write(dir, readRules(dir).parameters, { ...PUBLISHED, ...taxFigures2026() }),
  7: () => release(dir, '2026.01', '2026-12-31'),
};
/** The commands the guide expects to fail. */
const FAILS = new Set(['2: check']);

describe('the maintainer’s guide, rules/README.md', () => {
  const all = steps();

  it('has the eight steps of the yearly update, each with commands', () => {
    expect(all.map((s) => s.title.split(' — ')[0])).toEqual([
      'Step 1',
      'Step 2',
      'Step 3',
      'Step 4',
      'Step 5',
      'Step 6',
      'Step 7',
      'Step 8',
    ]);
    for (const step of all) expect(step.blocks.flatMap((b) => b.commands).length, step.title).toBeGreaterThan(0);
  });

  it('works as written: the 2025 → 2026 update, end to end, on a practice copy', async () => {
    for (const [i, step] of all.entries()) {
      const n = i + 1;
      EDITS[n]?.();
      for (const block of step.blocks) {
        let output = '';
        for (const command of block.commands) {
          const args = command.replaceAll(PRACTICE, dir).split(/\s+/);
          const result = await main(args);
          const expected = FAILS.has(`${n}: ${args[0]}`) ? 1 : 0;
          expect(result.code, `step ${n}: npm run rules -- ${command}\n${result.stdout}${result.stderr}`).toBe(expected);
          output += result.stdout + result.stderr;
        }
        for (const line of block.shown) {
          if (/^\s*…\s*$/.test(line)) continue;
          const needle = line.replaceAll(PRACTICE, dir).replace(/\s*…$/, '');
          expect(
            output.includes(needle),
            `step ${n}: the guide shows a line the command does not print (update the example in rules/README.md):\n${needle}\n\nprinted:\n${output}`,
          ).toBe(true);
        }
      }
    }

    // The practice copy now holds the 2026 figures as the guide wrote them, and builds.
    const result = loadRuleSet(dir);
    expect(result.label).toBe('2026.01');
    expect(result.verifiedUntil).toBe('2026-12-31');
    const in2026 = (name: string) => result.parameters[name]!.values.find((v) => v.from === NEW_YEAR);
    for (const [name, entry] of Object.entries({ ...INDEXES, ...PUBLISHED, ...taxFigures2026() }))
      expect(in2026(name), name).toMatchObject({ value: entry.value, status: entry.status });
    // The municipal rates, imported by the guide's command, are the repository's.
    expect(in2026('municipalTaxRates')!.value).toEqual(loadRuleSet().parameters.municipalTaxRates!.values.at(-1)!.value);
    // Computed from the law's amounts: Kela's own 2026 figures, not last year's rounded ones moved by the index.
    for (const [name, value] of Object.entries(COMPUTED)) expect(in2026(name), name).toMatchObject({ value, status: 'derived' });
    expect(in2026('sicknessAllowanceBrackets')).toMatchObject({
      value: [
        { over: '0', percent: '70' },
        { over: '28899', percent: '15' },
      ],
      status: 'derived',
    });
    // It runs the rules CLI once per step of the guide: seconds on a shared machine, not the default 5.
  }, 30_000);
});
