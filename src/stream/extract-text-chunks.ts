import { createExtractor } from '../extractor';
import type { Entity, ExtractorOptions } from '../types';
import type { Utf8Damage } from './decode-utf8';
import { createTextChunkReader } from './read-text-chunks';
import { shiftEntities } from './shift-entities';

export interface TextChunkOptions extends ExtractorOptions {
  /** Characters per chunk at most (UTF-16 code units). Default 131,072. */
  readonly chunkSize?: number;
  /** Called once at the end when the bytes held invalid UTF-8 (decoded as U+FFFD). */
  readonly onInvalidUtf8?: (damage: Utf8Damage) => void;
}

/** A chunk of the text with its entities; `text.slice(e.start - offset, e.end - offset) === e.text`. */
export interface ExtractedChunk {
  /** Where the chunk starts in the whole text (UTF-16 code units). */
  readonly offset: number;
  readonly text: string;
  /** Entities of this chunk, with offsets into the whole text. */
  readonly entities: Entity[];
}

/**
 * Extracts entities from a text of any size — a file stream, stdin, or any (async) iterable of bytes
 * or strings — chunk by chunk, in bounded memory. Chunks are cut at paragraph breaks, else line
 * breaks (see findChunkEnd), so a name is never cut in two; offsets are into the whole text.
 * Document-level resolution (a later «شمخاني» after «علي شمخاني») works within a chunk.
 *
 *   for await (const { entities } of extractTextChunks(fs.createReadStream('big.txt'))) save(entities);
 *
 * Bytes are read as UTF-8, or as UTF-16 when they open with its byte order mark.
 */
export async function* extractTextChunks(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: TextChunkOptions = {}): AsyncGenerator<ExtractedChunk> {
  const { chunkSize, onInvalidUtf8, ...extractorOptions } = options;
  const extractor = createExtractor(extractorOptions);
  const reader = createTextChunkReader(source, chunkSize);
  for await (const chunk of reader.chunks()) {
    yield { offset: chunk.offset, text: chunk.text, entities: shiftEntities(extractor.extract(chunk.text), chunk.offset) };
  }
  if (reader.damage.count > 0) onInvalidUtf8?.(reader.damage);
}
