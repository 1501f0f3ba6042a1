import { ENTRY_TYPES, type EntryType, type SourceEntry } from './lexicon-types';
import { LexiconError } from './lexicon-error';

export const ENTRY_HEADER = ['id', 'type', 'subtype', 'name', 'variants', 'attrs', 'source'] as const;
export const COLLISION_HEADER = ['name', 'type', 'note'] as const;
export const COMMON_WORD_HEADER = ['word', 'o_count', 'entity_count', 'source'] as const;
export const HOMOGRAPH_HEADER = ['word', 'noun', 'note'] as const;

/** What one `lexicons/**\/*.tsv` file holds, told apart by its header line. */
export type LexiconFile =
  | { readonly kind: 'entries'; readonly entries: SourceEntry[] }
  | { readonly kind: 'collisions'; readonly collisions: { readonly name: string; readonly type: EntryType; readonly line: number }[] }
  | { readonly kind: 'common-words'; readonly words: { readonly word: string; readonly source: string }[] }
  | { readonly kind: 'homographs'; readonly words: readonly string[] }
  /** A side table read by the import scripts (e.g. `iso	name	variants`), not by the compiler: each row's cells by column name, trimmed. */
  | { readonly kind: 'side-table'; readonly header: readonly string[]; readonly rows: readonly Readonly<Record<string, string>>[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ATTR_KEY = /^[a-z][a-z0-9-]*$/;

/** Parses one lexicon TSV file; any malformed line is a LexiconError naming the file and line. */
export function readLexiconTsv(text: string, file: string): LexiconFile {
  const lines = text.split('\n');
  const headerIndex = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('#'));
  if (headerIndex < 0) throw new LexiconError('empty file: expected a header line', { file });
  const header = lines[headerIndex].replace(/\r$/, '').split('\t');
  const rows: { cells: string[]; line: number }[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (cells.length !== header.length) {
      throw new LexiconError(`expected ${header.length} tab-separated columns (${header.join(', ')}), found ${cells.length}`, { file, line: i + 1 });
    }
    rows.push({ cells, line: i + 1 });
  }
  if (sameHeader(header, ENTRY_HEADER)) return { kind: 'entries', entries: rows.map((row) => parseEntryRow(row.cells, file, row.line)) };
  if (sameHeader(header, COLLISION_HEADER)) {
    return {
      kind: 'collisions',
      collisions: rows.map(({ cells, line }) => {
        const [name = '', type = ''] = cells;
        if (name.trim() === '') throw new LexiconError('empty name', { file, line });
        return { name: name.trim(), type: parseType(type, file, line), line };
      }),
    };
  }
  /** The word of a word list's row: its first cell, which may not be empty. */
  const wordOf = ({ cells, line }: { cells: string[]; line: number }): string => {
    const word = (cells[0] ?? '').trim();
    if (word === '') throw new LexiconError('empty word', { file, line });
    return word;
  };
  if (sameHeader(header, COMMON_WORD_HEADER)) return { kind: 'common-words', words: rows.map((row) => ({ word: wordOf(row), source: row.cells[3] ?? '' })) };
  if (sameHeader(header, HOMOGRAPH_HEADER)) return { kind: 'homographs', words: rows.map(wordOf) };
  if (header[0] !== 'id' && header[0] !== 'word' && !(header[0] === 'name' && header[1] === 'type')) {
    return { kind: 'side-table', header, rows: rows.map(({ cells }) => Object.fromEntries(header.map((column, i) => [column, (cells[i] ?? '').trim()]))) };
  }
  throw new LexiconError(
    `unknown header "${header.join('\\t')}"; expected "${ENTRY_HEADER.join('\\t')}", "${COLLISION_HEADER.join('\\t')}", "${COMMON_WORD_HEADER.join('\\t')}" or "${HOMOGRAPH_HEADER.join('\\t')}"`,
    { file, line: headerIndex + 1 },
  );
}

function sameHeader(header: readonly string[], expected: readonly string[]): boolean {
  return header.length === expected.length && header.every((cell, i) => cell === expected[i]);
}

function parseType(type: string, file: string, line: number): EntryType {
  if (!(ENTRY_TYPES as readonly string[]).includes(type)) {
    throw new LexiconError(`unknown type "${type}"; expected one of ${ENTRY_TYPES.join(', ')}`, { file, line });
  }
  return type as EntryType;
}

function parseEntryRow(cells: readonly string[], file: string, line: number): SourceEntry {
  const [id = '', type = '', subtype = '', name = '', variants = '', attrs = '', source = ''] = cells.map((cell) => cell.trim());
  if (id === '' || /[\p{Cc}]/u.test(id)) throw new LexiconError(`invalid id "${id}": must be non-empty without control characters`, { file, line });
  const where = { file, line, entry: id };
  if (name === '') throw new LexiconError('empty name', where);
  if (source === '') throw new LexiconError('empty source: every entry records its provenance', where);
  return {
    id,
    type: parseType(type, file, line),
    subtype,
    name,
    variants: variants === '' ? [] : variants.split('|').map((v) => v.trim()).filter((v) => v !== ''),
    attrs: parseAttrs(attrs, where),
    source,
    file,
    line,
  };
}

/** `iso=IR;population=120` → `{ iso: 'IR', population: '120' }` (a null-prototype object). */
export function parseAttrs(text: string, where: { readonly file?: string; readonly line?: number; readonly entry?: string }): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null);
  if (text === '') return attrs;
  for (const pair of text.split(';')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (eq < 0 || !ATTR_KEY.test(key) || FORBIDDEN_KEYS.has(key)) {
      throw new LexiconError(`invalid attribute "${pair}": expected key=value with a lowercase key`, where);
    }
    if (key in attrs) throw new LexiconError(`duplicate attribute "${key}"`, where);
    attrs[key] = pair.slice(eq + 1).trim();
  }
  return attrs;
}
