import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { ORG_DESCRIPTOR, PERSON_TITLE } from './helpers/cue-classes';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { cueAt, forEachCue } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { cueText, foldedSlice } from './helpers/token-text';
import { hasArticle, isPeoplePluralShaped, startsWithConjunction } from './helpers/has-article';
import { isStopword } from './helpers/is-name-word';
import { isWord, startsLine } from './helpers/is-word';
import { PRIORITY } from '../priorities';

const ANY_ENTITY = new Set(['COUNTRY', 'PLACE', 'NATIONALITY', 'ORGANIZATION', 'PERSON']);
const NATIONALITY = new Set(['NATIONALITY']);
/** The common words of a movement's name before its nationality: «الضباط الأحرار». */
const MAX_WORDS = 4;

/**
 * ORGANIZATION: «حركة» and common definite words that a nationality adjective closes: «[حركة الضباط
 * الأحرار الأردنيين]», «[حركة القوميين العرب]», or a definite noun and a plural adjective of people:
 * «[حركة الضباط الأحرار]», «[حركة الإخوان المسلمين]». «حركة» before common words is most often motion or
 * traffic, «حركة المرور الجوي», «حركة النمو الاقتصادي» (WikiFANE: of its «حركة» + two article words,
 * 7 of the 10 names end in a nationality, 3 of the 20 others do; in TRAIN80 and WikiFANE, 4 of the 5
 * whose second word is a plural adjective of people, «الضباط الاحرار», «الاخوان المسلمين», are names —
 * the fifth an untagged «حركة الضباط الاحرار الاردنيين» — and 12 of the 27 others: things and motion
 * take a singular adjective); a movement named by a
 * known name keeps «حركة» out (org-descriptor: «حركة [فتح]»), as does «حركة [الجيش المصري]». Under
 * the 'general' conventions only: on ANERcorp's news it took an organization its annotators left
 * untagged (npm run eval, DEV20 ORG 64.58 → 64.51).
 */
export const orgMovement: Rule = {
  id: 'org-movement',
  description: 'a movement named by common words and a nationality or a plural adjective of people: «[حركة الضباط الأحرار الأردنيين]», «[حركة الضباط الأحرار]»',
  conventions: 'general',
  cues: [ORG_DESCRIPTOR, PERSON_TITLE],
  apply(doc: Doc): void {
    forEachCue(doc, ORG_DESCRIPTOR, (head) => {
      if (head.tokEnd !== head.tokStart + 1 || foldedSlice(doc, head.start, doc.tokens.end[head.tokStart]) !== 'حركه') return;
      const add = (tokEnd: number, closer: string): void => {
        addRuleCandidate(doc, 'ORGANIZATION', { tokStart: head.tokStart, tokEnd, start: head.start }, {
          rule: 'org-movement',
          detail: `«${cueText(doc, head.tokStart, head.tokEnd)}», common words and ${closer}`,
          score: 0.65,
          priority: PRIORITY.cue,
        });
      };
      // A people's plural adjective right after the first noun says the movement is of people:
      // «[حركة الضباط الأحرار]»; traffic's adjective is singular, «حركة المرور الجوي».
      let members = -1;
      let p = head.tokEnd;
      while (p - head.tokEnd < MAX_WORDS && isWord(doc, p) && !startsLine(doc, p) && hasArticle(doc, p) && !startsWithConjunction(doc, p) && !isStopword(doc, p)) {
        const nationality = entityAt(doc, p, NATIONALITY, true);
        if (nationality && nationality.start === doc.tokens.start[p]) {
          if (p === head.tokEnd) return;
          add(nationality.tokEnd, 'a nationality');
          return;
        }
        if (entityAt(doc, p, ANY_ENTITY) || cueAt(doc, p, PERSON_TITLE)) break;
        if (p === head.tokEnd + 1 && isPeoplePluralShaped(doc, p)) members = p + 1;
        else if (members > 0) break;
        p++;
      }
      if (members > 0) add(members, 'a plural adjective of people');
    });
  },
};
