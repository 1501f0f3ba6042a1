import { replaceCandidates, type Doc } from '../document';
import { createCandidate, type Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { foldedWordSet } from './helpers/fold-words';
import { isBareNoun } from './helpers/is-bare-noun';
import { hasArticle } from './helpers/has-article';
import { isCallerEntry } from './helpers/is-caller-entry';

/**
 * Nouns that ANERcorp leaves outside the organization they introduce, «نادي [الزمالك]», «صحيفة
 * [الحياة]», where WikiFANE (and so the model) takes them in, «[نادي الزمالك]». In TRAIN80, with the
 * name after them tagged ORG: نادي 21 times out and 7 in, فريق 7 and 0, قناة 3 and 0, صحيفة 11 and 0,
 * جريدة 6 and 0, مجلة 6 and 2, شركة 11 and 1; in WikiFANE نادي opens 186 of its 220 clubs.
 */
const DESCRIPTORS = ['نادي', 'نادى', 'فريق', 'قناة', 'فضائية', 'صحيفة', 'جريدة', 'مجلة', 'شركة'];
/**
 * With the article only these stay out whatever follows: «النادي [الأهلي]» (TRAIN80: 6 times out, 1
 * in). Other definite descriptors head a name of adjectives, «[الشركة العامة للبريد]».
 */
const DEFINITE_OUT = ['نادي', 'صحيفة'];

/**
 * Under the 'anercorp' conventions, trims such a noun off an organization the model (or any reader)
 * found with it, leaving the organization it names: «[النادي الأهلي]» → «النادي [الأهلي]». The rest is
 * linked again by its own text. The caller's own entries keep their span. Before the tagger the
 * same convention is `trim-descriptors`' (on the cue class, for both conventions); the model
 * learned WikiFANE's spans too, so under 'anercorp' they are trimmed again after it.
 */
export const trimUntaggedDescriptors: Rule = {
  id: 'trim-untagged-descriptors',
  description: "under the 'anercorp' conventions, «نادي», «صحيفة» and their like stay outside the organization they name: «نادي [الزمالك]»",
  conventions: 'anercorp',
  apply(doc: Doc): void {
    const indefinite = foldedWordSet(doc, DESCRIPTORS);
    const definite = foldedWordSet(doc, DEFINITE_OUT);
    replaceCandidates(doc, (candidate) => (opensWithDescriptor(doc, candidate, indefinite, definite) ? trimmed(doc, candidate) : candidate));
  },
};

/** A place or an organization of two tokens or more, not the caller's own entry, opening with a descriptor. */
function opensWithDescriptor(doc: Doc, candidate: Candidate, indefinite: ReadonlySet<string>, definite: ReadonlySet<string>): boolean {
  if (candidate.type !== 'ORGANIZATION' && candidate.type !== 'PLACE' && candidate.type !== 'COUNTRY') return false;
  if (candidate.tokEnd - candidate.tokStart < 2) return false;
  if (isCallerEntry(doc, candidate)) return false;
  const t = candidate.tokStart;
  return isBareNoun(doc, candidate.start, doc.tokens.end[t], hasArticle(doc, t) ? definite : indefinite);
}

/** The organization after the descriptor, its entry left to linking: «[الأهلي]». */
function trimmed(doc: Doc, candidate: Candidate): Candidate {
  const tokStart = candidate.tokStart + 1;
  const { tokEnd, end, source, score, priority } = candidate;
  return createCandidate({ type: 'ORGANIZATION', tokStart, tokEnd, start: doc.tokens.start[tokStart], end, entry: -1, source, score, priority, canonical: undefined });
}
