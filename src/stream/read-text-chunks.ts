import type { Utf8Damage } from './decode-utf8';
import { createTextDecoder, type TextEncoding } from './create-text-decoder';
import { DEFAULT_CHUNK_SIZE, findChunkEnd } from './find-chunk-end';

/** A piece of a long text, cut at a paragraph or line break; `offset` is where it starts in the whole text (UTF-16 code units). */
export interface TextChunk {
  readonly offset: number;
  readonly text: string;
}

export interface TextChunkReader {
  /** The chunks, in order; together they are the whole text. */
  chunks(): AsyncGenerator<TextChunk>;
  /** Bytes read so far (for progress). */
  readonly bytes: number;
  /** The input's encoding (UTF-16 when it opens with its byte order mark). */
  readonly encoding: TextEncoding;
  /** Invalid UTF-8 met so far (replaced with U+FFFD). */
  readonly damage: Utf8Damage;
}

/**
 * Reads a text (bytes or strings) and gives it back in chunks of at most `chunkSize` characters, cut
 * by findChunkEnd: only the chunk being filled is held, so a file of any size is read in bounded
 * memory, and the cuts are those of the whole text, whatever pieces the stream delivers.
 */
export function createTextChunkReader(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, chunkSize = DEFAULT_CHUNK_SIZE): TextChunkReader {
  const decoder = createTextDecoder();
  let bytes = 0;
  return {
    async *chunks(): AsyncGenerator<TextChunk> {
      let pending = '';
      let offset = 0;
      const take = (final: boolean): TextChunk[] => {
        const taken: TextChunk[] = [];
        while (pending.length > chunkSize || (final && pending.length > 0)) {
          const end = findChunkEnd(pending, 0, chunkSize);
          taken.push({ offset, text: pending.slice(0, end) });
          offset += end;
          pending = pending.slice(end);
        }
        return taken;
      };
      for await (const piece of source) {
        if (typeof piece === 'string') {
          pending += piece;
        } else {
          bytes += piece.length;
          pending += decoder.write(piece);
        }
        yield* take(false);
      }
      pending += decoder.end();
      yield* take(true);
    },
    get bytes(): number {
      return bytes;
    },
    get encoding(): TextEncoding {
      return decoder.encoding;
    },
    get damage(): Utf8Damage {
      return decoder.damage;
    },
  };
}
