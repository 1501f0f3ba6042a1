import type { EntityType } from '../types';
import type { Doc } from '../document';
import type { CueClass } from '../lexicon/create-lexicon-index';
import type { Rule } from './rule';
import { ENTRY_CUSTOM } from '../lexicon/lexicon-types';
import { cueAt } from './read-tokens';

/**
 * A rule that trims a leading cue off the spans of one entity type, as the annotated corpora do:
 * the lexicon may know «الإمام الحسين», «شركة فورد» or «جبل قاسيون» with the cue, but the span is
 * «الإمام [الحسين]», «شركة [فورد]», «جبل [قاسيون]». The caller's own entries keep the span they name.
 */
export function createTrimRule(id: string, description: string, type: EntityType, cue: CueClass, repeat = false): Rule {
  return {
    id,
    description,
    cues: [cue],
    apply(doc: Doc): void {
      for (const candidate of doc.candidates) {
        if (candidate.type !== type || (candidate.entry >= 0 && doc.index.entryFlags(candidate.entry) & ENTRY_CUSTOM)) continue;
        let head = cueAt(doc, candidate.tokStart, cue);
        while (head && head.start === candidate.start && head.tokEnd < candidate.tokEnd) {
          candidate.tokStart = head.tokEnd;
          candidate.start = doc.tokens.start[head.tokEnd] as number;
          head = repeat ? cueAt(doc, candidate.tokStart, cue) : undefined;
        }
      }
    },
  };
}
