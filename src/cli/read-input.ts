import { readFile } from 'node:fs/promises';
import { decodeUtf8, type Utf8Damage } from '../stream/decode-utf8';
import type { CliIo } from './cli-io';

export interface InputText {
  readonly name: string;
  readonly text: string;
  readonly damage: Utf8Damage;
}

/**
 * Reads a whole text input (`-` is stdin) as UTF-8. Invalid bytes become U+FFFD and are reported in
 * `damage` for the caller to warn about; a byte order mark is kept so offsets match what other tools
 * decoding the same file see.
 */
export async function readInput(name: string, io: CliIo): Promise<InputText> {
  const bytes = name === '-' ? await readAll(io.stdin) : await readFile(name);
  const { text, count, firstOffset } = decodeUtf8(bytes);
  return { name, text, damage: { count, firstOffset } };
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}
