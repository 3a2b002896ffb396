import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The project's import graph, read with TypeScript's own pre-processor (so imports in comments and strings
 * do not count, and dynamic `import()` does): every static, dynamic, type-only and re-export specifier of
 * every .ts, .js and .svelte file (a component's <script> blocks). Specifiers resolve like Node and Vite do:
 * relative paths, and the `#name/*` subpath imports of package.json. Anything else is a package.
 */

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

export interface ImportEdge {
  /** Repository-relative, with forward slashes. */
  from: string;
  specifier: string;
  /** The repository-relative file it resolves to, or null for a package or a Node built-in. */
  to: string | null;
}

const SOURCE = /\.(ts|js|mjs|svelte)$/;
const SKIP = new Set(['node_modules', 'dist', 'cdk.out', '.data', 'test-results']);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const posix = (path: string) => path.split(sep).join('/');

/** The script blocks of a Svelte component, or the whole text of anything else. */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.svelte')) return text;
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

export function specifiersIn(file: string, text: string): string[] {
  const info = ts.preProcessFile(scriptOf(file, text), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const subpathImports = (): [string, string][] => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { imports?: Record<string, string> };
  return Object.entries(pkg.imports ?? {}).map(([from, to]) => [from.replace(/\*$/, ''), to.replace(/\*$/, '')]);
};

function resolveSpecifier(fromFile: string, specifier: string, aliases: [string, string][]): string | null {
  if (specifier.startsWith('.')) return posix(relative(ROOT, resolve(dirname(fromFile), specifier)));
  for (const [prefix, target] of aliases) {
    if (specifier.startsWith(prefix)) return posix(relative(ROOT, resolve(ROOT, target, specifier.slice(prefix.length))));
  }
  return null;
}

/** Every import of every source file under the given repository-relative folders. */
export function importGraph(folders: readonly string[]): ImportEdge[] {
  const aliases = subpathImports();
  const edges: ImportEdge[] = [];
  for (const folder of folders) {
    for (const file of walk(join(ROOT, folder))) {
      const from = posix(relative(ROOT, file));
      for (const specifier of specifiersIn(file, readFileSync(file, 'utf8'))) {
        edges.push({ from, specifier, to: resolveSpecifier(file, specifier, aliases) });
      }
    }
  }
  return edges;
}

/** The import cycles among `edges` (each strongly connected group of files, as one list), by Tarjan's algorithm. */
export function cycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.to === null) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    if (!next.has(e.to)) next.set(e.to, []);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (next.get(v) ?? []).includes(v)) found.push(group.sort());
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}
