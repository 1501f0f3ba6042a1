import { assignFolds } from '#alam/eval/select-split';
import { compileLexicon } from '#alam/lexicon/compile-lexicon';
import { encodeArtifact } from '#alam/lexicon/artifact-file';
import { buildLexiconLists, type BuildInputs, type CorpusName, type LexiconLists } from '../lexicon/build-lexicon-lists';
import { FOLDS } from './train-config';

/** The jackknife fold of each sentence of TRAIN80 and of WikiFANE (contiguous folds, `assignFolds`). */
export function assignCorpusFolds(inputs: BuildInputs): Record<CorpusName, number[]> {
  const { anercorp, wikifane } = inputs.corpora;
  return { anercorp: assignFolds(anercorp.length, FOLDS), wikifane: assignFolds(wikifane.length, FOLDS) };
}

/** The lexicon source files of fold k: every list built without fold k's sentences. */
export function buildFoldLists(inputs: BuildInputs, folds: Record<CorpusName, number[]>, fold: number): LexiconLists {
  return buildLexiconLists({ shared: inputs, corpora: { keepSentence: (corpus, index) => folds[corpus][index] !== fold } });
}

export interface FoldLexicon {
  readonly fold: number;
  /** The compiled lexicon built without the fold's sentences, as `createExtractorWith`'s `artifact` reads it. */
  readonly artifact: Uint8Array;
  readonly sourceHash: string;
}

/**
 * The lexicon of each fold k, built by `buildLexiconLists` without fold k's sentences (every
 * corpus-derived list: harvested names, common-word counts, gold person tokens, place tiers), one at
 * a time: the tagger's training and the jackknife score (`npm run eval:jackknife`) read the same folds.
 */
export function* foldLexicons(inputs: BuildInputs, folds: Record<CorpusName, number[]>): Generator<FoldLexicon> {
  for (let fold = 0; fold < FOLDS; fold++) {
    const artifact = compileLexicon(buildFoldLists(inputs, folds, fold).files);
    const bytes = encodeArtifact(artifact);
    yield { fold, artifact: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sourceHash: artifact.sourceHash };
  }
}
