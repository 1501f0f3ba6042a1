import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { PLACE_CUE } from './helpers/cue-classes';
import { YA } from '../tokenize/arabic-letters';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { bareCityCandidates, entityAt } from './helpers/entity-at';
import { cueBefore } from './helpers/cue-at';
import { isNisbaShaped } from './helpers/has-article';
import { isWord, startsLine } from './helpers/is-word';
import { PRIORITY } from '../priorities';

const NATIONALITY = new Set(['NATIONALITY']);

/**
 * ORGANIZATION: a city followed by a masculine nationality adjective is a club. A city is feminine
 * in Arabic and takes a feminine adjective («[ليون](PLACE) الفرنسية»); a masculine one agrees with
 * an unspoken «النادي»: «خسر امام [ليون] الفرنسي», «[ميلان] الايطالي», «فاز [بورتو] البرتغالي».
 * The adjective stays outside the span, as the annotated corpora have it. After a place cue the
 * city stays a city («مدينة ليون»).
 */
export const orgClubNationality: Rule = {
  id: 'org-club-nationality',
  description: 'a city and a masculine nationality adjective name a club: «[ميلان] الايطالي»',
  apply(doc: Doc): void {
    for (const city of bareCityCandidates(doc)) {
      const t = city.tokStart;
      const q = city.tokEnd;
      if (!isWord(doc, q) || startsLine(doc, q)) continue;
      const adjective = entityAt(doc, q, NATIONALITY);
      if (!adjective || adjective.tokEnd !== q + 1 || adjective.start !== doc.tokens.start[q]) continue;
      const last = doc.tokens.end[q] - 1;
      if (doc.folded.codes[last] !== YA || isNisbaShaped(doc, q, true) || cueBefore(doc, t, PLACE_CUE)) continue;
      addRuleCandidate(doc, 'ORGANIZATION', city, {
        rule: 'org-club-nationality',
        detail: 'a city with a masculine nationality adjective is a club',
        score: 0.7,
        priority: PRIORITY.retyped,
      });
    }
  },
};
