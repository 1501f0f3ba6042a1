import type { Entity, EntityType, NormalizeOptions } from '../types';

/** The output formats of `alam extract` (and of `createFormatter`). */
export type OutputFormat = 'json' | 'jsonl' | 'tsv' | 'conll' | 'html' | 'pretty';

/** Every output format, in the order the help text lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'tsv', 'conll', 'html', 'pretty'];

/** One processed input: its name (a file path, `<stdin>` for standard input as the CLI names it, or a record id), its text and its entities. */
export interface ExtractedDocument {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly Entity[];
}

/**
 * A piece of a document given to a formatter as it is read (`alam extract` on a long file): its text,
 * where that text starts in the document, and its entities, with offsets into the whole document.
 */
export interface DocumentPart {
  readonly text: string;
  /** Where `text` starts in the document (UTF-16 code units). */
  readonly offset: number;
  readonly entities: readonly Entity[];
}

export interface FormatOptions {
  /** Include provenance (which lexicon entry or rule produced each entity). Default false. */
  readonly explain?: boolean;
  /** `pretty`: colour entities with ANSI escapes. Default false. */
  readonly color?: boolean;
  /** `pretty`: reshape Arabic letters and reorder each line visually, for terminals that cannot shape. Default false. */
  readonly shape?: boolean;
  /** `tsv`: print a header row. Default true. */
  readonly header?: boolean;
  /** `conll`: normalization switches used to tokenize (should match the extractor's). */
  readonly normalize?: NormalizeOptions;
  /** `pretty`: start each document with a `==> name <==` line. Default false. */
  readonly headings?: boolean;
  /** `html`: the page title. */
  readonly title?: string;
  /** `html`: the entity types asked for, which the legend lists (default: the default types, and any other type met). */
  readonly types?: readonly EntityType[];
  /**
   * `html`, `pretty`: a document longer than this (UTF-16 code units) is shown in parts, each followed
   * by its list of entities, cut where `alam extract` cuts a long file. Default 131,072.
   */
  readonly chunkSize?: number;
}

/**
 * Turns documents into output text piece by piece, so a job of any size streams: `start()` once,
 * then per document either `add(doc)`, or `openDocument(name)`, `addPart(part)` for each part in
 * order and `closeDocument()` — for a document read in parts — and `finish()` once. Every call
 * returns the output it completes, to be written at once; nothing is held back but a few counters.
 */
export interface DocumentFormatter {
  start(): string;
  add(document: ExtractedDocument): string;
  openDocument(name: string): string;
  addPart(part: DocumentPart): string;
  closeDocument(): string;
  finish(): string;
}
