import { computeScore } from '#alam/eval/compute-score';
import { SCORED_TYPES, type BlockCounts, type ChunkCounts, type ScoredType } from '#alam/eval/types';
import { createRandom } from './create-random';

export type ComparedScore = ScoredType | 'micro';
export const COMPARED_SCORES: readonly ComparedScore[] = [...SCORED_TYPES, 'micro'];

export interface BootstrapOptions {
  /** Resamples of the blocks. */
  readonly samples: number;
  readonly seed: number;
}

/** How B's F1 compares with A's on one type (or micro) of one corpus. */
export interface ScoreDifference {
  readonly score: ComparedScore;
  /** F1 of A and of B over the whole corpus. */
  readonly a: number;
  readonly b: number;
  /** b − a. */
  readonly difference: number;
  /** The 2.5th and 97.5th percentiles of b − a over the resamples: a 95 % interval. */
  readonly low: number;
  readonly high: number;
  /** The share of resamples in which B scored below A (0 to 1). */
  readonly worse: number;
}

/**
 * A paired bootstrap over the blocks of one corpus (Koehn 2004; Berg-Kirkpatrick et al. 2012): two
 * runs over the same text, A and B, each with its chunk counts per block (the eval's extractor
 * calls, 10 sentences each); the blocks are drawn with replacement `samples` times and both runs are
 * scored on each draw. Blocks, not sentences or chunks, are drawn because a document's names repeat
 * («[حسن نصر الله]» … «[نصر الله]»): its errors come together and must be resampled together.
 * A retrain's gain of 0.2 on one type is then seen for what it is, an interval around zero.
 * Throws a RangeError when the runs are not over the same blocks (their gold counts differ).
 */
export function compareByBootstrap(a: readonly BlockCounts[], b: readonly BlockCounts[], options: BootstrapOptions): ScoreDifference[] {
  if (a.length !== b.length) throw new RangeError(`the runs have ${a.length} and ${b.length} blocks: not the same text`);
  if (a.length === 0) throw new RangeError('the runs have no blocks');
  if (!Number.isInteger(options.samples) || options.samples < 1) throw new RangeError(`samples must be a positive integer, got ${options.samples}`);
  a.forEach((block, i) => {
    for (const type of SCORED_TYPES) {
      const other = (b[i] as BlockCounts)[type];
      if (block[type].gold !== other.gold) throw new RangeError(`block ${i + 1}: ${block[type].gold} and ${other.gold} gold ${type} chunks: not the same text`);
    }
  });
  const random = createRandom(options.seed);
  const n = a.length;
  const differences = COMPARED_SCORES.map(() => new Float64Array(options.samples));
  const drawn = new Int32Array(n);
  for (let s = 0; s < options.samples; s++) {
    for (let k = 0; k < n; k++) drawn[k] = Math.floor(random() * n);
    COMPARED_SCORES.forEach((score, j) => {
      (differences[j] as Float64Array)[s] = f1Of(b, drawn, score) - f1Of(a, drawn, score);
    });
  }
  const all = Int32Array.from({ length: n }, (_, k) => k);
  return COMPARED_SCORES.map((score, j) => {
    const sorted = (differences[j] as Float64Array).sort();
    const fa = f1Of(a, all, score);
    const fb = f1Of(b, all, score);
    let worse = 0;
    for (const d of sorted) if (d < 0) worse++;
    return { score, a: fa, b: fb, difference: fb - fa, low: percentile(sorted, 0.025), high: percentile(sorted, 0.975), worse: worse / sorted.length };
  });
}

/** F1 of the blocks `drawn` (indices, repeats counted) on one type or micro. */
function f1Of(blocks: readonly BlockCounts[], drawn: Int32Array, score: ComparedScore): number {
  const sum: ChunkCounts = { gold: 0, predicted: 0, correct: 0 };
  for (const k of drawn) {
    const block = blocks[k] as BlockCounts;
    for (const type of score === 'micro' ? SCORED_TYPES : [score]) {
      sum.gold += block[type].gold;
      sum.predicted += block[type].predicted;
      sum.correct += block[type].correct;
    }
  }
  return computeScore(sum).f1;
}

/** The value at quantile q of ascending values, by linear interpolation between the nearest ranks. */
function percentile(sorted: Float64Array, q: number): number {
  const at = q * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}
