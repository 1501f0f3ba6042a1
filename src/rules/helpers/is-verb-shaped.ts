import type { Doc } from '../../document';
import { WORD_ANY_NAME, WORD_COMMON } from '../../lexicon/lexicon-types';
import { ALEF, FA, NOON, SEEN, TEH, WAW, YA } from '../../tokenize/arabic-letters';
import { isWord } from './is-word';

/** The prefixes of the imperfect: ي ت ن أ (أ folded to ا, so written with its hamza only). */
const IMPERFECT = new Set([YA, TEH, NOON, ALEF]);
const ALEF_HAMZA_ABOVE = 0x0623; // أ, as written

/**
 * Token t is a verb by its shape, and the lexicon does not know it as a name: the future, س before
 * an imperfect whose verb is a common word («سيزور» — «يزور»; «ستفتتح» — «يفتتح»; «سنتابع», «سأزور»;
 * after و or ف: «وسيلتقي»), or an imperfect plural whose singular is one («يبحثون» — «يبحث»). Such a
 * word is no name: «الوزير [سيزور] القاهرة» is a verb after a title. The verb must be known, since
 * many transliterated names open the same way («ستيفانو», «سيرجيو»: no «يرجيو» is a word), and a
 * name or entity the lexicon holds keeps its reading («سيرغي», a harvested place): that is
 * where a list says so.
 */
export function isVerbShaped(doc: Doc, t: number): boolean {
  if (!isWord(doc, t) || doc.tokenFlags[t] & WORD_ANY_NAME || doc.matches.head[t + 1] > doc.matches.head[t]) return false;
  const { codes } = doc.folded;
  const e = doc.tokens.end[t];
  let s = doc.tokens.start[t];
  if ((codes[s] === WAW || codes[s] === FA) && codes[s + 1] === SEEN) s++;
  if (codes[s] === SEEN && IMPERFECT.has(codes[s + 1])) {
    if (codes[s + 1] === ALEF && doc.input.charCodeAt(doc.folded.starts[s + 1]) !== ALEF_HAMZA_ABOVE) return false;
    return isCommonImperfect(doc, s + 1, e);
  }
  return codes[s] === YA && codes[e - 2] === WAW && codes[e - 1] === NOON && isCommonImperfect(doc, s, e - 2);
}

/** The folded letters [s, e) are an imperfect verb the common-word list holds, as written or in its third person: «نتابع» or «يتابع». */
function isCommonImperfect(doc: Doc, s: number, e: number): boolean {
  const { words } = doc.index;
  const { codes } = doc.folded;
  if (e - s < 3) return false;
  const id = words.lookup(codes, s, e);
  if (id >= 0 && words.flags[id] & WORD_COMMON) return true;
  if (codes[s] === YA) return false;
  const third = codes.slice(s, e);
  third[0] = YA;
  const other = words.lookup(third, 0, third.length);
  return other >= 0 && (words.flags[other] & WORD_COMMON) !== 0;
}
