// The public API of `alam`: what users call. Streams live at `alam/stream`, evaluation at `alam/eval`
// (package.json "exports"); the CLI's plumbing is internal. tests/api/public-api.test.ts pins all three.
export { extract } from './default-extractor';
export { createExtractor } from './extractor';
export { normalize, type NormalizedText, type OffsetRange } from './normalize/normalize';
export { tokenize, type TokenizeOptions } from './tokenize/tokenize';
export { LexiconError } from './lexicon/lexicon-error';
export { parseEntries, readEntriesFile } from './lexicon/read-entries-file';
export { ANNOTATION_CONVENTIONS, DEFAULT_TYPES, ENTITY_TYPES } from './types';
export type {
  AnnotationConventions,
  CliticSplit,
  Entity,
  EntityType,
  Extractor,
  ExtractorOptions,
  LexiconEntryInput,
  NormalizeOptions,
  Provenance,
  ProvenanceKind,
  Token,
  TokenKind,
} from './types';
export { createFormatter } from './format/create-formatter';
export { formatDocuments } from './format/format-documents';
export type { EntityRecord } from './format/entity-record';
export { OUTPUT_FORMATS, type OutputFormat, type ExtractedDocument, type DocumentPart, type FormatOptions, type DocumentFormatter } from './format/format-types';
