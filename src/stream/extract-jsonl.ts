import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createJsonlPipeline } from './create-jsonl-pipeline';
import { OutputError } from './output-error';
import type { ExtractJsonlOptions, JsonlCallbacks, JsonlSummary } from './record-types';

/**
 * Streams JSONL records from `input` to `output` — the library form of `alam extract --jsonl`:
 * `await extractJsonl(fs.createReadStream('in.jsonl'), fs.createWriteStream('out.jsonl'), { workers: 2 })`.
 *
 * `output` is ended when the input is done and the promise resolves once it has finished, so the
 * file is complete when `await` returns — as with `stream.pipeline`. With `end: false` it stays open
 * for more (several inputs into one output); process.stdout and process.stderr are never ended.
 * Rejects with an OutputError when `output` cannot be written; a bad record is never an error (it
 * gets an error record and `onFailure`).
 */
export async function extractJsonl(input: Readable | AsyncIterable<Uint8Array | string>, output: Writable, options: ExtractJsonlOptions = {}): Promise<JsonlSummary> {
  const { onFailure, onProgress, end = true, ...pipelineOptions } = options;
  const pipeline = createJsonlPipeline(pipelineOptions);
  let summary: JsonlSummary;
  try {
    const callbacks: { -readonly [K in keyof JsonlCallbacks]: JsonlCallbacks[K] } = {};
    if (onFailure !== undefined) callbacks.onFailure = onFailure;
    if (onProgress !== undefined) callbacks.onProgress = onProgress;
    summary = await pipeline.run(input, output, callbacks);
  } finally {
    await pipeline.close();
  }
  if (end && !summary.outputClosed && output !== process.stdout && output !== process.stderr && !output.writableEnded) {
    output.end();
    try {
      await finished(output, { readable: false });
    } catch (error) {
      throw new OutputError(error);
    }
  }
  return summary;
}
