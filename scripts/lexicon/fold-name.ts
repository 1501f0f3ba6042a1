import { createFormSplitter } from '#alam/lexicon/split-form';
import { compileFoldTable } from '#alam/normalize/compile-fold-table';
import { foldText, foldedString } from '#alam/normalize/fold-text';
import type { NormalizeOptions } from '#alam/types';

/**
 * The build folds as run time does, with run time's own code: a name's key is the compiler's form
 * key — the text folded by `normalize()` with every fold on, cut into words by the runtime
 * tokenizer, the words joined by one space. «الجُمهوريّة» → «الجمهوريه», «٢٠١٧» → «2017»,
 * «غينيا-بيساو» → «غينيا - بيساو». Two spellings the build takes for one name are exactly the two the
 * compiled lexicon merges, and a word it compares with the common words is the word the matcher
 * looks up (tests/lexicon/build-fold.test.ts holds it to that for every code point and every form).
 */
export const foldName: (text: string) => string = memoize((() => {
  const split = createFormSplitter(compileFoldTable());
  return (text: string): string => split(text).join(' ');
})());

/**
 * The display folds: what a source's spelling loses before it is written to a list. Marks, tatweel
 * and invisible controls go (sources diacritize at random and the runtime ignores them anyway); the
 * letters stay as written («القاهـرة» → «القاهرة», «أمريكا» keeps its hamza).
 */
const DISPLAY_FOLDS: NormalizeOptions = {
  alef: false,
  alefMaksura: false,
  taMarbuta: false,
  hamzaCarriers: false,
  persianLetters: false,
  digits: false,
  presentationForms: false,
};

/** A display form: NFC, the display folds of the runtime table, single spaces, trimmed («القاهـرة» → «القاهرة»). */
export const cleanName: (text: string) => string = memoize((() => {
  const folds = compileFoldTable(DISPLAY_FOLDS);
  return (text: string): string => foldedString(foldText(text.normalize('NFC'), folds)).replace(/\s+/g, ' ').trim();
})());

/** True when the string has at least one Arabic letter and no Latin letter: «موسكو», not «Moscow» nor «موسكو Moscow». */
export function isArabicName(text: string): boolean {
  return /[\u0621-\u064A]/.test(text) && !/[A-Za-z]/.test(text);
}

/**
 * The build folds the same few hundred thousand corpus tokens and names again and again (every
 * step, every jackknife fold): each distinct string is folded once. Bounded, so that a long-running
 * caller does not keep every string it ever folded.
 */
function memoize(fold: (text: string) => string, limit = 1 << 20): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let folded = cache.get(text);
    if (folded === undefined) {
      folded = fold(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, folded);
    }
    return folded;
  };
}
