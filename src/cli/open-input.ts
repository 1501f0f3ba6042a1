import { createReadStream, fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { CliIo } from './cli-io';

/** Bytes per read of an input file: large reads, few calls, and at most one read buffered ahead. */
const READ_BYTES = 256 * 1024;

/** An input opened for streaming: `-` is stdin. `size` is known for a regular file (or stdin redirected from one). */
export interface OpenedInput {
  readonly stream: Readable;
  readonly size: number | undefined;
}

/**
 * Opens a file (or stdin for `-`) for streaming, failing here — not mid-stream — when it is missing,
 * unreadable or a directory, so the caller can report it and go on with the next input.
 */
export async function openInput(name: string, io: CliIo): Promise<OpenedInput> {
  if (name === '-') return { stream: io.stdin, size: stdinSize(io) };
  const info = await stat(name);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const stream = createReadStream(name, { highWaterMark: READ_BYTES });
  // Open errors (EACCES) come as an event: wait for the file to be open, or fail now.
  await new Promise<void>((resolve, reject) => {
    const opened = (): void => {
      stream.off('error', failed);
      resolve();
    };
    const failed = (error: Error): void => {
      stream.off('open', opened);
      reject(error);
    };
    stream.once('open', opened);
    stream.once('error', failed);
  });
  return { stream, size: info.isFile() && info.size > 0 ? info.size : undefined };
}

function stdinSize(io: CliIo): number | undefined {
  try {
    const info = typeof io.stdin.fd === 'number' ? fstatSync(io.stdin.fd) : undefined;
    return info !== undefined && info.isFile() && info.size > 0 ? info.size : undefined;
  } catch {
    return undefined;
  }
}
