// `alam/stream`: records and JSONL through Node streams and async iterables. Pinned by tests/api/public-api.test.ts.
export { extractStream } from './extract-stream';
export { extractRecords } from './extract-records';
export { extractJsonl } from './extract-jsonl';
export { extractTextChunks, type ExtractedChunk, type TextChunkOptions } from './extract-text-chunks';
export { createJsonlPipeline, type JsonlPipeline } from './create-jsonl-pipeline';
export { OutputError } from './output-error';
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
  ExtractJsonlOptions,
  JsonlUtf8Damage,
} from './record-types';
