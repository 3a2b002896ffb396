import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../helpers.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const FUNCTIONS = join(ROOT, 'functions');

/** Numbers that appear in code for reasons other than law, with the reason. */
const ALLOWED: { file: string; value: string; why: string }[] = [
  { file: 'functions/core/request.ts', value: '40', why: 'the chart’s default range of 0–40 h a week (issue #4)' },
  { file: 'functions/contracts/limits.ts', value: '30', why: 'a share link’s default lifetime in days, a product setting' },
  { file: 'functions/contracts/limits.ts', value: '300', why: 'the most saved cases per coach, a product limit' },
  { file: 'functions/contracts/limits.ts', value: '50', why: 'the case list’s default page size' },
  { file: 'functions/local/sign-in-flow.ts', value: '15', why: 'the local sign-in’s throttle window in minutes' },
  { file: 'functions/local/sign-in-flow.ts', value: '60', why: 'the local sign-in’s steps a minute, and seconds in a minute' },
];
/** Files of pure calendar arithmetic. */
const EXCLUDED_FILES = ['functions/core/easter.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

function normalise(value: string): string {
  return String(Number(value));
}

/** Every figure in the rule files that could be mistaken for a legal figure in code (not tiny counts). */
function ruleFigures(): Set<string> {
  const figures = new Set<string>();
  const add = (v: string) => {
    if (/^\d+(\.\d+)?$/.test(v) && (v.includes('.') || Number(v) >= 10)) figures.add(normalise(v));
  };
  for (const p of Object.values(ruleSet.parameters)) {
    for (const { value } of p.values) {
      if (typeof value === 'string') add(value);
      else
        for (const item of value) {
          if (typeof item !== 'object') continue;
          add(item.over);
          add(item.percent);
        }
    }
  }
  return figures;
}

/** Numeric literals and numeric string literals in code, comments removed. */
function literals(code: string): string[] {
  const stripped = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const m of stripped.matchAll(/(?<![\w.$])(\d[\d_]*(?:\.\d+)?)(?![\w.])/g)) found.push(m[1]!.replaceAll('_', ''));
  for (const m of stripped.matchAll(/['"`](\d+(?:\.\d+)?)['"`]/g)) found.push(m[1]!);
  return found;
}

describe('no euro amount, percentage or day count of the law appears as a literal in functions/', () => {
  it('finds the rule figures to look for', () => {
    expect(ruleFigures()).toContain('990.9');
    expect(ruleFigures()).toContain('300');
  });

  it('none of them is written in the code', () => {
    const figures = ruleFigures();
    const offences: string[] = [];
    for (const path of sourceFiles(FUNCTIONS)) {
      const file = relative(ROOT, path);
      if (EXCLUDED_FILES.includes(file)) continue;
      for (const literal of literals(readFileSync(path, 'utf8'))) {
        const value = normalise(literal);
        if (figures.has(value) && !ALLOWED.some((a) => a.file === file && a.value === value)) offences.push(`${file}: ${literal}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
