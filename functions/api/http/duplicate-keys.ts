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

/** The end (exclusive) of the string literal that starts at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i += 1;
  }
  return i;
}

function pathOf(stack: Frame[]): (string | number)[] {
  return stack.slice(0, -1).map((f) => (f.kind === 'object' ? (f.key ?? '') : f.index));
}

export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return { path: [...pathOf(stack), key], key };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end - 1;
    } else if (c === '{') stack.push({ kind: 'object', keys: new Set(), key: null, expectKey: true });
    else if (c === '[') stack.push({ kind: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index += 1;
    }
  }
  return null;
}
