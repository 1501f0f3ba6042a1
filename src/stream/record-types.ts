import type { Entity, ExtractorOptions } from '../types';

/** An input record: an object with the text to analyse (field `text` unless configured) and an optional id. */
export interface ExtractRecordInput {
  readonly id?: unknown;
  readonly text?: unknown;
  readonly [field: string]: unknown;
}

/** The result for one record: its id (`null` when the input had none) and its entities. */
export interface ExtractRecordOutput {
  readonly id: unknown;
  readonly entities: Entity[];
}

/** Written instead of a result when a record cannot be processed, so there is still one output per input. */
export interface ExtractErrorRecord {
  readonly id: unknown;
  /** Position of the record in the input, counted from 0. */
  readonly index: number;
  readonly error: string;
}

export interface RecordFieldOptions {
  /** Field holding the text. Default `text`. */
  readonly textField?: string;
  /** Field holding the record id. Default `id`. */
  readonly idField?: string;
}

export interface RecordStreamOptions extends ExtractorOptions, RecordFieldOptions {}

/** Options of the JSONL pipeline (`alam extract --jsonl`, `extractJsonl`). */
export interface JsonlOptions extends ExtractorOptions, RecordFieldOptions {
  /** Include each entity's provenance (`source`) in the output. Default false. */
  readonly explain?: boolean;
  /**
   * Extractors running in parallel: the calling thread's plus `workers − 1` worker threads, each building
   * its own extractor. 1 (the default) extracts in the calling thread only.
   */
  readonly workers?: number;
  /** Approximate bytes of input per batch. Default 32 KiB in-process, 64 KiB per worker batch. */
  readonly batchBytes?: number;
}

/** A JSONL line that could not be processed. `line` counts from 1. */
export interface JsonlFailure {
  readonly line: number;
  readonly id: unknown;
  readonly message: string;
}

/** Invalid UTF-8 met in a JSONL input (decoded as U+FFFD). Offsets are bytes from the start of the input. */
export interface JsonlUtf8Damage {
  readonly count: number;
  readonly firstOffset: number;
  readonly firstLine: number;
}

export interface JsonlSummary {
  /** Input lines read (= output lines written, unless the output was closed early). */
  readonly records: number;
  /** Lines answered with an error record. */
  readonly failed: number;
  /** True when the reader of the output went away (EPIPE): processing stopped early, quietly. */
  readonly outputClosed: boolean;
  readonly utf8: JsonlUtf8Damage;
  readonly bytes: number;
  /** Batches extracted by worker threads (the rest by the calling thread); 0 with `workers: 1`. */
  readonly workerBatches: number;
}

export interface JsonlProgress {
  readonly bytes: number;
  readonly records: number;
}

/** Options of `extractJsonl`: the pipeline's, its callbacks, and what happens to the output stream. */
export interface ExtractJsonlOptions extends JsonlOptions, JsonlCallbacks {
  /**
   * End `output` when the input is done, and wait for it to finish (like `stream.pipeline`). Default
   * true; process.stdout and process.stderr are never ended (like `readable.pipe`). Pass `false` to
   * write more to the stream afterwards.
   */
  readonly end?: boolean;
}

export interface JsonlCallbacks {
  /** Called for every failed line, in input order. */
  readonly onFailure?: (failure: JsonlFailure) => void;
  /** Called after each batch is written. */
  readonly onProgress?: (progress: JsonlProgress) => void;
}
