import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { addPersonName } from './helpers/read-person-name';
import { entityAt } from './helpers/entity-at';
import { hasArticle, isNisbaShaped } from './helpers/has-article';
import { isNameWord } from './helpers/is-name-word';
import { isWord, startsLine } from './helpers/is-word';
import { tokenText } from './helpers/token-text';
import { WAW } from '../tokenize/arabic-letters';
import { PRIORITY } from '../priorities';

const PLACES = new Set(['PLACE', 'COUNTRY', 'ORGANIZATION']);

/**
 * PERSON: a nationality adjective, used as a noun or after a role, followed by a name with at least
 * one known name token: «ونجم الوسط البرازيلي [إيمرسون]», «الفرنسي [جيولي] صاحب الهدف», «الامبراطور
 * الروماني [تراجان]». A known organization or place after
 * the adjective ends the reading («الدوري الإسباني ريال مدريد»), as does a common word. The
 * adjective is singular (a plural is a people: «الفرنسيين أميل»), and the name starts on a bare word:
 * not «و…» unless the whole word is a name (a list goes on: «الإسباني وفنربغشة»; «وليد» is a name),
 * not an article word («العماني الجميل»), not a place («العاصمة الاذرية باكو»).
 */
export const personNationality: Rule = {
  id: 'person-nationality',
  description: 'a nationality adjective before a name: «البرازيلي [إيمرسون]»',
  apply(doc: Doc): void {
    // Nationality adjectives are among the lexicon's candidates: reading those, not every token, keeps this cheap.
    for (const nationality of doc.candidates.slice()) {
      const t = nationality.tokStart;
      if (nationality.type !== 'NATIONALITY' || nationality.tokEnd !== t + 1) continue;
      const p = t + 1;
      // A singular nisba («الفرنسي», «اليونانية»), not a plural («الفرنسيون», «الفرنسيين»).
      if (!isNisbaShaped(doc, t) || !isWord(doc, p) || startsLine(doc, p) || candidateAt(doc, p)?.type === 'PERSON') continue;
      const conjunction = doc.folded.codes[doc.tokens.start[p]] === WAW && !(doc.word[p] >= 0 && isNameWord(doc, p));
      if (conjunction || doc.stemStart[p] !== doc.tokens.start[p] || hasArticle(doc, p) || entityAt(doc, p, PLACES, true)) continue;
      addPersonName(doc, p, { requireKnown: true }, {
        rule: 'person-nationality',
        detail: `after the nationality «${tokenText(doc, t)}»`,
        score: 0.65,
        priority: PRIORITY.weakContext,
      });
    }
  },
};

