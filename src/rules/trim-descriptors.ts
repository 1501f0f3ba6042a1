import type { Doc } from '../document';
import type { Rule } from './rule';
import { ORG_DESCRIPTOR } from './cue-classes';
import { cueAt } from './read-tokens';
import { ENTRY_CUSTOM } from '../lexicon/lexicon-types';

/**
 * ORGANIZATION spans leave descriptors out, as the annotated news corpora do: a lexicon
 * organization written with its descriptor («شركة فورد», «وكالة فارس», «قناة الجزيرة») is found
 * with it, and the descriptor is trimmed off: «شركة [فورد]», «وكالة [فارس]».
 */
export const trimDescriptors: Rule = {
  id: 'trim-descriptors',
  description: 'descriptors are not part of an organization\'s span: «شركة [فورد]»',
  cues: [ORG_DESCRIPTOR],
  apply(doc: Doc): void {
    for (const candidate of doc.candidates) {
      // The caller's own entries keep the span they name.
      if (candidate.type !== 'ORGANIZATION' || (candidate.entry >= 0 && doc.index.entryFlags(candidate.entry) & ENTRY_CUSTOM)) continue;
      const descriptor = cueAt(doc, candidate.tokStart, ORG_DESCRIPTOR);
      if (descriptor && descriptor.start === candidate.start && descriptor.tokEnd < candidate.tokEnd) {
        candidate.tokStart = descriptor.tokEnd;
        candidate.start = doc.tokens.start[descriptor.tokEnd] as number;
      }
    }
  },
};
