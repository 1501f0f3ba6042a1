import { replaceCandidates, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { respanCandidate } from '../candidate';
import { PLACE_EPITHET } from './helpers/cue-classes';
import { cueAt } from './helpers/cue-at';
import { entityAt, readingOf } from './helpers/entity-at';

const PLACES = new Set(['PLACE']);

/**
 * PLACE spans leave an honorific epithet out when the name stands without it: «[مكة] المكرمة», as
 * the annotated news has it (see PLACE_EPITHET). Only when the lexicon knows the name without it.
 */
export const trimPlaceEpithets: Rule = {
  id: 'trim-place-epithets',
  description: 'an honorific epithet is not part of a place\'s span: «[مكة] المكرمة»',
  cues: [PLACE_EPITHET],
  apply(doc: Doc): void {
    replaceCandidates(doc, (candidate) => {
      const last = candidate.tokEnd - 1;
      if (candidate.type !== 'PLACE' || last <= candidate.tokStart || !cueAt(doc, last, PLACE_EPITHET)) return candidate;
      const bare = entityAt(doc, candidate.tokStart, PLACES);
      if (!bare || bare.start !== candidate.start || readingOf(doc, candidate.tokStart, last, 'PLACE', candidate.start) < 0) return candidate;
      return respanCandidate(candidate, candidate.tokStart, last, candidate.start, doc.tokens.end[last - 1]);
    });
  },
};
