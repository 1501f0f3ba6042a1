import type { EntityType } from '../types';
import { addCandidate, type Doc } from '../document';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER, ENTRY_CUSTOM, WORD_COMMON } from '../lexicon/lexicon-types';
import { createCandidate } from '../candidate';
import { PRIORITY } from '../priorities';

/** Score of an exact lexicon hit; rules score lower, fuzzy matches lower still. */
export const LEXICON_SCORE = 0.9;

/** Codes (INDEX_ENTRY_TYPES order) of the entity types: PERSON … NATIONALITY, not NAME or CUE. */
const LAST_ENTITY_CODE = 4;
const NATIONALITY_CODE = 4;
const NEEDS_CONTEXT = ENTRY_CONTEXT | ENTRY_CUE_TIER;

/**
 * Turns every lexicon match that names an entity into a candidate, with the best entry of its
 * form that can stand alone. What needs context is left to the rules, which read the matches
 * themselves: a village of the gazetteer's cue tier (only after «قرية», «بلدة» …), an entry
 * marked context-required, and a one-word form that is also a common word («العالم», «أمل»).
 */
export function proposeLexiconCandidates(doc: Doc): void {
  const { matches, index, tokens } = doc;
  const { formStart, formSize, entryList, entryTypeCode } = index;
  for (let m = 0; m < matches.count; m++) {
    const form = matches.form[m];
    const tokStart = matches.tokStart[m];
    const tokEnd = matches.tokEnd[m];
    const common = tokEnd - tokStart === 1 && isCommonWord(doc, m);
    let entry = -1;
    for (let i = formStart[form], end = i + formSize[form]; i < end; i++) {
      const e = entryList[i];
      const code = entryTypeCode[e];
      if (code > LAST_ENTITY_CODE) continue;
      // A nationality adjective is a common word by nature («الروسي»): it needs no context to be one.
      if (index.entryFlags(e) & NEEDS_CONTEXT || (common && code !== NATIONALITY_CODE)) continue;
      entry = e;
      break;
    }
    if (entry < 0) continue;
    addCandidate(
      doc,
      createCandidate({
        type: index.entryType(entry) as EntityType,
        tokStart,
        tokEnd,
        start: matches.start[m],
        end: tokens.end[tokEnd - 1],
        entry,
        source: undefined,
        score: LEXICON_SCORE,
        priority: index.entryFlags(entry) & ENTRY_CUSTOM ? PRIORITY.custom : PRIORITY.lexicon,
        canonical: undefined,
      }),
    );
  }
}

/**
 * A one-word match is only as good as its context when the word is common: the name itself
 * («العالم»), or the whole token a proclitic was peeled from («وسام» is a word, not و + «سام»).
 */
function isCommonWord(doc: Doc, m: number): boolean {
  const { index, matches } = doc;
  const whole = doc.word[matches.tokStart[m]];
  if (whole >= 0 && (index.words.flags[whole] & WORD_COMMON)) return true;
  return (index.words.flags[matches.firstWord[m]] & WORD_COMMON) !== 0;
}
