import type { Doc } from '../document';
import type { Rule } from './rule';
import { TRIMMED_PLACE_CUE } from './cue-classes';
import { cueAt } from './read-tokens';
import { ENTRY_CUSTOM } from '../lexicon/lexicon-types';

/**
 * PLACE spans leave generic cue words out, as the annotated corpora do: a gazetteer name written
 * with its administrative or natural cue («محافظة دمشق», «جبل قاسيون», «نهر بردى», «قطاع غزة») is
 * found with it, and the cue is trimmed off: «محافظة [دمشق]», «جبل [قاسيون]». Cues that are part of
 * the name itself (بحر، خليج، جزيرة) are not trimmed.
 */
export const trimPlaceCues: Rule = {
  id: 'trim-place-cues',
  description: 'generic cue words are not part of a place\'s span: «جبل [قاسيون]»',
  cues: [TRIMMED_PLACE_CUE],
  apply(doc: Doc): void {
    for (const candidate of doc.candidates) {
      if (candidate.type !== 'PLACE' || (candidate.entry >= 0 && doc.index.entryFlags(candidate.entry) & ENTRY_CUSTOM)) continue;
      const cue = cueAt(doc, candidate.tokStart, TRIMMED_PLACE_CUE);
      if (cue && cue.start === candidate.start && cue.tokEnd < candidate.tokEnd) {
        candidate.tokStart = cue.tokEnd;
        candidate.start = doc.tokens.start[cue.tokEnd] as number;
      }
    }
  },
};
