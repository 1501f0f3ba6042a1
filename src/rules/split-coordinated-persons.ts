import { replaceCandidates, addCandidate, type Doc } from '../document';
import { createCandidate, type Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { isNameWord } from './helpers/is-name-word';
import { isWord } from './helpers/is-word';
import { WAW } from '../tokenize/arabic-letters';

const RULE_ID = 'split-coordinated-persons';

/**
 * Two persons joined by «و» are two names: «بين [صبري] و[عنان]», «[محمد ب.] و[هشام] ل.». The tagger
 * now and then reads such a pair as one person, above all where the lexicon knows neither full name:
 * the conjunction is a prefix of the second name's first word, not a word of its own, and a name
 * often goes on over a next given name. In TRAIN80's gold a person opens on a «و»-word right after
 * another person 126 times, while the 45 «و»-words inside a person are mostly words of the name as
 * they stand («ولد», «وقاص», «وليد», «وجدي»). So a model person is split before an inner word that the
 * lexicon does not know whole but reads, after its «و», as a name: «وعنان», not «وليد» (a given name
 * as it stands). Only the model's spans: alam's own name chains stop at the conjunction already
 * (`person-coordination` reads the second name). Held out (each jackknife fold's TRAIN80 sentences,
 * scored with the model trained without them) it gains on all five folds; WikiFANE, which writes «و»
 * apart, is unchanged.
 */
export const splitCoordinatedPersons: Rule = {
  id: RULE_ID,
  description: 'two persons the model read as one across «و» are two: «[صبري] و[عنان]»',
  apply(doc: Doc): void {
    const added: Candidate[] = [];
    replaceCandidates(doc, (candidate) => {
      if (candidate.type !== 'PERSON' || candidate.source?.kind !== 'model') return candidate;
      let first = candidate;
      for (let t = candidate.tokEnd - 1; t > candidate.tokStart; t--) {
        if (!startsCoordinatedName(doc, t)) continue;
        // The right part runs from the name after the conjunction; the entry that named the whole span names neither part.
        const source = { kind: 'rule' as const, id: RULE_ID, detail: `split from a model person at «و» (${first.source?.detail ?? 'model'})` };
        added.push(createCandidate({ ...first, tokStart: t, start: doc.stemStart[t], entry: -1, source, canonical: undefined }));
        first = createCandidate({ ...first, tokEnd: t, end: doc.tokens.end[t - 1], entry: -1, canonical: undefined });
      }
      return first;
    });
    for (const candidate of added) addCandidate(doc, candidate);
  },
};

/**
 * Token t is «و» before a name the lexicon knows only without it: «وعنان», «وكريستيانو». The stem's
 * flags stand for the token (doc.tokenFlags) only when the whole token is no lexicon word.
 */
function startsCoordinatedName(doc: Doc, t: number): boolean {
  if (!isWord(doc, t) || doc.word[t] >= 0) return false;
  const start = doc.tokens.start[t];
  return doc.folded.codes[start] === WAW && doc.stemStart[t] === start + 1 && isNameWord(doc, t);
}
