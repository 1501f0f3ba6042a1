import type { Readable, Writable } from 'node:stream';
import { createExtractor } from '../extractor';
import type { Extractor, ExtractorOptions } from '../types';
import { batchLines } from './batch-lines';
import { createOutputSink, isOutputSink, type OutputSink } from './create-output-sink';
import { createReorderQueue } from './create-reorder-queue';
import { createWorkerPool, type JsonlWorkerPool } from './create-worker-pool';
import { processJsonlBatch, type JsonlBatch, type JsonlBatchOptions } from './process-jsonl-batch';
import { transcodeUtf16 } from './transcode-utf16';
import type { JsonlCallbacks, JsonlFailure, JsonlOptions, JsonlSummary, JsonlUtf8Damage } from './record-types';

export interface JsonlPipeline {
  /**
   * Streams one JSONL input to `output` (a Writable, which is not ended, or a sink shared across runs).
   * Line numbers restart at 1 per run. Rejects with the input's error when it cannot be read (after
   * writing the results of what was read before), and with an OutputError when `output` cannot be
   * written; resolves with `outputClosed` when the reader of `output` went away.
   */
  run(input: Readable | AsyncIterable<Uint8Array | string>, output: Writable | OutputSink, callbacks?: JsonlCallbacks): Promise<JsonlSummary>;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
}

/**
 * Input bytes per batch. In-process, small batches keep each step's garbage small (lower peak RSS at
 * the same speed); for workers, batches must be large enough that messaging costs nothing.
 */
const DEFAULT_BATCH_BYTES = { inProcess: 32 * 1024, worker: 64 * 1024 };

/** Batches queued at a worker thread before the calling thread waits for a worker to finish one. */
const WORKER_QUEUE = 2;

/** Batches (queued, running or done but not yet written) allowed per worker before waiting for the oldest. */
const IN_FLIGHT_PER_WORKER = 4;

interface BatchOutcome {
  readonly output: string | Uint8Array;
  readonly records: number;
  readonly failures: readonly JsonlFailure[];
  readonly utf8: JsonlUtf8Damage;
  readonly bytes: number;
}

/**
 * The JSONL filter behind `alam extract --jsonl`: `{"id","text"}` lines in, `{"id","entities"}` lines
 * out, exactly one output line per input line, in input order, with bounded memory (the input is read
 * only as fast as the output drains, and at most a few batches are in flight).
 *
 * `workers: N` (N > 1) runs N worker threads, each with its own extractor; the calling thread only
 * reads, batches and writes, so it never holds up the workers (on two cores, a calling thread that
 * also extracted left its worker starved while it worked). Each batch goes to the worker with the
 * fewest queued; at most WORKER_QUEUE wait per worker; results are written back in input order.
 */
