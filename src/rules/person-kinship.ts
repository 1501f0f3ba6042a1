import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { KINSHIP } from './helpers/cue-classes';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { forEachCue } from './helpers/cue-at';
import { hasArticle } from './helpers/has-article';
import { entityAt } from './helpers/entity-at';
import { isCommon, isGivenName, isNameWord } from './helpers/is-name-word';
import { isWord, startsLine } from './helpers/is-word';
import { cueText } from './helpers/token-text';
import { PRIORITY } from '../priorities';

/**
 * PERSON: a lone given name with a kinship noun in apposition after it — «وصلت [فاطمة] شقيقة الضحية»,
 * «وكان [أحمد] شقيقه». Only a person has a sister or a son: the name needs no other context, even one
 * that is also a word («[أمل] والدة الطفل»). The kinship noun must be in construct with a noun (an
 * article word) or carry a pronoun, so a clause that goes on («جمال زوج من …») is not read as one.
 * A longer name is the name-chain rule's: only a single given name is taken here.
 */
export const personKinship: Rule = {
  id: 'person-kinship',
  description: 'a given name before a kinship noun: «[فاطمة] شقيقة الضحية»',
  cues: [KINSHIP],
  apply(doc: Doc): void {
    forEachCue(doc, KINSHIP, (kin) => {
      const p = kin.tokStart - 1;
      if (p < 0 || !isWord(doc, p) || startsLine(doc, kin.tokStart) || !isGivenName(doc, p) || hasArticle(doc, p)) return;
      if (isNameWord(doc, p - 1) || candidateAt(doc, p)) return;
      // «جده» is also Jeddah: a kinship word the lexicon reads as a place is left to it.
      if (entityAt(doc, kin.tokStart, PLACES)) return;
      const kinWord = cueText(doc, kin.tokStart, kin.tokEnd);
      // A name that is also a word needs the construct: «[أمل] والدة الطفل», not «في حجر جده» (a lap).
      if ((isCommon(doc, p) || !PRONOUN.test(kinWord)) && !hasArticle(doc, kin.tokEnd)) return;
      addRuleCandidate(doc, 'PERSON', { tokStart: p, tokEnd: p + 1, start: doc.stemStart[p] }, {
        rule: 'person-kinship',
        detail: `kinship noun «${kinWord}» after the name`,
        score: 0.65,
        priority: PRIORITY.clauseContext,
      });
    });
  },
};

const PLACES = new Set(['COUNTRY', 'PLACE']);

/** A possessive pronoun as written, where ه is not a folded ة: «شقيقه», «زوجتها», not «شقيقة». */
const PRONOUN = /(?:ه|ها|هم|هما)$/;
