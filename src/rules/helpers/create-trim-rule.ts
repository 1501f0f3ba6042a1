import type { EntityType } from '../../types';
import { replaceCandidates, type Doc } from '../../document';
import { respanCandidate, type Candidate } from '../../candidate';
import type { CueClass } from '../../lexicon/create-lexicon-index';
import type { Rule } from './rule';
import { isCallerEntry } from './is-caller-entry';
import { cueAt } from './cue-at';
import type { TokenSpan } from './token-span';

/** Whether the cue `head` may be trimmed off `candidate`, leaving the tokens from `head.tokEnd`. */
export type TrimTest = (doc: Doc, candidate: Candidate, head: TokenSpan) => boolean;

/**
 * A rule that trims a leading cue off the spans of one entity type, as the annotated corpora do:
 * the lexicon may know «الإمام الحسين», «شركة فورد» or «جبل قاسيون» with the cue, but the span is
 * «الإمام [الحسين]», «شركة [فورد]», «جبل [قاسيون]». The caller's own entries keep the span they name.
 */
export function createTrimRule(id: string, description: string, type: EntityType, cue: CueClass, options: { readonly repeat?: boolean; readonly mayTrim?: TrimTest } = {}): Rule {
  const { repeat = false, mayTrim } = options;
  return {
    id,
    description,
    cues: [cue],
    apply(doc: Doc): void {
      replaceCandidates(doc, (candidate) => {
        if (candidate.type !== type || isCallerEntry(doc, candidate)) return candidate;
        let { tokStart, start } = candidate;
        let head = cueAt(doc, tokStart, cue);
        while (head && head.start === start && head.tokEnd < candidate.tokEnd && (!mayTrim || mayTrim(doc, candidate, head))) {
          tokStart = head.tokEnd;
          start = doc.tokens.start[tokStart];
          head = repeat ? cueAt(doc, tokStart, cue) : undefined;
        }
        return tokStart === candidate.tokStart ? candidate : respanCandidate(candidate, tokStart, candidate.tokEnd, start, candidate.end);
      });
    },
  };
}
