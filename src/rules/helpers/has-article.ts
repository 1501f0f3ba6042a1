import type { Doc } from '../../document';
import { ALEF, BA, FA, HEH, KAF, LAM, MEEM, NOON, PROCLITIC_LETTERS, WAW, YA } from '../../tokenize/arabic-letters';
import { isWord } from './is-word';

/** The token (after any proclitic) begins with the article: «الايراني», «والعراق», «للامن» (ل + ال). */
export function hasArticle(doc: Doc, t: number): boolean {
  if (!isWord(doc, t)) return false;
  const codes = doc.folded.codes;
  const s = doc.tokens.start[t];
  const e = doc.tokens.end[t];
  if (e - s >= 4 && codes[s] === LAM && codes[s + 1] === LAM) return true;
  // The article opens the word or follows proclitics only: «[ال]عراق», «و[ال]عراق», «وب[ال]عراق» — not «ست[ال]من».
  // Read on the folded text, so a hamza written on it changes nothing («ألاعلى» is «الاعلى»), at the
  // price of names whose first alef bears one («ألفريد» reads as «الفريد»).
  for (let i = s; i < Math.min(s + 3, e - 2); i++) {
    if (codes[i] === ALEF && codes[i + 1] === LAM) return true;
    if (!PROCLITIC_LETTERS.has(codes[i])) return false;
  }
  return false;
}

/** A nisba adjective shape, masculine or feminine: «الفاسي», «السورية» (with `feminine`, only the latter). */
export function isNisbaShaped(doc: Doc, t: number, feminine = false): boolean {
  const { codes } = doc.folded;
  const e = doc.tokens.end[t];
  const isFeminine = e - doc.tokens.start[t] >= 4 && codes[e - 1] === HEH && codes[e - 2] === YA;
  return isFeminine || (!feminine && codes[e - 1] === YA);
}

/**
 * An adjective that goes on an institution's name: a nisba shape, or the feminine elative the
 * alphabet spells with a final alef, «[محكمة أمن الدولة العليا]», «[اللجنة العليا]» (ال + فُعْيا:
 * «العليا», «الدنيا»; «الكبرى», «الأعلى» fold to a nisba's final ya).
 */
export function isNameAdjectiveShaped(doc: Doc, t: number): boolean {
  if (isNisbaShaped(doc, t)) return true;
  const { codes } = doc.folded;
  const s = doc.tokens.start[t];
  const e = doc.tokens.end[t];
  return e - s === 6 && codes[s] === ALEF && codes[s + 1] === LAM && codes[e - 2] === YA && codes[e - 1] === ALEF;
}

/**
 * The token begins with a conjunction or a preposition other than the genitive ل before the
 * article: «والقوات», «فالحكومة», «بالمجلس», «كالعادة» start a new phrase, where «للامن» continues one.
 */
export function startsWithConjunction(doc: Doc, t: number): boolean {
  if (!isWord(doc, t)) return false;
  const codes = doc.folded.codes;
  const s = doc.tokens.start[t];
  const first = codes[s];
  return (first === WAW || first === FA || first === BA || first === KAF) && ((codes[s + 1] === ALEF && codes[s + 2] === LAM) || (codes[s + 1] === LAM && codes[s + 2] === LAM));
}

/**
 * A definite plural adjective of people: a sound masculine plural of a participle or a nisba,
 * «المسلمين», «المجاهدون», «الديمقراطيين», or the broken plural أفعال, «الأحرار». Things take a
 * singular feminine adjective («التيارات المائية»), so a plural one says the noun before is people.
 */
export function isPeoplePluralShaped(doc: Doc, t: number): boolean {
  if (!hasArticle(doc, t)) return false;
  const { codes } = doc.folded;
  const e = doc.tokens.end[t];
  // From the article on, after any proclitic: «والمسلمين» is read as «المسلمين».
  let s = doc.tokens.start[t];
  while (s < e - 2 && !(codes[s] === ALEF && codes[s + 1] === LAM)) s++;
  const length = e - s;
  const soundPlural = (codes[e - 2] === YA || codes[e - 2] === WAW) && codes[e - 1] === NOON;
  if (soundPlural && length >= 7 && (codes[s + 2] === MEEM || codes[e - 3] === YA)) return true;
  return length === 7 && codes[s + 2] === ALEF && codes[s + 5] === ALEF;
}
