/** A span of tokens [tokStart, tokEnd) and the folded offset where it starts (after any proclitic). */
export interface TokenSpan {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
}
