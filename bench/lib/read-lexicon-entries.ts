import { TYPE_CODES, type EntryType } from '#alam/lexicon/lexicon-types';

/** One-letter entry type codes of the compiled lexicon. */
const TYPE_BY_CODE = new Map<string, EntryType>(Object.entries(TYPE_CODES).map(([type, code]) => [code, type as EntryType]));

/** A numeric column: an Int32Array (alam-lexicon@3 and later) or base64 little-endian Int32 (@2). */
function readInts(column: unknown): ArrayLike<number> {
  if (typeof column !== 'string') return column as ArrayLike<number>;
  const bytes = Buffer.from(column, 'base64');
  const out = new Int32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = bytes.readInt32LE(i * 4);
  return out;
}

/** A string column: `{ text, offsets }` (@3 and later: value i is text[offsets[i], offsets[i+1])) or newline-joined (@2). */
function readStrings(column: unknown): string[] {
  if (typeof column === 'string') return column.split('\n');
  const { text, offsets } = column as { text: string; offsets: ArrayLike<number> };
  const values: string[] = [];
  for (let i = 0; i + 1 < offsets.length; i += 1) values.push(text.slice(offsets[i], offsets[i + 1]));
  return values;
}

export interface LexiconEntryRow {
  readonly type: EntryType;
  readonly forms: string[];
  readonly flags: number;
  readonly rank: number;
}

/**
 * The entries of a decoded alam lexicon artifact (as alam's own loader returns it) as rows
 * `{ type, forms, flags, rank }`, the surface forms canonical name first. Reading the decoded
 * artifact rather than the file keeps the bench independent of the file's byte layout, so it can
 * bench an older build (ALAM_DIST).
 */
export function readLexiconEntries(artifact: unknown, file: string): LexiconEntryRow[] {
  const a = (artifact ?? {}) as { format?: unknown; entryTypes?: unknown; entryForms?: unknown; entryFlags?: unknown; entryRanks?: unknown };
  if (typeof a.entryTypes !== 'string' || !a.entryForms || !a.entryFlags || !a.entryRanks) {
    throw new Error(`${file}: not a decoded alam lexicon (format ${JSON.stringify(a.format)}; expected entryTypes, entryForms, entryFlags, entryRanks)`);
  }
  const types = a.entryTypes;
  const flags = readInts(a.entryFlags);
  const ranks = readInts(a.entryRanks);
  const forms = readStrings(a.entryForms);
  if (forms.length !== types.length || flags.length !== types.length || ranks.length !== types.length) {
    throw new Error(`${file}: lexicon columns disagree (${types.length} types, ${forms.length} form lists, ${flags.length} flags, ${ranks.length} ranks)`);
  }
  return [...types].map((code, i) => {
    const type = TYPE_BY_CODE.get(code);
    if (!type) throw new Error(`${file}: entry ${i} has unknown type code ${JSON.stringify(code)}`);
    return { type, forms: (forms[i] as string).split('\t'), flags: flags[i] as number, rank: ranks[i] as number };
  });
}
