import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { bareCityCandidates } from './helpers/entity-at';
import { isNumber, isPunct } from './helpers/is-word';
import { tokenText } from './helpers/token-text';
import { PRIORITY } from '../priorities';

/** «صفر» (nil) is how scores write 0: «1 - صفر». */
const NIL = 'صفر';

/**
 * ORGANIZATION: a city right before a score is a club that played: «وتعادل مع [بورتو] 1 - 1»,
 * «خسر امام [كوبنهاغن] صفر - 3». Only cities: a country before a score is its national team,
 * which the annotated corpora leave a place.
 */
export const orgClubScore: Rule = {
  id: 'org-club-score',
  description: 'a city before a score is a club: «امام [كوبنهاغن] صفر - 3»',
  apply(doc: Doc): void {
    for (const city of bareCityCandidates(doc)) {
      const q = city.tokEnd;
      if (!isScorePart(doc, q) || !isPunct(doc, q + 1, '-–') || !isScorePart(doc, q + 2)) continue;
      addRuleCandidate(doc, 'ORGANIZATION', city, {
        rule: 'org-club-score',
        detail: 'a city before a score is a club',
        score: 0.7,
        priority: PRIORITY.retyped,
      });
    }
  },
};

function isScorePart(doc: Doc, t: number): boolean {
  return isNumber(doc, t) || (t < doc.tokens.count && tokenText(doc, t) === NIL);
}
