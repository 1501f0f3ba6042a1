import type { EntityType } from '../types';
import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { PLACE_CUE } from './helpers/cue-classes';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { forEachCue } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { cueText, foldedSlice } from './helpers/token-text';
import { hasArticle } from './helpers/has-article';
import { isOpenWord, isUncommonWord } from './helpers/is-name-word';
import { isWord, startsLine } from './helpers/is-word';
import { PRIORITY } from '../priorities';

const PLACES = new Set(['PLACE', 'COUNTRY']);
const NOT_PLACE_NAMES = new Set(['NATIONALITY', 'ORGANIZATION', 'PERSON']);
/** Cues that name a state: the name after them stays a COUNTRY («جمهورية [مصر] العربية»). */
const STATE_CUES = new Set(['جمهوريه', 'مملكه', 'سلطنه', 'اماره', 'دوله']);
/** Plural cues («مدن», «قرى») vouch for a known place but do not make an unknown word one. */
const PLURAL_CUES = new Set(['مدن', 'قري', 'بلدات', 'محافظات', 'مناطق', 'احياء', 'جبال', 'جزر']);

/**
 * PLACE: a cue word before a place name. A known place after the cue is vouched for (even a small
 * village of the gazetteer's cue tier) and a country name after a city cue becomes the city
 * («مدينة [الكويت]»); an unknown word after the cue is a new place: «في مدينة [زاويدو] الروسية».
 */
export const placeCue: Rule = {
  id: 'place-cue',
  description: 'a place cue (مدينة، قرية، محافظة، نهر …) before a place name: «في مدينة [زاويدو] الروسية»',
  cues: [PLACE_CUE],
  apply(doc: Doc): void {
    forEachCue(doc, PLACE_CUE, (cue) => {
      const p = cue.tokEnd;
      if (!isWord(doc, p) || startsLine(doc, p)) return;
      const cueWord = cueText(doc, cue.tokStart, cue.tokEnd);
      const folded = foldedSlice(doc, cue.start, doc.tokens.end[cue.tokEnd - 1]);
      const known = entityAt(doc, p, PLACES);
      if (known && known.start === doc.tokens.start[p]) {
        const type: EntityType = known.type === 'COUNTRY' && STATE_CUES.has(folded) ? 'COUNTRY' : 'PLACE';
        addRuleCandidate(doc, type, known, {
          rule: 'place-cue',
          detail: `cue «${cueWord}» before a known place`,
          score: 0.85,
          priority: PRIORITY.retyped,
          entry: known.entry,
        });
        return;
      }
      if (PLURAL_CUES.has(folded) || STATE_CUES.has(folded)) return;
      // The word after the cue is its complement, a noun: a verb's shape says nothing there (isUncommonWord).
      if (!isUncommonWord(doc, p) || hasArticle(doc, p) || entityAt(doc, p, NOT_PLACE_NAMES)) return;
      // An unknown name may take a second unknown word: «مدينة [سان فرانسيسكو]»; an adjective stops it.
      let end = p + 1;
      if (isOpenWord(doc, end) && !hasArticle(doc, end) && !startsLine(doc, end) && !entityAt(doc, end, NOT_PLACE_NAMES)) end++;
      addRuleCandidate(doc, 'PLACE', { tokStart: p, tokEnd: end, start: doc.tokens.start[p] }, {
        rule: 'place-cue',
        detail: `cue «${cueWord}» before an unknown name`,
        score: 0.6,
        priority: PRIORITY.cue,
      });
    });
  },
};
