import { keepCandidates, replaceCandidates, type Doc } from '../document';
import { createCandidate, type Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { isPunct } from './helpers/is-word';

/** Quotation marks as the tokenizer keeps them: «"», ««», «»», «'», «“», «”». */
const QUOTES = '"«»\'“”';

/**
 * A name does not begin or end on a quotation mark: «قناة " [العربية] "», not «[" العربية]». The model
 * reads a quote before a name as part of it now and then, since WikiFANE's names often start right
 * after one; the mark is trimmed off, and a span of marks alone is dropped. The caller's own entries
 * are matched by their words and never hold an edge mark.
 */
export const trimEdgeQuotes: Rule = {
  id: 'trim-edge-quotes',
  description: 'a name does not begin or end on a quotation mark: «قناة " [العربية] "»',
  apply(doc: Doc): void {
    replaceCandidates(doc, (candidate) => {
      let { tokStart, tokEnd } = candidate;
      while (tokStart < tokEnd && isPunct(doc, tokStart, QUOTES)) tokStart++;
      while (tokEnd > tokStart && isPunct(doc, tokEnd - 1, QUOTES)) tokEnd--;
      if (tokStart === candidate.tokStart && tokEnd === candidate.tokEnd) return candidate;
      return trimmed(doc, candidate, tokStart, tokEnd);
    });
    keepCandidates(doc, (candidate) => candidate.tokEnd > candidate.tokStart);
  },
};

/** The candidate over tokens [tokStart, tokEnd); an empty one (all marks) is dropped after. */
function trimmed(doc: Doc, candidate: Candidate, tokStart: number, tokEnd: number): Candidate {
  const start = tokEnd > tokStart ? doc.tokens.start[tokStart] : candidate.start;
  const end = tokEnd > tokStart ? doc.tokens.end[tokEnd - 1] : candidate.start;
  return createCandidate({ ...candidate, tokStart, tokEnd, start, end, entry: -1, canonical: undefined });
}
