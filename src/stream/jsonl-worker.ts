import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extractor';
import { processJsonlBatch } from './process-jsonl-batch';
import type { JsonlWorkerData, JsonlWorkerReply, JsonlWorkerRequest } from './worker-messages';

// Worker thread of the JSONL pipeline: builds its own extractor once, then answers batches in the
// order they arrive. processJsonlBatch never throws for bad records (they become error records), so a
// crash reply means a bug, reported to the main thread rather than lost.
const data = workerData as JsonlWorkerData;
const extractor = createExtractor(data.extractorOptions);
const encoder = new TextEncoder();
const port = parentPort;
if (port === null) throw new Error('jsonl-worker must run in a worker thread');

port.on('message', (request: JsonlWorkerRequest) => {
  let reply: JsonlWorkerReply;
  try {
    const result = processJsonlBatch(request.batch, extractor, data.batchOptions);
    const output = encoder.encode(result.output);
    reply = { seq: request.seq, output, records: result.records, failures: result.failures, utf8: result.utf8 };
    // Copied, not transferred: a transferred buffer is freed by the main thread, so every batch's
    // output took fresh memory here; copied, it is reused at this thread's next collection. Measured
    // on two workers: 4–5 % less wall time and 0.4–0.5 s less CPU per 54 MB of input.
    port.postMessage(reply);
  } catch (error) {
    reply = { seq: request.seq, crash: (error as Error).stack ?? String(error) };
    port.postMessage(reply);
  }
});
