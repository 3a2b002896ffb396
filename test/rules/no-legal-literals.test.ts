import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../helpers.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const FUNCTIONS = join(ROOT, 'functions');

/** Numbers that appear in code for reasons other than law, with the reason. */
const ALLOWED: { file: string; value: string; why: string }[] = [
  { file: 'functions/core/request.ts', value: '40', why: 'the chart’s default range of 0–40 h a week (issue #4)' },
  { file: 'functions/core/earnings.ts', value: '12', why: 'months in a year (the 12 % work income credit of 2024 is another 12)' },
  { file: 'functions/core/timeline-request.ts', value: '12', why: 'months in a year, in month arithmetic (YYYY-MM)' },
  { file: 'functions/api/cases/coach.ts', value: '12', why: 'the 12 hex digits of a UUID’s last group' },
  { file: 'functions/api/cases/identity-code.ts', value: '12', why: 'month numbers 10–12 in the identity code pattern' },
  { file: 'functions/api/openapi-schemas.ts', value: '12', why: 'the JSON Schema draft 2020-12' },
  { file: 'functions/core/money.ts', value: '34', why: 'decimal.js precision in significant digits' },
  { file: 'functions/core/request.ts', value: '0.5', why: 'the chart’s default step of 0.5 h' },
  { file: 'functions/core/request.ts', value: '12', why: 'the section number in “KEL 12 § 4” (a Kela pension without an earnings test)' },
  { file: 'functions/core/request.ts', value: '60', why: 'the longest municipality name accepted, in characters' },
  { file: 'functions/local/sign-in-flow.ts', value: '60000', why: 'milliseconds in a minute' },
  { file: 'functions/local/tokens.ts', value: '60000', why: 'milliseconds in a minute' },
  { file: 'functions/store/cleanup.ts', value: '60000', why: 'milliseconds in a minute' },
  { file: 'functions/local/compression.ts', value: '20', why: 'the largest file the local server compresses, in MiB' },
  { file: 'functions/local/placeholder.ts', value: '1200', why: 'an example pension in the placeholder page' },
  { file: 'functions/local/sign-in-page.ts', value: '1.45', why: 'a CSS line height' },
  { file: 'functions/local/sign-in-page.ts', value: '600', why: 'a CSS font weight' },
  { file: 'functions/contracts/limits.ts', value: '30', why: 'a share link’s default lifetime in days, a product setting' },
  { file: 'functions/contracts/limits.ts', value: '300', why: 'the most saved cases per coach, a product limit' },
  { file: 'functions/contracts/limits.ts', value: '50', why: 'the case list’s default page size' },
  { file: 'functions/contracts/limits.ts', value: '60', why: 'the longest municipality name the API takes' },
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

/**
 * Units whose values are not formula figures: ages (they collide with byte sizes and regular expressions,
 * and the tax engine reads every age from the rules), names, and the municipal rate tables (data looked up
 * by name, never written in code).
 */
const NOT_FORMULA_FIGURES = new Set(['years', 'names', 'municipalRates', 'isoWeekdays', 'holidays']);

/** Every figure in the rule files that could be mistaken for a legal figure in code (not tiny counts or steps). */
function ruleFigures(): Set<string> {
  const figures = new Set<string>();
  const add = (v: string, unit: string) => {
    if (!/^\d+(\.\d+)?$/.test(v)) return;
    // Small whole numbers are figures only as percentages (12 %); as euros or counts (a 10 € step) they are everywhere.
    const small = !v.includes('.') && Number(v) < 100 && unit !== 'percent' && unit !== 'brackets';
    if ((v.includes('.') || Number(v) >= 10) && !small) figures.add(normalise(v));
  };
  for (const p of Object.values(ruleSet.parameters)) {
    if (NOT_FORMULA_FIGURES.has(p.unit)) continue;
    for (const { value } of p.values) {
      if (typeof value === 'string') add(value, p.unit);
      else if (Array.isArray(value))
        for (const item of value) {
          if (typeof item !== 'object') continue;
          add(item.over, p.unit);
          add(item.percent, p.unit);
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
