import type { Doc } from '../../document';
import { WORD_ANY_GIVEN, WORD_ANY_NAME, WORD_COMMON, WORD_FAMILY, WORD_FOREIGN, WORD_FOREIGN_FAMILY, WORD_FOREIGN_GIVEN, WORD_STOPWORD } from '../../lexicon/lexicon-types';
import { ALEF_MAKSURA, YA } from '../../tokenize/arabic-letters';
import { isWord } from './is-word';
import { tokenText } from './token-text';
import { isVerbShaped } from './is-verb-shaped';

/** Prepositions spelled with a final alef maksura, in folded form. */
const PREPOSITIONS = new Set(['علي', 'الي', 'حتي', 'لدي', 'متي', 'وعلي', 'والي', 'فعلي']);

/** Word flags of token t (of its stem when a proclitic was peeled to find them). */
export function flagsOf(doc: Doc, t: number): number {
  return t >= 0 && t < doc.tokens.count ? doc.tokenFlags[t] : 0;
}

/** Token t is a common word or a stopword: «قال», «في», «العالم». */
export function isCommon(doc: Doc, t: number): boolean {
  return (flagsOf(doc, t) & (WORD_COMMON | WORD_STOPWORD)) !== 0;
}

/** Token t is a function word: «في», «على», «الذي». */
export function isStopword(doc: Doc, t: number): boolean {
  return (flagsOf(doc, t) & WORD_STOPWORD) !== 0;
}

/** A known name token: a given name, a family name or a foreign name («علي», «شمخاني», «نيكولاي»). */
export function isNameWord(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & WORD_ANY_NAME) !== 0 && !isPrepositionSpelling(doc, t);
}

/** A given name, Arabic or foreign: «علي», «نيكولاي». */
export function isGivenName(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & WORD_ANY_GIVEN) !== 0 && !isPrepositionSpelling(doc, t);
}

/**
 * Folding ى → ي makes the preposition «على» look like the name «علي»; as written, a final
 * alef maksura marks the preposition. (Names ending in ى — «موسى», «مصطفى» — fold to a form that is
 * not a preposition and are not affected.)
 */
function isPrepositionSpelling(doc: Doc, t: number): boolean {
  const last = doc.tokens.end[t] - 1;
  if (doc.folded.codes[last] !== YA) return false;
  const original = doc.input.charCodeAt(doc.folded.starts[last]);
  return original === ALEF_MAKSURA && PREPOSITIONS.has(tokenText(doc, t));
}

/** A foreign name token of any kind (transliterated given or family name): «إندرياس», «كاسترو». */
export function isForeignName(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & (WORD_FOREIGN_GIVEN | WORD_FOREIGN_FAMILY | WORD_FOREIGN)) !== 0 && !isCommon(doc, t);
}

/** A family name, Arabic or foreign: «شمخاني», «كاسترو». */
export function isSurnameWord(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & (WORD_FAMILY | WORD_FOREIGN_FAMILY | WORD_FOREIGN)) !== 0;
}

/**
 * An Arabic word that is neither a common word, nor a stopword, nor shaped like a verb: what an
 * unknown proper noun looks like («زاويدو», «باتروشيف»), not «سيزور». Known entity words qualify
 * too; the rules decide what they mean.
 */
export function isOpenWord(doc: Doc, t: number): boolean {
  return isUncommonWord(doc, t) && !isVerbShaped(doc, t);
}

/**
 * An Arabic word that is neither a common word nor a stopword, whatever its shape: where the syntax
 * wants a noun, a verb's shape says nothing — the complement of «قرية» is a name even when it reads
 * like a future verb: «ولد في قرية [سيزور] الصغيرة».
 */
export function isUncommonWord(doc: Doc, t: number): boolean {
  return isWord(doc, t) && !isCommon(doc, t);
}
