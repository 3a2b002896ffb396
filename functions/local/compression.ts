import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * The web app's text files compressed as CloudFront compresses them in AWS: brotli for a browser that
 * accepts it, else gzip. Each file is compressed once (brotli at its best, in zlib's thread pool, so the
 * event loop never waits for it) and kept until it changes on disk; `warm` does the build's files at start.
 */

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What is worth compressing: text, above a size where the headers would cost more than the saving. */
const TEXT = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg\+xml)/;
const MIN_BYTES = 1024;
const MAX_BYTES = 20 * 1024 * 1024;
/** Files kept at most (each in up to two encodings): the build has a few dozen. */
const MAX_KEPT = 500;

/** The encoding to send for an Accept-Encoding header: the one of brotli and gzip with the higher q (brotli on a tie), or none. */
export function encodingFor(header: string | string[] | undefined): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 0);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}

export interface Compressor {
  compressible(type: string, size: number): boolean;
  /** The file's content in `encoding`, for the version of it on disk with this size and modification time. */
  compressed(file: string, version: { size: number; mtimeMs: number }, encoding: Encoding): Promise<Buffer>;
  /** Compresses (brotli) every compressible file under `dir` ahead of its first request. */
  warm(dir: string, typeOf: (name: string) => string | undefined): Promise<void>;
}

export function createCompressor(): Compressor {
  const kept = new Map<string, Promise<Buffer>>();
  const compressible = (type: string, size: number) => TEXT.test(type) && size >= MIN_BYTES && size <= MAX_BYTES;

  const compressed: Compressor['compressed'] = (file, version, encoding) => {
    const key = `${encoding}\u0000${version.size}\u0000${version.mtimeMs}\u0000${file}`;
    let found = kept.get(key);
    if (found === undefined) {
      found = readFile(file).then((data) =>
        encoding === 'br'
          ? brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
          : gzipped(data, { level: 9 }),
      );
      // A file that could not be read is tried again next time; a file that changed is kept anew.
      found.catch(() => kept.delete(key));
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, found);
    }
    return found;
  };

  const warm: Compressor['warm'] = async (dir, typeOf) => {
    const names = await readdir(dir, { recursive: true });
    await Promise.all(
      names.map(async (name) => {
        const file = join(dir, name);
        const type = typeOf(name);
        if (type === undefined) return;
        const s = await stat(file);
        if (s.isFile() && compressible(type, s.size)) await compressed(file, { size: s.size, mtimeMs: s.mtimeMs }, 'br');
      }),
    );
  };

  return { compressible, compressed, warm };
}
