import type { EntityType } from '../types';
import type { Candidate, Doc } from '../document';
import { ENTRY_CONTEXT, ENTRY_CUSTOM, WORD_COMMON } from './lexicon-types';

/** Score of an exact lexicon hit; rules score lower, fuzzy matches lower still. */
export const LEXICON_SCORE = 0.9;
export const LEXICON_PRIORITY = 2;
export const CUSTOM_PRIORITY = 3;

const ENTITY = new Set<string>(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY']);

/**
 * Turns every lexicon match whose form names an entity into a candidate, with the form's best
 * entry. A one-word form that is also a common word («العالم», «أمل») is flagged as needing context.
 */
export function proposeLexiconCandidates(doc: Doc): void {
  const { matches, index, tokens } = doc;
  for (let m = 0; m < matches.count; m++) {
    const form = matches.form[m] as number;
    const entry = firstEntity(index.formEntries(form), index.entryType);
    if (entry < 0) continue;
    const tokStart = matches.tokStart[m] as number;
    const tokEnd = matches.tokEnd[m] as number;
    let flags = index.entryFlags(entry);
    // A nationality adjective is a common word by nature («الروسي»): it needs no context to be one.
    const type = index.entryType(entry) as EntityType;
    if (tokEnd - tokStart === 1 && type !== 'NATIONALITY' && isCommonWord(doc, m)) flags |= ENTRY_CONTEXT;
    const candidate: Candidate = {
      type,
      tokStart,
      tokEnd,
      start: matches.start[m] as number,
      end: tokens.end[tokEnd - 1] as number,
      entry,
      source: { kind: 'lexicon', id: index.entryId(entry) },
      score: LEXICON_SCORE,
      flags,
      priority: flags & ENTRY_CUSTOM ? CUSTOM_PRIORITY : LEXICON_PRIORITY,
      canonical: index.canonical(entry),
      id: index.entryId(entry),
    };
    const subtype = index.entrySubtype(entry);
    if (subtype) candidate.subtype = subtype;
    doc.candidates.push(candidate);
  }
}

function firstEntity(entries: ArrayLike<number>, typeOf: (entry: number) => string): number {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as number;
    if (ENTITY.has(typeOf(entry))) return entry;
  }
  return -1;
}

/**
 * A one-word match is only as good as its context when the word is common: the name itself
 * («العالم»), or the whole token a proclitic was peeled from («وسام» is a word, not و + «سام»).
 */
function isCommonWord(doc: Doc, m: number): boolean {
  const { index, folded, matches } = doc;
  const t = matches.tokStart[m] as number;
  const whole = doc.word[t] as number;
  if (whole >= 0 && ((index.words.flags[whole] as number) & WORD_COMMON)) return true;
  if (matches.start[m] === doc.tokens.start[t]) return false;
  const stem = index.words.lookup(folded.codes, matches.start[m] as number, doc.tokens.end[t] as number, matches.restored[m] === 1);
  return stem >= 0 && ((index.words.flags[stem] as number) & WORD_COMMON) !== 0;
}
