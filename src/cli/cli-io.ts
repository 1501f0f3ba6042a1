import type { Readable, Writable } from 'node:stream';

/** A terminal-aware stream: process.stdout/stderr, or a test double. */
export type CliOutput = Writable & { readonly isTTY?: boolean; readonly columns?: number };

/** Everything the CLI touches outside itself, so it can run on process streams or in a test. */
export interface CliIo {
  readonly stdin: Readable & { readonly isTTY?: boolean; readonly fd?: number };
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env: Readonly<Record<string, string | undefined>>;
}
