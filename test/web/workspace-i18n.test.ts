import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/workspace/en.ts';
import { fi } from '../../web/src/i18n/workspace/fi.ts';
import { sv } from '../../web/src/i18n/workspace/sv.ts';
import type { WorkspaceMessages } from '../../web/src/i18n/workspace/types.ts';

/** The coach workspace's own catalogs (loaded with it): the same keys in fi, sv and en, and every text readable. */

const CATALOGS: [string, WorkspaceMessages][] = [
  ['fi', fi],
  ['sv', sv],
  ['en', en],
];

function entries(value: unknown, prefix = ''): [string, unknown][] {
  return value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => entries(v, `${prefix}${k}.`))
    : [[prefix.slice(0, -1), value]];
}

const SAMPLE = {
  email: 'coach@example.fi',
  label: 'Asiakas A',
  date: '9.4.2026',
  max: 80,
  n: 2,
  count: 2,
  scenario: 'Vaihtoehto 2',
  benefit: 'Työeläke',
  saved: 'a',
  now: 'b',
};

describe('workspace catalogs', () => {
  it('sv and en have exactly the keys of fi', () => {
    const keys = (m: WorkspaceMessages) =>
      entries(m)
        .map(([k]) => k)
        .sort();
    expect(keys(sv)).toEqual(keys(fi));
    expect(keys(en)).toEqual(keys(fi));
  });

  it.each(CATALOGS)('%s: every text is there and reads well (no "undefined", every figure used)', (_lang, m) => {
    for (const [key, value] of entries(m)) {
      const text = typeof value === 'function' ? (value as (p: typeof SAMPLE) => string)(SAMPLE) : value;
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it.each(CATALOGS)('%s: the label note asks for a pseudonym, never a name or an ID number', (_lang, m) => {
    expect(m.label.note).toMatch(/”|“/);
    expect(m.share.heading({ count: 1 })).not.toBe(m.share.heading({ count: 2 }));
  });
});
