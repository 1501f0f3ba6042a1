/** Character classes of the tokenizer, computed lazily per code unit from Unicode properties. */
export const SPACE = 0;
export const ARABIC_LETTER = 1;
export const MARK = 2;
export const OTHER_LETTER = 3;
export const DIGIT = 4;
export const PUNCT = 5;
export const SYMBOL = 6;
export const HIGH_SURROGATE = 7;
export const LOW_SURROGATE = 8;
export type CharClass = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export const UNKNOWN = 255;
/** The memo of classifyChar: `CLASSES[c]` is the class of c, or UNKNOWN until first seen. Read it inline on hot paths. */
export const CLASSES = new Uint8Array(0x10000).fill(UNKNOWN);
const classes = CLASSES;

const ARABIC_SCRIPT_RE = /^\p{Script=Arabic}$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const SPACE_RE = /^[\s\p{Z}\p{Cc}]$/u;
const PUNCT_RE = /^\p{P}$/u;

/** The class of one UTF-16 code unit. Classes are computed on first sight and memoized (no start-up cost). */
export function classifyChar(c: number): CharClass {
  const known = classes[c];
  if (known !== UNKNOWN) return known as CharClass;
  const computed = computeClass(c);
  classes[c] = computed;
  return computed;
}

function computeClass(c: number): CharClass {
  if (c >= 0xd800 && c <= 0xdbff) return HIGH_SURROGATE;
  if (c >= 0xdc00 && c <= 0xdfff) return LOW_SURROGATE;
  // ZWNJ and ZWJ join or separate letters inside one word («می‌خواهم»): part of the word, like a mark.
  if (c === 0x200c || c === 0x200d) return MARK;
  // Tatweel (script Common) only stretches a word when not folded away: «محمـــد» stays one word.
  if (c === 0x0640) return MARK;
  // Bidi controls, LRM/RLM, the Arabic letter mark and the BOM separate words when not folded away.
  if ((c >= 0x200e && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff || c === 0x200b || c === 0x2060) {
    return SPACE;
  }
  const ch = String.fromCharCode(c);
  if (SPACE_RE.test(ch)) return SPACE;
  if (MARK_RE.test(ch)) return MARK;
  if (DIGIT_RE.test(ch)) return DIGIT;
  if (LETTER_RE.test(ch)) return ARABIC_SCRIPT_RE.test(ch) ? ARABIC_LETTER : OTHER_LETTER;
  if (PUNCT_RE.test(ch)) return PUNCT;
  return SYMBOL;
}
