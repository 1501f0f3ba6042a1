import type { Writable } from 'node:stream';
import { OutputError } from './output-error';

/** A writable wrapped for producers that must respect backpressure and stop quietly when the reader leaves. */
export interface OutputSink {
  /** Writes and, when the stream's buffer is full, waits for it to drain. A no-op once closed; rejects with an OutputError when writing failed. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Resolves once everything written so far has left the stream's buffer; rejects with an OutputError when any write failed. */
  flush(): Promise<void>;
  /** True once the reader went away (EPIPE, or the stream was destroyed): later writes are dropped. */
  readonly closed: boolean;
  /** Takes the sink's listener off the stream (a stream given to many runs would otherwise collect one per run). */
  release(): void;
}

/** Errors that mean «nobody reads any more», not «the output is broken». */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'ECONNRESET']);

const SINK = Symbol('alam.output-sink');

/** True for a sink made by createOutputSink (as opposed to a plain Writable). */
export function isOutputSink(value: unknown): value is OutputSink {
  return typeof value === 'object' && value !== null && SINK in value;
}

/**
 * Wraps `stream` (process.stdout, a file, a socket) for the pipelines. `alam extract --jsonl < big | head -1`
 * closes our stdout after one line: the EPIPE that follows marks the sink closed instead of crashing, so
 * the producer can stop and exit 0 with nothing on stderr. Any other write error (ENOSPC on a full disk,
 * EIO) — thrown at once by a synchronous stream such as a file stdout, or emitted later by an
 * asynchronous one — becomes an OutputError from this `write` or the next, and from `flush`.
 */
export function createOutputSink(stream: Writable): OutputSink {
  let closed = stream.destroyed || stream.writableEnded;
  let failure: OutputError | undefined;
  const fail = (error: unknown): void => {
    closed = true;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (failure === undefined && !(code !== undefined && READER_GONE.has(code))) failure = new OutputError(error);
  };
  const onError = (error: NodeJS.ErrnoException): void => fail(error);
  stream.on('error', onError);
  const check = (): void => {
    if (failure !== undefined) throw failure;
  };
  /** Resolves on the first of the events, with every listener removed again. */
  const waitFor = (events: readonly string[]): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = (): void => {
        for (const event of events) stream.off(event, done);
        resolve();
      };
      for (const event of events) stream.on(event, done);
    });
  return {
    [SINK]: true,
    get closed(): boolean {
      return closed;
    },
    async write(chunk: string | Uint8Array): Promise<void> {
      check();
      if (closed || chunk.length === 0) return;
      let ready: boolean;
      try {
        ready = stream.write(chunk);
      } catch (error) {
        fail(error);
        check();
        return;
      }
      if (!ready) await waitFor(['drain', 'close', 'error']);
      check();
    },
    async flush(): Promise<void> {
      check();
      if (closed) return;
      await new Promise<void>((resolve) => {
        try {
          // The callback of an empty write runs once everything before it is written (or has failed).
          stream.write('', (error) => {
            if (error) fail(error);
            resolve();
          });
        } catch (error) {
          fail(error);
          resolve();
        }
      });
      check();
    },
    release(): void {
      stream.off('error', onError);
    },
  } as OutputSink;
}
