import type { TokenKind } from '../types';
import type { FoldedBuffer } from '../normalize/fold-text';
import { ARABIC_LETTER, CLASSES, DIGIT, HIGH_SURROGATE, LOW_SURROGATE, MARK, OTHER_LETTER, PUNCT, SPACE, UNKNOWN, classifyChar } from './char-class';

/** classifyChar through its memo, inlined by the JIT on the hot loop. */
function classOf(c: number): number {
  const known = CLASSES[c];
  return known === UNKNOWN ? classifyChar(c) : known;
}

export const WORD = 0;
export const LATIN = 1;
export const NUMBER = 2;
export const PUNCTUATION = 3;
export const SYMBOL_TOKEN = 4;
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'latin', 'number', 'punct', 'symbol'];

/** The token starts after whitespace (not glued to the previous token). */
export const AFTER_SPACE = 1;
/** The whitespace before the token holds a line break (the token starts a line). */
export const AFTER_NEWLINE = 2;

/** Tokens as parallel typed arrays over the folded text (no object per token on the hot path). */
export interface TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  count: number;
}

export function createTokenBuffer(capacity = 64): TokenBuffer {
  return { start: new Int32Array(capacity), end: new Int32Array(capacity), kind: new Uint8Array(capacity), flags: new Uint8Array(capacity), count: 0 };
}

function grow(tokens: TokenBuffer): void {
  const capacity = tokens.start.length * 2;
  const start = new Int32Array(capacity);
  start.set(tokens.start);
  const end = new Int32Array(capacity);
  end.set(tokens.end);
  const kind = new Uint8Array(capacity);
  kind.set(tokens.kind);
  const flags = new Uint8Array(capacity);
  flags.set(tokens.flags);
  tokens.start = start;
  tokens.end = end;
  tokens.kind = kind;
  tokens.flags = flags;
}

// Separators inside a number: «3.5», «1,000», «٣٫٥», «١٬٠٠٠».
function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
}

/**
 * Splits folded code units into words (letters with their marks), Latin words, numbers, single
 * punctuation marks and symbols. No space is needed after punctuation («قال:إن») and numbers glued
 * to words split off («2017م» → «2017» «م»). Surrogate pairs (emoji) stay whole. An invisible
 * control folded away between two letters (a gap in the offset map) still separates words.
 */
export function scanTokens(folded: FoldedBuffer, tokens: TokenBuffer = createTokenBuffer()): TokenBuffer {
  const { codes, starts, ends, length } = folded;
  let count = 0;
  let i = 0;
  let flags = AFTER_SPACE | AFTER_NEWLINE;
  while (i < length) {
    const c = codes[i];
    const cls = classOf(c);
    if (cls === SPACE) {
      flags |= AFTER_SPACE;
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) flags |= AFTER_NEWLINE;
      i++;
      continue;
    }
    const start = i;
    let kind: number;
    if (cls === ARABIC_LETTER || cls === OTHER_LETTER) {
      // Letters of one script and their marks: «كتبَ», «Reuters»; «رويترزReuters» is two tokens.
      kind = cls === ARABIC_LETTER ? WORD : LATIN;
      i++;
      while (i < length) {
        const k = classOf(codes[i]);
        if ((k !== cls && k !== MARK) || starts[i] > ends[i - 1]) break;
        i++;
      }
    } else if (cls === DIGIT) {
      kind = NUMBER;
      i++;
      while (i < length) {
        const d = codes[i];
        const k = classOf(d);
        if (starts[i] > ends[i - 1]) break;
        if (k === DIGIT) i++;
        else if (isNumberSeparator(d) && i + 1 < length && classOf(codes[i + 1]) === DIGIT) i += 2;
        else break;
      }
    } else if (cls === PUNCT) {
      kind = PUNCTUATION;
      i++;
    } else {
      kind = SYMBOL_TOKEN;
      if (cls === HIGH_SURROGATE && i + 1 < length && classOf(codes[i + 1]) === LOW_SURROGATE) i += 2;
      else i++;
      // A variation selector or skin-tone-free mark after an emoji or symbol belongs to it.
      while (i < length && classOf(codes[i]) === MARK) i++;
    }
    // Units expanded from one original character stay in one token: «ﷺ» folds to four words but is
    // one character of the input, so it is one token (no token may start inside a character).
    // A word also keeps the marks written after such a character: «ﷺُ» is one token.
    while (i < length && (starts[i] === starts[i - 1] || (kind <= LATIN && classOf(codes[i]) === MARK && starts[i] <= ends[i - 1]))) i++;
    if (count === tokens.start.length) grow(tokens);
    tokens.start[count] = start;
    tokens.end[count] = i;
    tokens.kind[count] = kind;
    tokens.flags[count] = flags;
    count++;
    flags = 0;
  }
  tokens.count = count;
  return tokens;
}
