import type { AnnotationConventions } from '#alam/types';

export type GoldCorpus = 'anercorp' | 'aqmar' | 'wikifane';

export interface GoldCorpusInfo {
  readonly name: string;
  /** Under the shared data folder. */
  readonly file: string;
  /** Whether the corpus is split into TRAIN80 and DEV20 (`selectSplit`). */
  readonly splits: boolean;
  /** Whose annotation conventions its annotators followed: the extractor's `conventions` for it. */
  readonly conventions: AnnotationConventions;
}

/**
 * The gold corpora and the annotation conventions each is read under, by `npm run eval`, by
 * `npm run train` (the features of each training sentence and the per-epoch dev scores), by
 * `npm run eval:jackknife` and by the bench's accuracy table: ANERcorp leaves ministries untagged
 * ('anercorp': «وزارة الخارجية» is no organization there); the Wikipedia corpora tag them as most
 * guidelines do ('general': WikiFANE tags 75 of its 117 «وزارة», and AQMAR dev is WikiFANE's kind of text).
 */
export const GOLD_CORPORA: Readonly<Record<GoldCorpus, GoldCorpusInfo>> = {
  anercorp: { name: 'ANERcorp', file: 'corpora/anercorp/train.conll', splits: true, conventions: 'anercorp' },
  aqmar: { name: 'AQMAR dev', file: 'corpora/aqmar/dev.conll', splits: false, conventions: 'general' },
  wikifane: { name: 'WikiFANE (harvested, not held out)', file: 'corpora/wikifane/all.conll', splits: false, conventions: 'general' },
};
