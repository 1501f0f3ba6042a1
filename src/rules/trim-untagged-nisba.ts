import { replaceCandidates, type Doc } from '../document';
import { respanCandidate, type Candidate } from '../candidate';
import type { Rule } from './helpers/rule';

/**
 * Under the 'anercorp' conventions, a nationality adjective after a place or an organization stays
 * outside it: «[الاتحاد العام للشغل] التونسي», «[المجلس الاعلى للامن القومي] الايراني». In TRAIN80 a
 * nationality adjective (one that alam reads) right after a gold place or organization goes on with
 * it once in 66 times; in WikiFANE 153 times in 275, which the model learned, and the head-noun
 * rules read the adjective into the name too. Only spans no lexicon entry names are trimmed: an
 * entry holds its adjective as the annotators do, «[الولايات المتحدة الامريكية]» (the caller's own
 * entries included).
 */
export const trimUntaggedNisba: Rule = {
  id: 'trim-untagged-nisba',
  description: "under the 'anercorp' conventions, a nationality adjective after a name stays outside it: «[الاتحاد العام للشغل] التونسي»",
  conventions: 'anercorp',
  apply(doc: Doc): void {
    // The adjectives, and how many other readings hold each token: «الانباء الفرنسية» (an entry) keeps
    // «الفرنسية» in a name whatever the span around it does.
    const nisbaAt = new Set<number>();
    const held = new Uint16Array(doc.tokens.count);
    for (const candidate of doc.candidates) {
      if (candidate.type === 'NATIONALITY') {
        if (candidate.tokEnd === candidate.tokStart + 1) nisbaAt.add(candidate.tokStart);
      } else for (let t = candidate.tokStart; t < candidate.tokEnd; t++) held[t] = Math.min(held[t] + 1, 0xffff);
    }
    if (nisbaAt.size === 0) return;
    replaceCandidates(doc, (candidate) =>
      endsWithNisba(candidate, nisbaAt) && held[candidate.tokEnd - 1] === 1
        ? respanCandidate(candidate, candidate.tokStart, candidate.tokEnd - 1, candidate.start, doc.tokens.end[candidate.tokEnd - 2])
        : candidate,
    );
  },
};

/** A place or organization of two tokens or more, named by no entry, whose last token is a nationality adjective. */
function endsWithNisba(candidate: Candidate, nisbaAt: ReadonlySet<number>): boolean {
  if (candidate.type !== 'ORGANIZATION' && candidate.type !== 'PLACE' && candidate.type !== 'COUNTRY') return false;
  return candidate.entry < 0 && candidate.tokEnd - candidate.tokStart >= 2 && nisbaAt.has(candidate.tokEnd - 1);
}
