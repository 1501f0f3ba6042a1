export { extract } from './default-extractor';
export { createExtractor } from './extractor';
export { normalize, type NormalizedText, type OffsetRange } from './normalize/normalize';
export { tokenize, type TokenizeOptions } from './tokenize/tokenize';
export { LexiconError } from './lexicon/lexicon-error';
export { DEFAULT_TYPES, ENTITY_TYPES } from './types';
export type {
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

// cli/stream/format exports
export { createFormatter } from './format/create-formatter';
export { formatDocuments } from './format/format-documents';
export { toEntityRecord, type EntityRecord, type EntityRecordOptions } from './format/entity-record';
export { OUTPUT_FORMATS, type OutputFormat, type ExtractedDocument, type FormatOptions, type DocumentFormatter } from './format/format-types';
export { extractStream } from './stream/extract-stream';
export { extractRecords } from './stream/extract-records';
export { extractJsonl } from './stream/extract-jsonl';
export { createJsonlPipeline, type JsonlPipeline } from './stream/create-jsonl-pipeline';
export { createOutputSink, type OutputSink } from './stream/create-output-sink';
export { decodeUtf8, type DecodedUtf8, type Utf8Damage } from './stream/decode-utf8';
export type {
  ExtractRecordInput,
  ExtractRecordOutput,
  ExtractErrorRecord,
  RecordFieldOptions,
  RecordStreamOptions,
  JsonlOptions,
  JsonlFailure,
  JsonlSummary,
  JsonlProgress,
  JsonlCallbacks,
  JsonlUtf8Damage,
} from './stream/record-types';
export { parseEntries, readEntriesFile } from './lexicon/read-entries-file';
export {
  readConll,
  selectSplit,
  evaluateConll,
  summarizeErrors,
  formatReport,
  formatErrorSummary,
  ConllError,
  runEvalCommand,
  type EvalCommandIo,
  type EvalReport,
  type ConllSentence,
  type EvalError,
  type ErrorGroup,
} from './eval';
