import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { WORD_FOREIGN_FAMILY } from '../lexicon/lexicon-types';
import { PRIZE } from './helpers/cue-classes';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { cueBefore } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { flagsOf, isCommon } from './helpers/is-name-word';
import { hasArticle } from './helpers/has-article';
import { isWord } from './helpers/is-word';
import { PRIORITY } from '../priorities';

const OTHER_ENTITIES = new Set(['COUNTRY', 'PLACE', 'ORGANIZATION', 'NATIONALITY']);

/**
 * PERSON: a transliterated foreign surname standing alone, uncommon in Arabic and no place,
 * country or organization: «[رايس] قالت», «وقالت [ميركل] ان». Weaker than a full name (scored
 * lower), it mostly catches later mentions of people introduced in an earlier document. A name
 * that the whole word is, opening with «ال» after folding, is read too: «أل…» folds to «ال…» (no
 * article: the name list has the whole word). After «جائزة» the name is the prize's: «جائزة نوبل».
 */
export const personForeignName: Rule = {
  id: 'person-foreign-name',
  description: 'a foreign surname standing alone: «[رايس] قالت»',
  cues: [PRIZE],
  apply(doc: Doc): void {
    for (let t = 0; t < doc.tokens.count; t++) {
      if (!isWord(doc, t) || !(flagsOf(doc, t) & WORD_FOREIGN_FAMILY) || isCommon(doc, t)) continue;
      if (hasArticle(doc, t) && doc.word[t] < 0) continue;
      if (entityAt(doc, t, OTHER_ENTITIES, true) || candidateAt(doc, t) || cueBefore(doc, t, PRIZE)) continue;
      addRuleCandidate(doc, 'PERSON', { tokStart: t, tokEnd: t + 1, start: doc.stemStart[t] }, {
        rule: 'person-foreign-name',
        detail: 'a foreign surname standing alone',
        score: 0.55,
        priority: PRIORITY.loneSurname,
      });
    }
  },
};
