import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a maintainer command hands back to the CLI: text for stdout and stderr, and the exit code. */
export interface CommandResult {
  /** 0 ok (warnings allowed) · 1 errors in the rules or a failed step · 2 wrong usage */
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const failed = (stderr: string, stdout = ''): CommandResult => ({ code: 1, stdout, stderr });
export const usage = (stderr: string): CommandResult => ({ code: 2, stdout: '', stderr });

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** A folder as the maintainer should read it: relative to the repository when inside it. */
export function shown(dir: string): string {
  const rel = relative(REPO_ROOT, dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? `${rel}/` : dir;
}

/** A plain-text table: columns padded to the widest cell, no trailing spaces. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A rule value in one line: amounts as written, brackets as "70 % | 15 % above 28241", lists joined. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '(to fill in)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.every((b) => b && typeof b === 'object' && 'over' in b)) {
      return (value as { over: string; percent: string }[])
        .map((b) => (b.over === '0' ? `${b.percent} %` : `${b.percent} % above ${b.over}`))
        .join(' | ');
    }
    return value.map(String).join(', ');
  }
  if (typeof value === 'object') return `${Object.keys(value).length} municipalities`; // a rate table (municipalRates)
  return JSON.stringify(value);
}

/** YYYY-MM-DD that is a real calendar date. */
export function isIsoDate(s: string | undefined): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
