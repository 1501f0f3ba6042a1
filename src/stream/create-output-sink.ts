import type { Writable } from 'node:stream';

/** A writable wrapped for producers that must respect backpressure and stop quietly when the reader leaves. */
export interface OutputSink {
  /** Writes and, when the stream's buffer is full, waits for it to drain. A no-op once closed. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** True once the reader went away (EPIPE, or the stream was destroyed): later writes are dropped. */
  readonly closed: boolean;
}

const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'ECONNRESET']);

/**
 * Wraps `stream` (process.stdout, a file, a socket) for the pipelines. `alam extract --jsonl < big | head -1`
 * closes our stdout after one line: the EPIPE that follows marks the sink closed instead of crashing, so
 * the producer can stop and exit 0 with nothing on stderr. Any other write error is re-thrown by the
 * next `write`.
 */
export function createOutputSink(stream: Writable): OutputSink {
  let closed = stream.destroyed || stream.writableEnded;
  let failure: Error | undefined;
  const onError = (error: NodeJS.ErrnoException): void => {
    closed = true;
    if (error.code === undefined || !READER_GONE.has(error.code)) failure = error;
  };
  stream.on('error', onError);
  return {
    get closed(): boolean {
      return closed;
    },
    async write(chunk: string | Uint8Array): Promise<void> {
      if (failure !== undefined) throw failure;
      if (closed) return;
      if (stream.write(chunk)) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
      });
      if (failure !== undefined) throw failure;
    },
  };
}
