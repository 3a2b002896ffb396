import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, type ImportEdge, importGraph, ROOT, specifiersIn } from './import-graph.ts';

/**
 * The layers' rules (issue 13): cross-layer plain data lives in functions/contracts, which imports nothing
 * outside itself; runtime code never imports infra/; and no folder has an import cycle (type-only imports
 * count: they tie two modules' designs together all the same).
 */

const runtime = importGraph(['functions', 'rules', 'web']);
const withinCycleScope = runtime.filter((e) => /^(functions|rules|web\/src)\//.test(e.from));
const show = (edges: readonly ImportEdge[]) => edges.map((e) => `${e.from} → ${e.specifier}`);

describe('the import graph this test reads', () => {
  it('sees static, type-only, re-export and dynamic imports, and a Svelte component’s script, but not comments', () => {
    const text = `// import nope from 'commented';
      import a from './a.ts'; import type { B } from '#contracts/b.ts';
      export { c } from 'c'; const d = await import('./d.ts');`;
    expect(specifiersIn('x.ts', text)).toEqual(['./a.ts', '#contracts/b.ts', 'c', './d.ts']);
    expect(specifiersIn('x.svelte', "<script lang=\"ts\">import E from './E.svelte';</script><p>import 'no'</p>")).toEqual(['./E.svelte']);
  });

  it('resolves relative paths and package.json subpath imports to files, and finds the app’s own edges', () => {
    expect(runtime).toContainEqual({
      from: 'functions/local/static.ts',
      specifier: '#contracts/security-headers.ts',
      to: 'functions/contracts/security-headers.ts',
    });
    expect(runtime).toContainEqual({ from: 'web/src/lib/share.ts', specifier: './share-format.ts', to: 'web/src/lib/share-format.ts' });
    expect(runtime.length).toBeGreaterThan(400);
  });

  it('finds a cycle of two files, a longer one and a file that imports itself, and none in a chain', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, specifier: to, to });
    expect(cycles([edge('a', 'b'), edge('b', 'a'), edge('c', 'd')])).toEqual([['a', 'b']]);
    expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('d', 'd')])).toEqual([['a', 'b', 'c'], ['d']]);
    expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
  });
});

describe('the layers', () => {
  it('functions/contracts imports nothing but its own files: no package, no Node built-in, no other folder', () => {
    const folder = join(ROOT, 'functions', 'contracts');
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const outside = files.flatMap((name) =>
      specifiersIn(name, readFileSync(join(folder, name), 'utf8'))
        .filter((specifier) => !/^\.\/[\w.-]+\.ts$/.test(specifier))
        .map((specifier) => `functions/contracts/${name} → ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it('every layer may import the contracts: the API, the local server, the web app and the infra do', () => {
    const infra = importGraph(['infra']);
    for (const layer of ['functions/api/', 'functions/local/', 'web/src/', 'infra/']) {
      const edges = [...runtime, ...infra].filter((e) => e.from.startsWith(layer) && e.to?.startsWith('functions/contracts/'));
      expect(edges.length, layer).toBeGreaterThan(0);
    }
  });

  it('no file under functions/, rules/ or web/ imports infra/', () => {
    expect(show(runtime.filter((e) => e.to?.startsWith('infra/') || /(^|\/)infra\//.test(e.specifier)))).toEqual([]);
  });

  it('functions/, rules/ and web/src have no import cycle', () => {
    expect(cycles(withinCycleScope)).toEqual([]);
  });
});
