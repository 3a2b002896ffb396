import { readFileSync, writeFileSync } from 'node:fs';
import { Document, isMap, isScalar, LineCounter, type Pair, parseDocument, Scalar, type YAMLMap, YAMLSeq } from 'yaml';
import type { MunicipalRateTable } from '../functions/core/ruleset.ts';

/**
 * Edits a rule file the way a maintainer would: the YAML Document API finds the entries, and only the text
 * of the entries added, replaced or removed changes. Every other byte (comments, quoting, flow or block
 * style, blank lines) stays as written, so the diff a reviewer sees is exactly the change.
 */

/** A dated entry to write: `value: null` with `status: placeholder` is the empty entry `check` refuses. */
export interface EntryToWrite {
  value: string | { over: string; percent: string }[] | MunicipalRateTable | null;
  status: string;
  source?: string;
  note?: string;
  /** The pages that would confirm this value, when it is not official. */
  confirmWith?: { title: string; href: string }[];
  provenance?: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: true } as const;

/** The YAML text of `date: entry`, indented by `indent` spaces, ending with a newline. */
export function entryText(date: string, entry: EntryToWrite, indent: number): string {
  const doc = new Document();
  const body = doc.createNode({}) as YAMLMap;
  const quoted = (s: string) => Object.assign(new Scalar(s), { type: Scalar.QUOTE_DOUBLE });
  if (Array.isArray(entry.value)) {
    const list = new YAMLSeq();
    for (const b of entry.value) {
      const map = doc.createNode({}) as YAMLMap;
      map.flow = true;
      map.set('over', quoted(b.over));
      map.set('percent', quoted(b.percent));
      list.items.push(map);
    }
    body.set('value', list);
  } else if (entry.value !== null && typeof entry.value === 'object') {
    // A rate table: one municipality a line, in the order given (the decision's order).
    const table = doc.createNode({}) as YAMLMap;
    for (const [name, rates] of Object.entries(entry.value)) {
      const row = new YAMLSeq();
      row.flow = true;
      for (const rate of rates) row.items.push(quoted(rate));
      table.set(new Scalar(name), row);
    }
    body.set('value', table);
  } else {
    body.set('value', entry.value === null ? null : quoted(entry.value));
  }
  body.set('status', entry.status);
  if (entry.source !== undefined) body.set('source', entry.source);
  if (entry.note !== undefined) body.set('note', entry.note);
  if (entry.confirmWith !== undefined) {
    const pages = new YAMLSeq();
    for (const { title, href } of entry.confirmWith) pages.items.push(doc.createNode({ title, href }));
    body.set('confirmWith', pages);
  }
  if (entry.provenance !== undefined) body.set('provenance', entry.provenance);
  const root = doc.createNode({}) as YAMLMap;
  root.set(new Scalar(date), body);
  doc.contents = root;
  const pad = ' '.repeat(indent);
  return doc
    .toString(STRINGIFY)
    .trimEnd()
    .split('\n')
    .map((line) => pad + line)
    .join('\n')
    .concat('\n');
}

export class RuleFileEditor {
  readonly text: string;
  private readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();
  private readonly edits: Edit[] = [];

  readonly path: string;

  constructor(path: string) {
    this.path = path;
    this.text = readFileSync(path, 'utf8');
    this.doc = parseDocument(this.text, { lineCounter: this.lines, uniqueKeys: false });
    if (this.doc.errors.length > 0) throw new Error(`${path}: not readable YAML: ${this.doc.errors[0]!.message.split('\n')[0]}`);
  }

  private values(parameter: string): YAMLMap {
    const node = this.doc.getIn(['parameters', parameter, 'values'], true);
    if (!isMap(node) || node.flow) throw new Error(`${this.path}: parameters › ${parameter} › values is not a block map of dated entries`);
    return node;
  }

  private static keyOf(pair: Pair): string {
    return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
  }

  /** Offset of the start of the line holding `offset`. */
  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Where a pair's text begins (its line) and ends (after its value, newline included). */
  private span(pair: Pair): { start: number; end: number; indent: number } {
    const keyStart = (pair.key as Scalar).range![0];
    const start = this.lineStart(keyStart);
    const valueRange = (pair.value as Scalar | YAMLMap | null)?.range;
    const end = valueRange ? valueRange[2] : (pair.key as Scalar).range![2];
    return { start, end, indent: keyStart - start };
  }

  /** Adds the entry for `date`, or replaces the one written for that date. Entries stay in date order. */
  setEntry(parameter: string, date: string, entry: EntryToWrite): 'added' | 'replaced' {
    const values = this.values(parameter);
    const pairs = values.items as Pair[];
    if (pairs.length === 0) throw new Error(`${this.path}: parameters › ${parameter} › values is empty`);
    const indent = this.span(pairs[0]!).indent;
    const existing = pairs.find((p) => RuleFileEditor.keyOf(p) === date);
    if (existing) {
      const { start, end } = this.span(existing);
      this.edits.push({ start, end, text: entryText(date, entry, indent) });
      return 'replaced';
    }
    const later = pairs.find((p) => RuleFileEditor.keyOf(p) > date);
    if (later) {
      const { start } = this.span(later);
      this.edits.push({ start, end: start, text: entryText(date, entry, indent) });
    } else {
      const { end } = this.span(pairs.at(-1)!);
      const newline = this.text[end - 1] === '\n' ? '' : '\n';
      this.edits.push({ start: end, end, text: newline + entryText(date, entry, indent) });
    }
    return 'added';
  }

  /** Removes every entry dated after `date` (for a copy of the rules as they stood on that date). */
  removeEntriesAfter(date: string): number {
    const parameters = this.doc.get('parameters', true);
    if (!isMap(parameters)) return 0;
    let removed = 0;
    for (const param of parameters.items as Pair[]) {
      const values = isMap(param.value) ? param.value.get('values', true) : null;
      if (!isMap(values)) continue;
      for (const pair of values.items as Pair[]) {
        if (RuleFileEditor.keyOf(pair) <= date) continue;
        const { start, end } = this.span(pair);
        this.edits.push({ start, end, text: '' });
        removed += 1;
      }
    }
    return removed;
  }

  /** Replaces a top-level scalar's text (e.g. verifiedUntil in ruleset.yaml), keeping its comment. */
  setTopLevel(key: string, text: string): void {
    const node = this.doc.get(key, true);
    if (!isScalar(node) || !node.range) throw new Error(`${this.path}: ${key} is not a plain value`);
    this.edits.push({ start: node.range[0], end: node.range[1], text });
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  /** The file's text with every edit applied. */
  result(): string {
    let out = this.text;
    for (const edit of [...this.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out;
  }

  /** Writes the file; refuses to write text that would not read back as YAML. */
  save(to: string = this.path): void {
    const out = this.result();
    const check = parseDocument(out, { uniqueKeys: true });
    if (check.errors.length > 0)
      throw new Error(`${this.path}: the edit would break the file (${check.errors[0]!.message.split('\n')[0]}); nothing written`);
    writeFileSync(to, out);
  }
}
