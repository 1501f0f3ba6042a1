import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { HONORIFIC } from './helpers/cue-classes';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { forEachCue } from './helpers/cue-at';
import { hasArticle } from './helpers/has-article';
import { isCommon, isNameWord, isStopword } from './helpers/is-name-word';
import { isPunct, isWord } from './helpers/is-word';
import { tokenText } from './helpers/token-text';
import { PRIORITY } from '../priorities';

/** «ع» (عليه السلام) counts only in its parentheses: «الكاظم (ع)». */
const SHORT_HONORIFIC = 'ع';
const GOD = 'الله';

/**
 * PERSON: the name right before a religious honorific — «الرضا ( عليه السلام )», «عثمان رضي الله
 * عنه», «الرضا (ع)» — in historical and religious text, where names go without titles and often
 * with the article. Not a title or a plain word before it («رسول الله صلى الله عليه وسلم», «النبي»,
 * «أهل البيت عليهم السلام»): the word must be a known name, or an uncommon word.
 */
export const personHonorific: Rule = {
  id: 'person-honorific',
  description: 'the name before a religious honorific: «[الرضا] ( عليه السلام )»',
  cues: [HONORIFIC],
  apply(doc: Doc): void {
    forEachCue(doc, HONORIFIC, (honorific) => {
      const h = honorific.tokStart;
      const open = isPunct(doc, h - 1, '(');
      if (tokenText(doc, h) === SHORT_HONORIFIC && !(open && isPunct(doc, h + 1, ')'))) return;
      const end = open ? h - 1 : h;
      const p = end - 1;
      if (!isWord(doc, p) || isStopword(doc, p) || tokenText(doc, p) === GOD) return;
      if (!isNameWord(doc, p) && (isCommon(doc, p) || doc.cueBits[p] !== 0)) return;
      const known = candidateAt(doc, p);
      if (known?.type === 'PERSON' || (known && known.tokEnd > end)) return;
      // A longer name ending here is the person rules' to read («علي بن أبي طالب»): only a lone word is taken.
      if (!hasArticle(doc, p) && !isNameWord(doc, p) && isNameWord(doc, p - 1)) return;
      addRuleCandidate(doc, 'PERSON', { tokStart: p, tokEnd: end, start: doc.stemStart[p] }, {
        rule: 'person-honorific',
        detail: `before the honorific «${tokenText(doc, h)}»`,
        score: 0.65,
        priority: PRIORITY.clauseContext,
      });
    });
  },
};
