import type { ChunkCounts, TypeScore } from './types';

/** Counts → conlleval percentages: P = correct/predicted, R = correct/gold, F1 = 2PR/(P+R); 0 when undefined. */
export function computeScore(counts: ChunkCounts): TypeScore {
  const precision = counts.predicted === 0 ? 0 : (100 * counts.correct) / counts.predicted;
  const recall = counts.gold === 0 ? 0 : (100 * counts.correct) / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold: counts.gold, predicted: counts.predicted, correct: counts.correct, precision, recall, f1 };
}
