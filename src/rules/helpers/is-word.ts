import type { Doc } from '../../document';
import { AFTER_NEWLINE, NUMBER, PUNCTUATION, WORD } from '../../tokenize/scan-tokens';

/** Token t is an Arabic word («الرئيس», «وروسيا»), not Latin, a number or punctuation. */
export function isWord(doc: Doc, t: number): boolean {
  return t >= 0 && t < doc.tokens.count && doc.tokens.kind[t] === WORD;
}

/** Token t is punctuation, one of `chars` when given: «(», «،», «-». */
export function isPunct(doc: Doc, t: number, chars?: string): boolean {
  if (t < 0 || t >= doc.tokens.count || doc.tokens.kind[t] !== PUNCTUATION) return false;
  return chars === undefined || chars.includes(String.fromCharCode(doc.folded.codes[doc.tokens.start[t]]));
}

/** Token t is a number: the «1» of «1 - صفر». */
export function isNumber(doc: Doc, t: number): boolean {
  return t >= 0 && t < doc.tokens.count && doc.tokens.kind[t] === NUMBER;
}

/** Token t starts a new line. */
export function startsLine(doc: Doc, t: number): boolean {
  return t <= 0 || (doc.tokens.flags[t] & AFTER_NEWLINE) !== 0;
}
