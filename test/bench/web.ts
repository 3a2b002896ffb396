import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Figure } from './table.ts';

const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Files the browser must fetch before the app starts: index.html's scripts, preloads and stylesheets, and the scripts' static imports. */
export function initialAssets(dist: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ''));
  const js = new Set([...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]);
  const css = new Set(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
  // Static `import … from "./x.js"` chains inside the entry scripts (dynamic import() is not initial).
  const queue = [...js];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = join(file.split('/').slice(0, -1).join('/'), m[1]!);
      if (js.has(dep)) continue;
      js.add(dep);
      queue.push(dep);
    }
  }
  return { js: [...js], css: [...css] };
}

function gzipKb(dist: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1000;
}

export function measureWeb(dist = WEB_DIST): Figure[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no web build in ${dist}: run npm run build first`);
  const { js, css } = initialAssets(dist);
  return [
    { budget: 'webInitialJs', subject: `${js.length} file(s) loaded by index.html`, value: gzipKb(dist, js), runs: 1 },
    { budget: 'webInitialCss', subject: `${css.length} file(s) loaded by index.html`, value: gzipKb(dist, css), runs: 1 },
  ];
}
