import { keepCandidates, type Doc } from '../document';
import type { Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { foldedWordSet } from './helpers/fold-words';
import { followsBareNoun } from './helpers/is-bare-noun';
import { isCallerEntry } from './helpers/is-caller-entry';

/** Nouns of sports events named by a place: «بطولة أوروبا», «دورة لوس أنجلوس», «نهائيات آسيا». */
const EVENT_NOUNS = ['بطولة', 'دورة', 'نهائي', 'نهائيات'];

/**
 * Under the 'anercorp' conventions, a place that names an event after one of these nouns is part of
 * the event, a MISC: «بطولة [أوروبا]» is no location there. In TRAIN80 the word after them opens or
 * continues a MISC 33 times and a place never; WikiFANE tags the place (after «بطولة» 11 times), so
 * the model, which learned from both, reads one. The caller's own entries stay.
 */
export const dropEventPlaces: Rule = {
  id: 'drop-event-places',
  description: "under the 'anercorp' conventions, a place after «بطولة» or «دورة» names the event: no location",
  conventions: 'anercorp',
  apply(doc: Doc): void {
    const nouns = foldedWordSet(doc, EVENT_NOUNS);
    keepCandidates(doc, (candidate) => !(isPlace(doc, candidate) && followsBareNoun(doc, candidate, nouns)));
  },
};

/** A place or country, not the caller's own entry. */
function isPlace(doc: Doc, candidate: Candidate): boolean {
  if (candidate.type !== 'PLACE' && candidate.type !== 'COUNTRY') return false;
  return !isCallerEntry(doc, candidate);
}
