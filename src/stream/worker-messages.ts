import type { ExtractorOptions } from '../types';
import type { JsonlBatch, JsonlBatchOptions } from './process-jsonl-batch';
import type { JsonlFailure, JsonlUtf8Damage } from './record-types';

/** What every worker is started with: enough to build its own extractor. */
export interface JsonlWorkerData {
  readonly extractorOptions: ExtractorOptions;
  readonly batchOptions: JsonlBatchOptions;
}

export interface JsonlWorkerRequest {
  readonly seq: number;
  readonly batch: JsonlBatch;
}

/** The output comes back as UTF-8 bytes (copied: see jsonl-worker.ts) so the main thread only writes them. */
export type JsonlWorkerReply =
  | {
      readonly seq: number;
      readonly output: Uint8Array;
      readonly records: number;
      readonly failures: JsonlFailure[];
      readonly utf8: JsonlUtf8Damage;
    }
  | { readonly seq: number; readonly crash: string };
