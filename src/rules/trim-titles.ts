import type { Doc } from '../document';
import type { Rule } from './rule';
import { PERSON_TITLE } from './cue-classes';
import { cueAt } from './read-tokens';
import { ENTRY_CUSTOM } from '../lexicon/lexicon-types';

/**
 * PERSON spans leave titles out, as the annotated corpora do: a lexicon person written with its
 * title («الإمام الحسين», «الملك فيصل الأول») is found with it, and the title is trimmed off:
 * «الإمام [الحسين]», «الملك [فيصل الأول]».
 */
export const trimTitles: Rule = {
  id: 'trim-titles',
  description: 'titles are not part of a person\'s span: «الإمام [الحسين]»',
  cues: [PERSON_TITLE],
  apply(doc: Doc): void {
    for (const candidate of doc.candidates) {
      // The caller's own entries keep the span they name.
      if (candidate.type !== 'PERSON' || (candidate.entry >= 0 && doc.index.entryFlags(candidate.entry) & ENTRY_CUSTOM)) continue;
      let title = cueAt(doc, candidate.tokStart, PERSON_TITLE);
      while (title && title.start === candidate.start && title.tokEnd < candidate.tokEnd) {
        candidate.tokStart = title.tokEnd;
        candidate.start = doc.tokens.start[title.tokEnd] as number;
        title = cueAt(doc, candidate.tokStart, PERSON_TITLE);
      }
    }
  },
};
