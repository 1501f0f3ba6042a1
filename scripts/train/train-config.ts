import { createHash } from 'node:crypto';
import type { ConllSentence } from '#alam/eval/types';
import { BLOCK_SIZE } from './collect-documents';

// What the model's header names besides its inputs: the freshness test compares these with the
// header of data/model.bin, so a change here fails it until `npm run train` is run again.

/** Bumped whenever training changes in a way the hyper-parameters do not name. */
export const TRAINER_VERSION = 2;
export const FOLDS = 5;
export const SEED = 13;
export const LEARNERS = ['crf', 'perceptron'] as const;
export type LearnerName = (typeof LEARNERS)[number];
/**
 * How a span's margin becomes its score (`1 - e^(-margin / marginScale)`): a CRF's margin is a
 * log-odds (the decoded labels against the span all O), a perceptron's is in its own units, about
 * 500 for a median span.
 */
export const MARGIN_SCALES: Readonly<Record<LearnerName, number>> = { crf: 1, perceptron: 500 };
/** The perceptron's epochs when `--learner perceptron` is asked for (its best on the dev sets). */
export const PERCEPTRON_EPOCHS = 10;
/**
 * The shipped model (docs/tagger.md): a CRF, rate 0.03 at the first document and 0.03 / (1 + t / n)
 * at the t-th of n, L2 1 (σ² = 1), 8 epochs, the last four averaged; ANERcorp four times an epoch
 * (news ×2 scored DEV20 0.5 lower), WikiFANE once. `domainShare`: how much of each per-corpus copy
 * run time adds to a feature's shared weight.
 */
export const HYPER_PARAMETERS = {
  learner: 'crf' as LearnerName,
  epochs: 8,
  rate: 0.03,
  l2: 1,
  newsRepeat: 4,
  wikipediaRepeat: 1,
  domainShare: 1,
  domainCopies: true,
  keepFeatures: 250000,
  folds: FOLDS,
  blockSize: BLOCK_SIZE,
  marginScale: MARGIN_SCALES.crf,
} as const;

export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** The hash of a corpus as the training reads it: every token and tag of the sentences kept. */
export function hashSentences(sentences: readonly ConllSentence[]): string {
  const hash = createHash('sha256');
  for (const sentence of sentences) hash.update(`${sentence.index}\n${sentence.tokens.map((t) => `${t.text}\t${t.tag}`).join('\n')}\n\n`);
  return hash.digest('hex');
}

