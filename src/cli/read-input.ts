import { createTextDecoder } from '../stream/create-text-decoder';
import type { Utf8Damage } from '../stream/decode-utf8';
import type { CliIo } from './cli-io';
import { openInput } from './open-input';

export interface InputText {
  readonly name: string;
  readonly text: string;
  readonly damage: Utf8Damage;
}

/**
 * Reads a whole text input (`-` is stdin) for `normalize` and `tokenize`, which print one result for
 * the whole text: UTF-8 (invalid bytes become U+FFFD and are reported in `damage` for the caller to
 * warn about), or UTF-16 after its byte order mark. A byte order mark is kept so offsets match what
 * other tools decoding the same file see.
 */
export async function readInput(name: string, io: CliIo): Promise<InputText> {
  const { stream } = await openInput(name, io);
  const decoder = createTextDecoder();
  const pieces: string[] = [];
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    pieces.push(decoder.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk));
  }
  pieces.push(decoder.end());
  return { name, text: pieces.join(''), damage: decoder.damage };
}
