import type { EvalSplit } from './types';

const SPLITS: readonly EvalSplit[] = ['all', 'train80', 'dev20'];

/**
 * The ANERcorp protocol: with N sentences, TRAIN80 is [0, floor(0.8N)) and DEV20 is [floor(0.8N), N).
 * The one definition of that boundary: eval, the lexicon build (harvest, common words), coverage,
 * the bench and the tests all cut here.
 */
export function train80End(sentenceCount: number): number {
  return Math.floor(0.8 * sentenceCount);
}

/**
 * The sentences of one split. Sentences keep their file index, so errors still point at the right sentence.
 */
export function selectSplit<S>(sentences: readonly S[], split: EvalSplit): S[] {
  const cut = train80End(sentences.length);
  switch (split) {
    case 'all':
      return sentences.slice();
    case 'train80':
      return sentences.slice(0, cut);
    case 'dev20':
      return sentences.slice(cut);
    default:
      throw new RangeError(`unknown split «${String(split)}» (expected ${SPLITS.join(', ')})`);
  }
}

/** Type guard for command-line values. */
export function isEvalSplit(value: string): value is EvalSplit {
  return (SPLITS as readonly string[]).includes(value);
}

/**
 * Jackknife folds: the fold (0 … k-1) of each of `sentenceCount` sentences, in k contiguous blocks
 * whose sizes differ by at most one (the first `sentenceCount % k` blocks take one more). Contiguous
 * because a name recurs within its article: «بوتين» in sentence 10 and sentence 12 of one report
 * must fall in the same fold, or the lexicon built without fold f still holds the name from its
 * neighbour and the held-out features are not held out. With 10 sentences and k = 3: 0 0 0 0 1 1 1 2 2 2.
 */
export function assignFolds(sentenceCount: number, k: number): number[] {
  if (!Number.isInteger(sentenceCount) || sentenceCount < 0) {
    throw new RangeError(`assignFolds: sentenceCount must be a non-negative integer, got ${String(sentenceCount)}`);
  }
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`assignFolds: k must be a positive integer, got ${String(k)}`);
  const base = Math.floor(sentenceCount / k);
  const larger = sentenceCount % k;
  const folds: number[] = [];
  for (let fold = 0; fold < k; fold++) {
    const size = base + (fold < larger ? 1 : 0);
    for (let i = 0; i < size; i++) folds.push(fold);
  }
  return folds;
}
