import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { NAME_LINK, SPEECH_VERB } from './helpers/cue-classes';
import { readPersonName } from './helpers/read-person-name';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { cueAt } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { foldedSlice } from './helpers/token-text';
import { hasArticle } from './helpers/has-article';
import { isCommon, isForeignName, isGivenName, isNameWord, isSurnameWord } from './helpers/is-name-word';
import { PRIORITY } from '../priorities';
import { ALEF_MAKSURA, YA } from '../tokenize/arabic-letters';
import type { EntityType } from '../types';

/**
 * Name links that do not open a name: «ولد» first is the verb «was born», «[ولد] محفوظ في حارة …»
 * (TRAIN80 and WikiFANE: 33 chains opened on it, none where a name begins). Inside one it stays a link:
 * «محمد [ولد] عبد العزيز».
 */
const NOT_OPENING = new Set(['ولد']);

/**
 * PERSON: a given name followed by more name tokens or unknown words, two foreign name tokens in a
 * row (or a foreign name and a family name that is no given name), or a chain of name links:
 * «[جورج بوش]», «[نيكولاي باتروشيف]», «[إندرياس اديناور]», «[خليفة بن زايد آل نهيان]», «[أبو مازن]». A single given
 * name is not enough, nor is a given name that is also a common word («علي» / «على») unless a
 * known name token follows.
 */
export const personNameChain: Rule = {
  id: 'person-name-chain',
  description: 'a given name (Arabic or foreign) followed by name tokens: «[نيكولاي باتروشيف]», «[خليفة بن زايد]»',
  cues: [NAME_LINK, SPEECH_VERB],
  apply(doc: Doc): void {
    for (let t = 0; t < doc.tokens.count; t++) {
      const opensChain =
        isGivenName(doc, t) ||
        (isForeignName(doc, t) && isForeignName(doc, t + 1)) ||
        (isForeignName(doc, t) && isPlainSurname(doc, t + 1) && !entityAt(doc, t, PLACES, true)) ||
        (opensOnLink(doc, t) && (isNameWord(doc, t + 1) || isNameWord(doc, t + 2) || linksOn(doc, t + 2)));
      // «العربي الموحد», «الدولة العثمانية»: a chain does not open on an article word.
      // (unless a nasab link follows: «[المختار بن عبد القادر]»).
      if (!opensChain || (hasArticle(doc, t) && !cueAt(doc, t + 1, NAME_LINK)) || isSpeechVerb(doc, t)) continue;
      // A person found here already stands, unless it is a bare lexicon match the chain runs past:
      // the kunya «أبو خالد» of the lexicon, and «[أبو خالد الحمصي]» in the text.
      const found = candidateAt(doc, t, PERSONS);
      if (found && (found.source !== undefined || !opensOnLink(doc, t))) continue;
      const name = readPersonName(doc, t, true);
      if (!name || name.tokEnd - name.tokStart < 2 || (found && !extendsKnown(doc, found.tokEnd, name.tokEnd))) {
        if (found) t = found.tokEnd - 1;
        continue;
      }
      addRuleCandidate(doc, 'PERSON', name, {
        rule: 'person-name-chain',
        detail: 'given name followed by name tokens',
        score: 0.7,
        priority: PRIORITY.nameChain,
      });
      t = name.tokEnd - 1;
    }
  },
};

const PLACES = new Set(['COUNTRY', 'PLACE']);
const PERSONS = new Set<EntityType>(['PERSON']);

/**
 * A family name that is no given name nor common word: after a foreign name it closes a full name,
 * «[إندرياس اديناور]» (the name lists have «اديناور» as a family name), not «في باكو [فارس] المفتي».
 */
function isPlainSurname(doc: Doc, t: number): boolean {
  return isSurnameWord(doc, t) && !isGivenName(doc, t) && !isCommon(doc, t);
}

/**
 * Verbs of narration whose folded forms are given names too (folded): «[روى] عثمان بن عفان الحديث»
 * reads «روي», the name Roy; «حكى» reads «حكي». Written with a final «ي», «روي» is the name: «[روي
 * كين]».
 */
const NARRATION_VERBS = new Set(['روي', 'روت', 'حكي', 'حكت']);

/**
 * Token t is a verb of saying or narration, which opens a clause before its subject, not a name:
 * «[روى] عثمان بن عفان», «[قال] علي عبد الله».
 */
function isSpeechVerb(doc: Doc, t: number): boolean {
  const verb = cueAt(doc, t, SPEECH_VERB);
  if (verb !== undefined && verb.tokEnd === t + 1) return true;
  const end = doc.tokens.end[t];
  if (!NARRATION_VERBS.has(foldedSlice(doc, doc.stemStart[t], end))) return false;
  // The folded «ي» of «روي» was an «ى» as written (or is one, with the alefMaksura fold off).
  return doc.folded.codes[end - 1] !== YA || doc.input.charCodeAt(doc.folded.starts[end - 1]) === ALEF_MAKSURA;
}

function opensOnLink(doc: Doc, t: number): boolean {
  const link = cueAt(doc, t, NAME_LINK);
  return link !== undefined && !NOT_OPENING.has(foldedSlice(doc, link.start, doc.tokens.end[link.tokEnd - 1]));
}

/**
 * A compound given name that a nasab link continues opens the chain at its «عبد»: «[عبد الرحمن بن ناصر
 * الفهيد]», where «الرحمن» alone is no name word and the chain used to open on «بن» («عبد الرحمن [بن ناصر الفهيد]»).
 */
function linksOn(doc: Doc, t: number): boolean {
  return cueAt(doc, t, NAME_LINK) !== undefined && (isNameWord(doc, t + 1) || hasArticle(doc, t + 1));
}

/**
 * The words [from, to) after a lexicon person close a longer name: they end in a family name, an
 * article word or a known name token — «أبو خالد [الحمصي]» — not in any open word («ابن تيمية [اول]»).
 */
function extendsKnown(doc: Doc, from: number, to: number): boolean {
  if (to <= from) return false;
  const last = to - 1;
  return hasArticle(doc, last) || (isNameWord(doc, last) && !isCommon(doc, last));
}
