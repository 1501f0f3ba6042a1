import type { Entity, NormalizeOptions } from '../types';

/** The output formats of `alam extract` (and of `createFormatter`). */
export type OutputFormat = 'json' | 'jsonl' | 'tsv' | 'conll' | 'html' | 'pretty';

/** Every output format, in the order the help text lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'tsv', 'conll', 'html', 'pretty'];

/** One processed input: its name (a file path, `-` for stdin, or a record id), its text and its entities. */
export interface ExtractedDocument {
  readonly name: string;
  readonly text: string;
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
}

/**
 * Turns documents into output text piece by piece, so a long job can stream:
 * `start()` once, `add(doc)` per document, `finish()` once. Formats that need every document
 * before writing (html) return '' from `add` and the whole page from `finish`.
 */
export interface DocumentFormatter {
  start(): string;
  add(document: ExtractedDocument): string;
  finish(): string;
}