export function createJsonlPipeline(options: JsonlOptions = {}): JsonlPipeline {
  const workers = options.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${String(workers)}`);
  const batchBytes = options.batchBytes ?? (workers === 1 ? DEFAULT_BATCH_BYTES.inProcess : DEFAULT_BATCH_BYTES.worker);
  if (!Number.isFinite(batchBytes) || batchBytes < 1) throw new RangeError(`batchBytes must be a positive number, got ${String(batchBytes)}`);
  const extractorOptions = pickExtractorOptions(options);
  const batchOptions: JsonlBatchOptions = pickBatchOptions(options);
  // Built first and synchronously: bad options throw here, before any thread is started.
  const extractor: Extractor = createExtractor(extractorOptions);
  const pool: JsonlWorkerPool | undefined = workers > 1 ? createWorkerPool(workers, { extractorOptions, batchOptions }) : undefined;
  const maxInFlight = workers * IN_FLIGHT_PER_WORKER;

  return {
    async run(input, output, callbacks = {}): Promise<JsonlSummary> {
      const sink = isOutputSink(output) ? output : createOutputSink(output);
      const summary = { records: 0, failed: 0, bytes: 0, workerBatches: 0, utf8: { count: 0, firstOffset: -1, firstLine: 0 } };
      const deliver = async (outcome: BatchOutcome): Promise<void> => {
        await sink.write(outcome.output);
        if (sink.closed) return;
        summary.records += outcome.records;
        summary.failed += outcome.failures.length;
        summary.bytes += outcome.bytes;
        if (outcome.utf8.count > 0) {
          summary.utf8 = summary.utf8.count > 0 ? { ...summary.utf8, count: summary.utf8.count + outcome.utf8.count } : outcome.utf8;
        }
        for (const failure of outcome.failures) callbacks.onFailure?.(failure);
        callbacks.onProgress?.({ bytes: summary.bytes, records: summary.records });
      };
      try {
        const lines = transcodeUtf16(input);
        if (pool === undefined) {
          for await (const batch of batchLines(lines, batchBytes)) {
            if (sink.closed) break;
            await deliver({ ...processJsonlBatch(batch, extractor, batchOptions), bytes: batch.bytes.length });
          }
        } else {
          summary.workerBatches = await runOnPool(pool, batchLines(lines, batchBytes), deliver, sink, maxInFlight);
        }
        // A write error that surfaced after the last write still fails this run.
        await sink.flush();
      } finally {
        if (sink.closed && 'destroy' in input && typeof input.destroy === 'function') input.destroy();
        if (sink !== output) sink.release();
      }
      return { ...summary, outputClosed: sink.closed };
    },
    async close(): Promise<void> {
      if (pool !== undefined) await pool.close();
    },
  };
}

/**
 * Feeds batches to the pool and writes their results back in input order. Reading and writing go on
 * together: while the next line has not arrived (a co-process waiting for its answer, a slow
 * producer), every finished batch is written at once rather than when the next batch or EOF comes.
 * Returns the number of batches the workers extracted.
 */
async function runOnPool(
  pool: JsonlWorkerPool,
  batches: AsyncGenerator<JsonlBatch>,
  deliver: (outcome: BatchOutcome) => Promise<void>,
  sink: OutputSink,
  maxInFlight: number,
): Promise<number> {
  const queue = createReorderQueue<BatchOutcome>();
  let sent = 0;
  let reading: Promise<IteratorResult<JsonlBatch>> | undefined;
  let readFailure: { error: unknown } | undefined;
  try {
    for (;;) {
      while (queue.headSettled() && !sink.closed) await deliver(await queue.shift());
      if (sink.closed) break;
      // Wait for room at a worker (and in the reorder queue). Any batch finishing wakes the wait, not
      // only the oldest: a worker that finished its queue must get the next batch at once.
      if (pool.leastPending() >= WORKER_QUEUE || queue.size() >= maxInFlight) {
        await queue.nextSettlement();
        continue;
      }
      reading ??= batches.next();
      let next: IteratorResult<JsonlBatch> | undefined;
      try {
        next = queue.size() === 0 ? await reading : await Promise.race([reading, queue.nextSettlement().then(() => undefined)]);
      } catch (error) {
        // The input failed (a read error): what was read before it is still extracted and written.
        readFailure = { error };
        reading = undefined;
        break;
      }
      if (next === undefined) continue;
      reading = undefined;
      if (next.done === true) break;
      const batch = next.value;
      const bytes = batch.bytes.length;
      queue.push(pool.run(batch).then((result) => ({ ...result, bytes })));
      sent += 1;
    }
    while (queue.size() > 0 && !sink.closed) await deliver(await queue.shift());
  } finally {
    // Batches still in flight when the reader left: nothing waits for them, so their failures are moot.
    queue.abandon();
    reading?.catch(() => undefined);
    // Not awaited: with a read pending, return() waits for it, and the input is only destroyed after this.
    batches.return(undefined).catch(() => undefined);
  }
  if (readFailure !== undefined) throw readFailure.error;
  return sent;
}

function pickExtractorOptions(options: JsonlOptions): ExtractorOptions {
  const { textField: _text, idField: _id, explain: _explain, workers: _workers, batchBytes: _batch, ...extractorOptions } = options;
  return extractorOptions;
}

function pickBatchOptions(options: JsonlOptions): JsonlBatchOptions {
  const picked: { textField?: string; idField?: string; explain?: boolean } = {};
  if (options.textField !== undefined) picked.textField = options.textField;
  if (options.idField !== undefined) picked.idField = options.idField;
  if (options.explain !== undefined) picked.explain = options.explain;
  return picked;
}
