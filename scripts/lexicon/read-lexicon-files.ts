import type { LexiconSourceFile } from '#alam/lexicon/compile-lexicon';
import type { SourceEntry } from '#alam/lexicon/lexicon-types';
import { readLexiconTsv } from '#alam/lexicon/read-lexicon-tsv';

/**
 * The build reads lexicon files with the compiler's own reader (`readLexiconTsv`): these name the
 * kind of file each caller expects and fail, naming the file, when it holds another.
 */

/** The entries of a lexicon file (`id	type	subtype	name	variants	attrs	source`). */
export function readEntries(file: LexiconSourceFile): readonly SourceEntry[] {
  const parsed = readLexiconTsv(file.text, file.path);
  if (parsed.kind !== 'entries') throw new Error(`${file.path}: expected lexicon entries, found a ${parsed.kind} file`);
  return parsed.entries;
}

/** Every entry of every entries file among `files`, in file order. */
export function readAllEntries(files: readonly LexiconSourceFile[]): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const file of files) {
    const parsed = readLexiconTsv(file.text, file.path);
    if (parsed.kind === 'entries') entries.push(...parsed.entries);
  }
  return entries;
}

/** The rows of a side table, by column name; its header must be `header`. */
export function readSideTable(file: LexiconSourceFile, header: readonly string[]): readonly Readonly<Record<string, string>>[] {
  const parsed = readLexiconTsv(file.text, file.path);
  if (parsed.kind !== 'side-table' || parsed.header.join('\t') !== header.join('\t')) {
    const found = parsed.kind === 'side-table' ? parsed.header.join('\\t') : `a ${parsed.kind} file`;
    throw new Error(`${file.path}: header must be «${header.join('\\t')}», got «${found}»`);
  }
  return parsed.rows;
}

/** The words of the common-words list (`word	o_count	entity_count	source`). */
export function readCommonWords(file: LexiconSourceFile): readonly { readonly word: string; readonly source: string }[] {
  const parsed = readLexiconTsv(file.text, file.path);
  if (parsed.kind !== 'common-words') throw new Error(`${file.path}: expected the common-words list, found a ${parsed.kind} file`);
  return parsed.words;
}

/** The reviewed collisions (`name	type	note`). */
export function readCollisions(file: LexiconSourceFile): readonly { readonly name: string; readonly type: string }[] {
  const parsed = readLexiconTsv(file.text, file.path);
  if (parsed.kind !== 'collisions') throw new Error(`${file.path}: expected the collisions list, found a ${parsed.kind} file`);
  return parsed.collisions;
}
