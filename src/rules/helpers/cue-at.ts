import type { Doc } from '../../document';
import type { CueClass } from '../../lexicon/create-lexicon-index';
import type { TokenSpan } from './token-span';

/** The longest match of a cue class starting at token t (proclitics peeled: «والرئيس» → «الرئيس»), or undefined. */
export function cueAt(doc: Doc, t: number, cue: CueClass): TokenSpan | undefined {
  if (t < 0 || t >= doc.tokens.count || !((doc.cueBits[t] as number) & cue.bit)) return undefined;
  const { matches, index } = doc;
  let best: TokenSpan | undefined;
  for (let m = matches.head[t] as number; m < (matches.head[t + 1] as number); m++) {
    if (!((index.formCues[matches.form[m] as number] as number) & cue.bit)) continue;
    const span = { tokStart: t, tokEnd: matches.tokEnd[m] as number, start: matches.start[m] as number };
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
