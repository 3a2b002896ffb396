/**
 * JSON.parse keeps the last of two equal keys in an object without a word: `{"date": "2026-03-01", "date":
 * "2026-04-01"}` would compute April. This finds the first key that appears twice in one object, with the path
 * of that object, so that the API refuses it by name instead of choosing. Run on text JSON.parse has accepted,
 * so it only has to follow strings, nesting, colons and commas. Keys are compared as decoded ("\u0061" is "a").
 */

type Frame = { kind: 'object'; keys: Set<string>; key: string | null; expectKey: boolean } | { kind: 'array'; index: number };

export interface DuplicateKey {
  /** Where the object holding the key twice is, then the key itself. */
  path: (string | number)[];
  key: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** The end (exclusive) of the string literal that starts at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i += 1;
  }
  return i;
}

function pathOf(stack: Frame[]): (string | number)[] {
  return stack.slice(0, -1).map((f) => (f.kind === 'object' ? (f.key ?? '') : f.index));
}

/** A key's text: most keys have no escapes and are their characters between the quotes. */
function keyOf(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}

export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let top: Frame | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const key = keyOf(text, i, end);
        if (top.keys.has(key)) return { path: [...pathOf(stack), key], key };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end - 1;
    } else if (c === OPEN_OBJECT) {
      top = { kind: 'object', keys: new Set(), key: null, expectKey: true };
      stack.push(top);
    } else if (c === OPEN_ARRAY) {
      top = { kind: 'array', index: 0 };
      stack.push(top);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
      top = stack.at(-1);
    } else if (c === COMMA) {
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index += 1;
    }
  }
  return null;
}
