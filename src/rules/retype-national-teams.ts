import { replaceCandidates, type Doc } from '../document';
import { createCandidate, type Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { foldedWordSet } from './helpers/fold-words';
import { followsBareNoun } from './helpers/is-bare-noun';
import { findMatchEntry } from '../match/find-match-entry';
import { isCallerEntry } from './helpers/is-caller-entry';

/** The team noun: «منتخب البرازيل» is Brazil's national team. */
const TEAM_NOUNS = ['منتخب'];

/**
 * Under the 'anercorp' conventions, the country a national team is named by stays a country:
 * «حارس مرمى منتخب [البرازيل]» (LOC). In TRAIN80 every name after «منتخب» is tagged a place (13 times
 * in 13), where the model, reading a match report, often takes the team for an organization. Only an
 * organization that the lexicon also knows as a country or a place is retyped, and it takes that
 * entry; the caller's own entries keep their type.
 */
export const retypeNationalTeams: Rule = {
  id: 'retype-national-teams',
  description: "under the 'anercorp' conventions, a country after «منتخب» stays a country: «منتخب [البرازيل]»",
  conventions: 'anercorp',
  apply(doc: Doc): void {
    const nouns = foldedWordSet(doc, TEAM_NOUNS);
    replaceCandidates(doc, (candidate) => (afterTeamNoun(doc, candidate, nouns) ? asPlace(doc, candidate) : candidate));
  },
};

/** An organization, not the caller's own entry, right after a team noun: «لمنتخب [الأرجنتين]». */
function afterTeamNoun(doc: Doc, candidate: Candidate, nouns: ReadonlySet<string>): boolean {
  return candidate.type === 'ORGANIZATION' && !isCallerEntry(doc, candidate) && followsBareNoun(doc, candidate, nouns);
}

/** The candidate as the country or place the lexicon names by its span, or itself when it names none. */
function asPlace(doc: Doc, candidate: Candidate): Candidate {
  for (const type of ['COUNTRY', 'PLACE'] as const) {
    const entry = findMatchEntry(doc, candidate, type, true);
    if (entry < 0) continue;
    const { tokStart, tokEnd, start, end, source, score, priority } = candidate;
    return createCandidate({ type, tokStart, tokEnd, start, end, entry, source, score, priority, canonical: undefined });
  }
  return candidate;
}
