import { replaceCandidates, type Doc } from '../document';
import type { Rule } from './rule';
import { respanCandidate } from '../candidate';
import { PLACE_EPITHET } from './cue-classes';
import { cueAt, entityAt } from './read-tokens';

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
      if (!bare || bare.start !== candidate.start || !endsAt(doc, candidate.tokStart, candidate.start, last)) return candidate;
      return respanCandidate(candidate, candidate.tokStart, last, candidate.start, doc.tokens.end[last - 1] as number);
    });
  },
};

/** A lexicon place starts at token t (folded offset `start`) and ends right before token `end`. */
function endsAt(doc: Doc, t: number, start: number, end: number): boolean {
  const { matches, index } = doc;
  for (let m = matches.head[t] as number; m < (matches.head[t + 1] as number); m++) {
    if (matches.tokEnd[m] !== end || matches.start[m] !== start) continue;
    const form = matches.form[m] as number;
    for (let k = index.formStart[form] as number, stop = k + (index.formSize[form] as number); k < stop; k++) {
      if (index.entryType(index.entryList[k] as number) === 'PLACE') return true;
    }
  }
  return false;
}
