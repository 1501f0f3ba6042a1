import type { JsonlBatch } from './process-jsonl-batch';

const NEWLINE = 0x0a;

/**
 * Regroups a byte stream into batches of whole lines: a batch ends at the first line end at or after
 * `targetBytes`, or at the last line end of a chunk (a line is never cut; a longer line makes a batch
 * of its own). So a large chunk gives several batches, and a line that arrives alone (a co-process
 * writing one record and waiting for its answer) is answered at once instead of waiting for more
 * input. Only the batch being filled is held: memory stays bounded whatever the input size, and
 * small batches keep the garbage of each extraction step small.
 */
export async function* batchLines(source: AsyncIterable<Uint8Array | string>, targetBytes: number): AsyncGenerator<JsonlBatch> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let firstLine = 1;
  let byteOffset = 0;
  const take = (): JsonlBatch => {
    const bytes = joinBytes(parts, size);
    const batch = { bytes, firstLine, byteOffset };
    firstLine += countNewlines(bytes);
    byteOffset += size;
    parts = [];
    size = 0;
    return batch;
  };
  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let from = 0;
    for (;;) {
      // The batch may close at a newline whose inclusion brings it to targetBytes or more.
      const newline = chunk.indexOf(NEWLINE, from + Math.max(0, targetBytes - size - 1));
      if (newline === -1) break;
      parts.push(chunk.subarray(from, newline + 1));
      size += newline + 1 - from;
      from = newline + 1;
      yield take();
    }
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline >= from) {
      parts.push(chunk.subarray(from, lastNewline + 1));
      size += lastNewline + 1 - from;
      from = lastNewline + 1;
      yield take();
    }
    if (from < chunk.length) {
      parts.push(chunk.subarray(from));
      size += chunk.length - from;
    }
  }
  if (size > 0) yield take();
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/** Copies the parts into one fresh buffer that owns its whole ArrayBuffer (so it can be transferred to a worker). */
function joinBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
