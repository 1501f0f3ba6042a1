import { keepCandidates, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { WORD_NOUN_HOMOGRAPH } from '../lexicon/lexicon-types';
import { PLACE_CUE } from './helpers/cue-classes';
import { cueBefore } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { flagsOf } from './helpers/is-name-word';
import { hasArticle, isNisbaShaped } from './helpers/has-article';
import { isWord, startsLine } from './helpers/is-word';

const ADJECTIVES = new Set(['NATIONALITY']);

/**
 * A place name that is also a noun heading a construct is the noun when a definite noun follows
 * it: «لحماة الارهاب» (for the protectors of terrorism), «صور الاقمار» (pictures of the
 * satellites) — but «حماة» alone, «في صور», «حماة السورية» (an adjective follows) or «مدينة حماة»
 * stay places. The homographs are a reviewed list (`lexicons/curated/noun-homographs.tsv`).
 */
export const placeConstruct: Rule = {
  id: 'place-construct',
  description: 'a place homograph heading a construct is a noun: «لحماة الارهاب» is no place',
  cues: [PLACE_CUE],
  apply(doc: Doc): void {
    keepCandidates(doc, (candidate) => {
      if ((candidate.type !== 'PLACE' && candidate.type !== 'COUNTRY') || candidate.tokEnd - candidate.tokStart !== 1) return true;
      const t = candidate.tokStart;
      if (!(flagsOf(doc, t) & WORD_NOUN_HOMOGRAPH)) return true;
      const next = t + 1;
      if (!isWord(doc, next) || startsLine(doc, next) || !hasArticle(doc, next)) return true;
      return cueBefore(doc, t, PLACE_CUE) !== undefined || entityAt(doc, next, ADJECTIVES) !== undefined || isNisbaShaped(doc, next);
    });
  },
};
