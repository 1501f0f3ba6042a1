import type { Readable, Writable } from 'node:stream';
import { createJsonlPipeline } from './create-jsonl-pipeline';
import type { JsonlCallbacks, JsonlOptions, JsonlSummary } from './record-types';

/**
 * Streams JSONL records from `input` to `output` — the library form of `alam extract --jsonl`:
 * `await extractJsonl(fs.createReadStream('in.jsonl'), fs.createWriteStream('out.jsonl'), { workers: 2 })`.
 */
export async function extractJsonl(
  input: Readable | AsyncIterable<Uint8Array | string>,
  output: Writable,
  options: JsonlOptions & JsonlCallbacks = {},
): Promise<JsonlSummary> {
  const { onFailure, onProgress, ...pipelineOptions } = options;
  const pipeline = createJsonlPipeline(pipelineOptions);
  try {
    const callbacks: { -readonly [K in keyof JsonlCallbacks]: JsonlCallbacks[K] } = {};
    if (onFailure !== undefined) callbacks.onFailure = onFailure;
    if (onProgress !== undefined) callbacks.onProgress = onProgress;
    return await pipeline.run(input, output, callbacks);
  } finally {
    await pipeline.close();
  }
}
