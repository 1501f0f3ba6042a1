import type { Doc } from '../../document';
import { foldedString } from '../../normalize/fold-text';

/** Folded text between two folded offsets (for the small closed lists the rules check). */
export function foldedSlice(doc: Doc, start: number, end: number): string {
  return foldedString(doc.folded, start, end);
}

/** Token t's folded text. */
export function tokenText(doc: Doc, t: number): string {
  return foldedString(doc.folded, doc.tokens.start[t], doc.tokens.end[t]);
}

/** The tokens [tokStart, tokEnd) as the input writes them, for provenance details: «الرئيس», «وكالة». */
export function cueText(doc: Doc, tokStart: number, tokEnd: number): string {
  return doc.input.slice(doc.folded.starts[doc.tokens.start[tokStart]], doc.folded.ends[doc.tokens.end[tokEnd - 1] - 1]);
}
