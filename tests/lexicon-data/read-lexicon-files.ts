import * as fs from 'node:fs';
import * as path from 'node:path';

export const LEXICON_DIR = path.resolve(__dirname, '../../lexicons');
export const ENTRY_HEADER = 'id\ttype\tsubtype\tname\tvariants\tattrs\tsource';
export const ENTRY_TYPES = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY', 'NAME'] as const;

export interface LexiconRow {
  readonly file: string;
  readonly line: number;
  readonly cells: string[];
}

export interface LexiconEntry {
  readonly file: string;
  readonly line: number;
  readonly id: string;
  readonly type: string;
  readonly subtype: string;
  readonly name: string;
  readonly variants: string[];
  readonly attrs: Record<string, string>;
  readonly source: string;
}

/** Every `.tsv` under lexicons/, relative paths, sorted. */
export function listTsvFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.tsv')) out.push(path.relative(LEXICON_DIR, full));
    }
  };
  walk(LEXICON_DIR);
  return out.sort();
}

export function readHeader(file: string): string {
  return fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8').split('\n')[0] ?? '';
}

/** Data rows of a TSV (header, blank and `#` lines skipped), with 1-based line numbers. */
export function readRows(file: string): LexiconRow[] {
  const lines = fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8').split('\n');
  const rows: LexiconRow[] = [];
  lines.forEach((text, i) => {
    if (i === 0 || text === '' || text.startsWith('#')) return;
    rows.push({ file, line: i + 1, cells: text.split('\t') });
  });
  return rows;
}

/** Parse attrs `k=v;k=v`; throws on a malformed pair. */
export function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (raw === '') return attrs;
  for (const pair of raw.split(';')) {
    const m = /^([a-z_]+)=(.+)$/.exec(pair);
    if (!m) throw new Error(`bad attribute «${pair}»`);
    attrs[m[1] as string] = m[2] as string;
  }
  return attrs;
}

export function lexiconFiles(): string[] {
  return listTsvFiles().filter((f) => readHeader(f) === ENTRY_HEADER);
}

export function readEntries(file: string): LexiconEntry[] {
  return readRows(file).map(({ line, cells }) => {
    const [id = '', type = '', subtype = '', name = '', variants = '', attrs = '', source = ''] = cells;
    return { file, line, id, type, subtype, name, variants: variants === '' ? [] : variants.split('|'), attrs: parseAttrs(attrs), source };
  });
}

let cache: LexiconEntry[] | undefined;
export function allEntries(): LexiconEntry[] {
  cache ??= lexiconFiles().flatMap(readEntries);
  return cache;
}
