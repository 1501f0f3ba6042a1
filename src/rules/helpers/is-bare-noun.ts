import type { Doc } from '../../document';
import type { Candidate } from '../../candidate';
import { isWord } from './is-word';
import { foldedSlice } from './token-text';
import { findProcliticStems, RESTORED_ARTICLE } from '../../tokenize/find-proclitic-stems';
import { ALEF, LAM } from '../../tokenize/arabic-letters';

/** The stems of a word, as findProcliticStems writes them. */
const stems = new Int32Array(4);

/**
 * Whether the folded word [start, end) is one of the nouns (folded as the extractor folds), as is or
 * after its proclitics and article: «وبالمطار» → «مطار», «لمنتخب» → «منتخب». The tokenizer's own
 * proclitic peeling (findProcliticStems), so a rule reads a word as matching does.
 */
export function isBareNoun(doc: Doc, start: number, end: number, nouns: ReadonlySet<string>): boolean {
  if (nouns.has(bareNoun(doc, start, end, false))) return true;
  const count = findProcliticStems(doc.folded.codes, start, end, stems);
  for (let k = 0; k < count; k++) {
    if (nouns.has(bareNoun(doc, start + (stems[k] >> 1), end, (stems[k] & RESTORED_ARTICLE) === 1))) return true;
  }
  return false;
}

/**
 * The candidate starts a word of its own right after one of the nouns: «منتخب [البرازيل]», «بطولة
 * [أوروبا]», «لمنتخب [الأرجنتين]»; not a name joined to a proclitic, «بطولة وبأوروبا».
 */
export function followsBareNoun(doc: Doc, candidate: Candidate, nouns: ReadonlySet<string>): boolean {
  const before = candidate.tokStart - 1;
  if (!isWord(doc, before) || candidate.start !== doc.tokens.start[candidate.tokStart]) return false;
  return isBareNoun(doc, doc.tokens.start[before], doc.tokens.end[before], nouns);
}

/** The noun without its article: «المسجد» → «مسجد»; after ل the article keeps only its lam, «للمسجد» → ل + «لمسجد» → «مسجد». */
function bareNoun(doc: Doc, start: number, end: number, restoredArticle: boolean): string {
  const codes = doc.folded.codes;
  const hasArticle = end - start > 3 && codes[start] === ALEF && codes[start + 1] === LAM;
  return foldedSlice(doc, restoredArticle ? start + 1 : hasArticle ? start + 2 : start, end);
}
