import type { Doc } from '../../document';
import type { CueClass } from '../../lexicon/create-lexicon-index';
import type { TokenSpan } from './token-span';

/** The longest match of a cue class starting at token t (proclitics peeled: «والرئيس» → «الرئيس»), or undefined. */
export function cueAt(doc: Doc, t: number, cue: CueClass): TokenSpan | undefined {
  if (t < 0 || t >= doc.tokens.count || !(doc.cueBits[t] & cue.bit)) return undefined;
  const { matches, index } = doc;
  let best: TokenSpan | undefined;
  for (let m = matches.head[t]; m < matches.head[t + 1]; m++) {
    if (!(index.formCues[matches.form[m]] & cue.bit)) continue;
    const span = { tokStart: t, tokEnd: matches.tokEnd[m], start: matches.start[m] };
    if (!best || span.tokEnd > best.tokEnd || (span.tokEnd === best.tokEnd && span.start < best.start)) best = span;
  }
  return best;
}

/** Is there a cue of this class ending right before token t? Returns its span. */
export function cueBefore(doc: Doc, t: number, cue: CueClass, maxLength = 4): TokenSpan | undefined {
  for (let s = t - 1; s >= Math.max(0, t - maxLength); s--) {
    const span = cueAt(doc, s, cue);
    if (span && span.tokEnd === t) return span;
  }
  return undefined;
}

/** The first token at or after `from` where a cue of one of the classes in `bits` starts, or -1. */
export function nextCueToken(doc: Doc, bits: number, from: number): number {
  const { cueBits } = doc;
  for (let t = Math.max(0, from); t < doc.tokens.count; t++) if (cueBits[t] & bits) return t;
  return -1;
}

/**
 * The next cue of a class at or after token `from` (its longest match there), or undefined: the
 * rules walk the cues of their class (forEachCue) instead of testing every token.
 */
export function nextCue(doc: Doc, cue: CueClass, from: number): TokenSpan | undefined {
  for (let t = nextCueToken(doc, cue.bit, from); t >= 0; t = nextCueToken(doc, cue.bit, t + 1)) {
    const span = cueAt(doc, t, cue);
    if (span) return span;
  }
  return undefined;
}

/** Calls `visit` with each cue of the class in the document, in order (the longest match at each token). */
export function forEachCue(doc: Doc, cue: CueClass, visit: (span: TokenSpan) => void): void {
  for (let span = nextCue(doc, cue, 0); span; span = nextCue(doc, cue, span.tokStart + 1)) visit(span);
}
