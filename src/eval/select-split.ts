import type { ConllSentence, EvalSplit } from './types';

const SPLITS: readonly EvalSplit[] = ['all', 'train80', 'dev20'];

/**
 * The ANERcorp protocol: with N sentences, TRAIN80 is [0, floor(0.8N)) and DEV20 is [floor(0.8N), N).
 * Sentences keep their file index, so errors still point at the right sentence.
 */
export function selectSplit<S extends ConllSentence>(sentences: readonly S[], split: EvalSplit): S[] {
  const cut = Math.floor(0.8 * sentences.length);
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
