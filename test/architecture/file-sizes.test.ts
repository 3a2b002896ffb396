import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './import-graph.ts';

/**
 * Issue 13: no source file outside translation tables is over 400 lines (a file over ~300 usually holds two
 * ideas: split it along its seams). Source here is code and styles (.ts, .js, .svelte, .css, .html …) in
 * every folder of the repository, tests and config included. Not counted: the translation tables
 * (web/src/i18n/…/fi.ts, sv.ts, en.ts), generated output (dist/, cdk.out/), and data that is not code
 * (the YAML rules, JSON, CSV, Markdown, the lockfile), which these endings leave out.
 */

const MAX_LINES = 400;
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|svelte|css|html)$/;
const SKIP = new Set(['node_modules', 'dist', 'cdk.out', '.data', 'test-results', 'coverage']);
const TRANSLATION_TABLE = /^web\/src\/i18n\/(.+\/)?(fi|sv|en)\.ts$/;

/**
 * Files over the limit that another change in flight is splitting, each with who is splitting it. The
 * test fails when one of them is back under the limit: then take it off this list.
 */
const BEING_SPLIT: Record<string, string> = {};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name)) out.push(relative(ROOT, path).split(sep).join('/'));
  }
  return out;
}

/** Lines as `wc -l` and an editor count them: a last line without a newline counts too. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const counted = walk(ROOT)
  .filter((file) => !TRANSLATION_TABLE.test(file))
  .map((file) => ({ file, lines: lineCount(readFileSync(join(ROOT, file), 'utf8')) }));

describe('file sizes', () => {
  it('counts lines as wc -l does, and reads the app, the API, the infra, the rules and the tests', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\nb\n')]).toEqual([0, 1, 1, 2, 3]);
    const files = counted.map((c) => c.file);
    for (const file of [
      'functions/api/schemas.ts',
      'web/src/App.svelte',
      'web/src/app.css',
      'infra/stack.ts',
      'rules/load.ts',
      'test/helpers.ts',
    ])
      expect(files, file).toContain(file);
    expect(files.some((file) => file.startsWith('node_modules/') || file.includes('/dist/'))).toBe(false);
    expect(files).not.toContain('web/src/i18n/fi.ts');
  });

  it(`has no source file over ${MAX_LINES} lines outside the translation tables`, () => {
    const over = counted.filter((c) => c.lines > MAX_LINES && !(c.file in BEING_SPLIT)).map((c) => `${c.file}: ${c.lines} lines`);
    expect(over).toEqual([]);
  });

  it('lists as being split only files that are still over the limit', () => {
    const done = Object.keys(BEING_SPLIT).filter((file) => (counted.find((c) => c.file === file)?.lines ?? 0) <= MAX_LINES);
    expect(done, 'split or gone: take these off BEING_SPLIT').toEqual([]);
  });
});
