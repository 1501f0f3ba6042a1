import type { Chunk, ChunkCounts, ChunkType, ScoredType } from './types';

/**
 * Chunk-level counts per scored type, like conlleval: a predicted chunk is correct only when a gold
 * chunk has the same sentence, start token, end token and type. MISC chunks are skipped on both sides
 * (alam has no MISC), so a prediction over a gold MISC chunk stays a false positive of its own type.
 */
export function scoreChunks(gold: readonly Chunk[], predicted: readonly Chunk[]): Record<ScoredType, ChunkCounts> {
  const counts: Record<ScoredType, ChunkCounts> = {
    PER: { gold: 0, predicted: 0, correct: 0 },
    LOC: { gold: 0, predicted: 0, correct: 0 },
    ORG: { gold: 0, predicted: 0, correct: 0 },
  };
  const goldKeys = new Set<string>();
  for (const chunk of gold) {
    if (!isScored(chunk.type)) continue;
    counts[chunk.type].gold += 1;
    goldKeys.add(chunkKey(chunk));
  }
  for (const chunk of predicted) {
    if (!isScored(chunk.type)) continue;
    counts[chunk.type].predicted += 1;
    if (goldKeys.has(chunkKey(chunk))) counts[chunk.type].correct += 1;
  }
  return counts;
}

export function isScored(type: ChunkType): type is ScoredType {
  return type !== 'MISC';
}

/** Identity of a chunk for exact matching: sentence, token range and type. */
export function chunkKey(chunk: Chunk): string {
  return `${chunk.sentence}:${chunk.start}:${chunk.end}:${chunk.type}`;
}
