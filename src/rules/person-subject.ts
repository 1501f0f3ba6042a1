import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { PERSON_ROLE_HEAD, PERSON_TITLE, SPEECH_VERB, SUBJECT_END } from './helpers/cue-classes';
import { readPersonName } from './helpers/read-person-name';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { cueAt, forEachCue } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { hasArticle, isNisbaShaped } from './helpers/has-article';
import { isGivenName, isNameWord, isOpenWord, isStopword } from './helpers/is-name-word';
import { tokenText } from './helpers/token-text';
import { isPunct, startsLine } from './helpers/is-word';
import type { TokenSpan } from './helpers/token-span';
import { PRIORITY } from '../priorities';

/**
 * A lone family name with the article, shaped as a nisba, with the person's role in apposition after
 * it: «وقال [الكرخاني] رئيس النادي», «وأيد [الكرخاني] مدير الفريق». Without the role it is as often an
 * adjective or a people («قال الإسرائيلي»).
 */
function readFamilyName(doc: Doc, p: number): TokenSpan | undefined {
  if (!hasArticle(doc, p) || !isNisbaShaped(doc, p, false) || !isOpenWord(doc, p) || entityAt(doc, p, ANY_ENTITY)) return undefined;
  if (!isRole(doc, p + 1)) return undefined;
  return { tokStart: p, tokEnd: p + 1, start: doc.tokens.start[p] };
}

/**
 * A lone given name that is also a word, right before «إن» or «أن»: «قالت [أمل] إن», «وأضاف [كريم]
 * أن». Alone it needs another name token (readPersonName); between a verb of saying and the
 * conjunction that opens what was said, only the speaker fits.
 */
function readLoneGivenName(doc: Doc, p: number): TokenSpan | undefined {
  if (!isGivenName(doc, p) || isStopword(doc, p) || doc.tokens.end[p] - doc.tokens.start[p] < MIN_LONE_NAME || hasArticle(doc, p) || !opensReportedSpeech(doc, p + 1)) return undefined;
  return { tokStart: p, tokEnd: p + 1, start: doc.stemStart[p] };
}

/** The shortest lone given name taken so: «[أمل]», not «هم» (a pronoun some name list holds). */
const MIN_LONE_NAME = 3;

/** The conjunctions that open reported speech: «إن», «أن» (and ان as often written). */
const THAT = new Set(['ان', 'انه', 'انها']);

function opensReportedSpeech(doc: Doc, t: number): boolean {
  return t < doc.tokens.count && THAT.has(tokenText(doc, t));
}

/** Token t opens a title or a role: «[رئيس] الوزراء», «[مدير] الكرة». */
function isRole(doc: Doc, t: number): boolean {
  return cueAt(doc, t, PERSON_ROLE_HEAD) !== undefined || cueAt(doc, t, PERSON_TITLE) !== undefined;
}

const ANY_ENTITY = new Set(['COUNTRY', 'PLACE', 'ORGANIZATION', 'PERSON', 'NATIONALITY']);

/**
 * PERSON: the subject of a verb of saying at the head of a clause, in Arabic's verb-subject order:
 * «وقال [ياروسلاف كوجاييف] إن», «وأضاف [أنغو] أن». A subject that is only unknown words must be
 * followed by what ends a subject (إن، أن، في، أمس، a comma or a colon) or by the person's role in
 * apposition («وقال [بروخوروف ماتفيينكو] رئيس الوفد»), so that «قال مصدر» or «أعلن وقف اطلاق النار»
 * are not taken for names.
 */
export const personSubject: Rule = {
  id: 'person-subject',
  description: 'the name after a verb of saying: «وقال [ياروسلاف كوجاييف] إن»',
  cues: [SPEECH_VERB, SUBJECT_END, PERSON_ROLE_HEAD, PERSON_TITLE],
  apply(doc: Doc): void {
    forEachCue(doc, SPEECH_VERB, (verb) => {
      const p = verb.tokEnd;
      if (p >= doc.tokens.count || startsLine(doc, p) || candidateAt(doc, p)) return;
      const name = readPersonName(doc, p) ?? readFamilyName(doc, p) ?? readLoneGivenName(doc, p);
      if (!name) return;
      let known = false;
      for (let k = name.tokStart; k < name.tokEnd && !known; k++) known = isNameWord(doc, k);
      const after = name.tokEnd;
      const ended =
        after >= doc.tokens.count ||
        isPunct(doc, after, '،,:"«») .') ||
        cueAt(doc, after, SUBJECT_END) !== undefined ||
        isRole(doc, after);
      if (!known && !ended) return;
      addRuleCandidate(doc, 'PERSON', name, {
        rule: 'person-subject',
        detail: 'subject of a verb of saying',
        score: known ? 0.7 : 0.6,
        priority: PRIORITY.clauseContext,
      });
    });
  },
};
