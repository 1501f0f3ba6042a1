import { createHash } from 'node:crypto';
import type { ConllSentence } from '#alam/eval/types';
import { BLOCK_SIZE } from './collect-documents';

// What the model's header names besides its inputs: the freshness test compares these with the
// header of data/model.bin, so a change here fails it until `npm run train` is run again.

/** Bumped whenever training changes in a way the hyper-parameters do not name. */
export const TRAINER_VERSION = 1;
export const FOLDS = 5;
export const SEED = 13;
export const HYPER_PARAMETERS = { epochs: 10, newsRepeat: 2, wikipediaRepeat: 1, domainShare: 1, domainCopies: true, keepFeatures: 250000, folds: FOLDS, blockSize: BLOCK_SIZE } as const;

export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** The hash of a corpus as the training reads it: every token and tag of the sentences kept. */
export function hashSentences(sentences: readonly ConllSentence[]): string {
  const hash = createHash('sha256');
  for (const sentence of sentences) hash.update(`${sentence.index}\n${sentence.tokens.map((t) => `${t.text}\t${t.tag}`).join('\n')}\n\n`);
  return hash.digest('hex');
}

