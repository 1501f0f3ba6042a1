import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { CLUB_PREFIX } from './helpers/cue-classes';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { forEachCue } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { hasArticle, isNisbaShaped } from './helpers/has-article';
import { isOpenWord } from './helpers/is-name-word';
import { isWord, startsLine } from './helpers/is-word';
import { PRIORITY } from '../priorities';

const PLACES = new Set(['PLACE', 'COUNTRY']);

/**
 * ORGANIZATION: a sports club named by a prefix and its city, or by a name and its city's nisba:
 * «[ريال مدريد]», «[دينامو كييف]», «[أولمبيك آسفي]», «[المغرب الفاسي]», «[الرجاء البيضاوي]».
 * The city alone would be read as the place.
 */
export const orgClub: Rule = {
  id: 'org-club',
  description: 'a club prefix and a city, or a name and a city nisba: «[دينامو كييف]»',
  cues: [CLUB_PREFIX],
  apply(doc: Doc): void {
    forEachCue(doc, CLUB_PREFIX, (prefix) => {
      const p = prefix.tokEnd;
      if (!isWord(doc, p) || startsLine(doc, p)) return;
      const place = entityAt(doc, p, PLACES);
      let end = -1;
      if (place && place.start === doc.tokens.start[p] && !hasArticle(doc, p)) end = place.tokEnd;
      // «[الرجاء البيضاوي]», «[المغرب الفاسي]»: the nisba of the club's city ends its name.
      else if (hasArticle(doc, p) && isNisbaShaped(doc, p) && isOpenWord(doc, p)) end = p + 1;
      if (end < 0) return;
      addRuleCandidate(doc, 'ORGANIZATION', { tokStart: prefix.tokStart, tokEnd: end, start: prefix.start }, {
        rule: 'org-club',
        detail: 'club name and its city',
        score: 0.75,
        priority: PRIORITY.retyped,
      });
    });
  },
};
