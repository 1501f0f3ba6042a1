import type { Chunk, ChunkType, ConllTag } from './types';

/**
 * BIO2 tags of one sentence → chunks, with conlleval's rules: a chunk starts at B-X, or at I-X after O
 * or after another type; it ends before O, before any B-, before an I- of another type, and at the
 * end of the sentence.
 */
export function readChunks(tags: readonly ConllTag[], sentence: number): Chunk[] {
  const chunks: Chunk[] = [];
  let openStart = -1;
  let openType: ChunkType | null = null;
  for (let i = 0; i <= tags.length; i += 1) {
    const tag: ConllTag = tags[i] ?? 'O';
    const type = tag === 'O' ? null : (tag.slice(2) as ChunkType);
    if (openType !== null && type === openType && tag.startsWith('I-')) continue;
    if (openType !== null) chunks.push({ sentence, start: openStart, end: i, type: openType });
    openType = type;
    openStart = i;
  }
  return chunks;
}
