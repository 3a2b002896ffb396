import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES_DIR, ruleFileNames } from '../../rules/load.ts';
import { entryText, RuleFileEditor } from '../../rules/yaml-edit.ts';

const scratch = mkdtempSync(join(tmpdir(), 'yaml-edit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fileWith(text: string): string {
  const path = join(scratch, `f${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return path;
}

const SAMPLE = `# a comment that must stay
parameters:
  a:
    unit: EUR
    values:
      2025-01-01:
        value: "1.00"   # trailing comment
        status: official
        source: https://example.org/a

  # the next parameter
  b:
    values:
      2025-01-01: { value: "2", status: official, source: "https://example.org/b" }
      2027-01-01:
        value: ["1", "2"]
        status: official
        source: https://example.org/b
`;

describe('editing a rule file', () => {
  it('leaves every rule file of the repository byte for byte as it was when nothing is edited', () => {
    for (const file of [...ruleFileNames(RULES_DIR), 'ruleset.yaml']) {
      const editor = new RuleFileEditor(join(RULES_DIR, file));
      expect(editor.result(), file).toBe(readFileSync(join(RULES_DIR, file), 'utf8'));
    }
  });

  it('adds an entry after the last one, in the file’s indentation, and touches nothing else', () => {
    const editor = new RuleFileEditor(fileWith(SAMPLE));
    expect(
      editor.setEntry('a', '2026-01-01', {
        value: '1.50',
        status: 'derived',
        source: 'https://example.org/i',
        note: 'Computed: 1.00 × 3/2 = 1.50.',
      }),
    ).toBe('added');
    expect(editor.result()).toBe(
      SAMPLE.replace(
        '        source: https://example.org/a\n',
        '        source: https://example.org/a\n      2026-01-01:\n        value: "1.50"\n        status: derived\n        source: https://example.org/i\n        note: "Computed: 1.00 × 3/2 = 1.50."\n',
      ),
    );
  });

  it('keeps the entries in date order, and replaces the entry of a date already written', () => {
    const path = fileWith(SAMPLE);
    const editor = new RuleFileEditor(path);
    editor.setEntry('b', '2026-01-01', { value: null, status: 'placeholder', note: 'Fill in.' });
    editor.save();
    expect(readFileSync(path, 'utf8')).toContain(
      '      2025-01-01: { value: "2", status: official, source: "https://example.org/b" }\n      2026-01-01:\n        value: null\n        status: placeholder\n        note: Fill in.\n      2027-01-01:\n',
    );

    const again = new RuleFileEditor(path);
    expect(again.setEntry('b', '2026-01-01', { value: '3', status: 'official', source: 'https://example.org/c' })).toBe('replaced');
    again.save();
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(
      '      2026-01-01:\n        value: "3"\n        status: official\n        source: https://example.org/c\n      2027-01-01:\n',
    );
    expect(text).not.toContain('placeholder');
    expect(text).toContain('# a comment that must stay');
    expect(text).toContain('        value: "1.00"   # trailing comment');
  });

  it('writes brackets in the files’ flow style', () => {
    expect(
      entryText(
        '2027-01-01',
        {
          value: [
            { over: '0', percent: '70' },
            { over: '29540', percent: '15' },
          ],
          status: 'derived',
          source: 'https://example.org',
        },
        6,
      ),
    ).toBe(
      '      2027-01-01:\n        value:\n          - { over: "0", percent: "70" }\n          - { over: "29540", percent: "15" }\n        status: derived\n        source: https://example.org\n',
    );
  });

  it('removes the entries after a date, and changes a top-level value in place', () => {
    const editor = new RuleFileEditor(fileWith(SAMPLE));
    expect(editor.removeEntriesAfter('2026-12-31')).toBe(1);
    expect(editor.result()).toBe(SAMPLE.replace(/ {6}2027-01-01:\n( {8}[^\n]+\n)+/, ''));

    const header = new RuleFileEditor(join(RULES_DIR, 'ruleset.yaml'));
    header.setTopLevel('verifiedUntil', '2025-12-31');
    const original = readFileSync(join(RULES_DIR, 'ruleset.yaml'), 'utf8');
    expect(header.result()).toBe(original.replace(/verifiedUntil: \d{4}-\d{2}-\d{2}/, 'verifiedUntil: 2025-12-31'));
  });

  it('refuses a parameter it cannot find, or values written as one flow map', () => {
    const editor = new RuleFileEditor(fileWith('parameters:\n  a:\n    values: { 2025-01-01: { value: "1" } }\n'));
    expect(() => editor.setEntry('missing', '2026-01-01', { value: '1', status: 'official' })).toThrow(
      /parameters › missing › values is not a block map/,
    );
    expect(() => editor.setEntry('a', '2026-01-01', { value: '1', status: 'official' })).toThrow(
      /parameters › a › values is not a block map/,
    );
  });
});
