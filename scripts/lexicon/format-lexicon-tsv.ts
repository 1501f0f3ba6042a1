import { ENTRY_HEADER } from '#alam/lexicon/read-lexicon-tsv';
import type { EntryType } from '#alam/lexicon/lexicon-types';

/** One entry of a generated list, before formatting. */
export interface LexiconRow {
  readonly id: string;
  readonly type: EntryType;
  readonly subtype?: string;
  readonly name: string;
  readonly variants?: readonly string[];
  readonly attrs?: Readonly<Record<string, string | number | undefined>>;
  source: string;
}

function checkCell(value: string, where: string): string {
  if (/[\t\n\r]/.test(value)) throw new Error(`${where}: tab or newline inside a cell: ${JSON.stringify(value)}`);
  return value;
}

/** One entry as a TSV line; attrs are written in key order so output is deterministic. */
export function formatLexiconRow(row: LexiconRow): string {
  const where = `entry ${row.id}`;
  if (!row.name) throw new Error(`${where}: empty name`);
  const seen = new Set([row.name]);
  const variants: string[] = [];
  for (const v of row.variants ?? []) {
    if (!v || seen.has(v)) continue;
    if (v.includes('|')) throw new Error(`${where}: variant contains |: ${v}`);
    seen.add(v);
    variants.push(v);
  }
  const attrs = Object.keys(row.attrs ?? {})
    .filter((k) => row.attrs?.[k] !== undefined && row.attrs?.[k] !== '')
    .sort()
    .map((k) => `${k}=${row.attrs?.[k]}`)
    .join(';');
  return [row.id, row.type, row.subtype ?? '', row.name, variants.join('|'), attrs, row.source].map((c) => checkCell(c, where)).join('\t');
}

/**
 * A lexicon file's text: the header, `# comment` lines, then the entries sorted by id (stable
 * output for a byte-identical rebuild). A repeated id is an error naming the file.
 */
export function formatLexiconTsv(path: string, rows: readonly LexiconRow[], comments: readonly string[] = []): string {
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) throw new Error(`${path}: duplicate id ${r.id}`);
    ids.add(r.id);
  }
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [ENTRY_HEADER.join('\t'), ...comments.map((c) => `# ${c}`), ...sorted.map(formatLexiconRow)].join('\n') + '\n';
}

/** A plain TSV table: the header, then the rows as given. */
export function formatPlainTsv(path: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header.join('\t'), ...rows.map((r) => r.map((c) => checkCell(String(c), path)).join('\t'))].join('\n') + '\n';
}
