import type { Doc } from '../document';
import { compileFoldTable } from '../normalize/compile-fold-table';
import { createFoldedBuffer, foldText, type FoldedBuffer } from '../normalize/fold-text';

/**
 * The letters the model's word features read: token t is `codes[start[t], end[t])`. The model was
 * trained on text folded by the default switches, so its word features must see those letters
 * whatever folds the caller asked for: with `normalize: { taMarbuta: false }` the lexicon matches
 * «القاهرة» with its ta marbuta kept, but the model knows the word only as «القاهره» (its word
 * features over the kept letters cost DEV20 1.4 points, those over alef 2.8: every such word was
 * new to it).
 */
export interface ModelLetters {
  readonly codes: Uint16Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** Refolds a document for the model; one per tagger, its buffers reused from one document to the next. */
export type Refold = (doc: Doc) => ModelLetters;

/**
 * A refold for an extractor whose folds are not the defaults, or undefined when they are (the
 * document's own folded text is then what the model reads). The whole input is folded once more
 * with the default table, and each token is given the default-folded units of its original range:
 * «القاهرة» kept with «ة» by the caller's folds is read as «القاهره». A token with no letter left
 * (a lone tatweel «\u0640 TATWEEL» kept by `tatweel: false`) reads as the empty word.
 */
export function createRefold(isDefault: boolean): Refold | undefined {
  if (isDefault) return undefined;
  const folds = compileFoldTable();
  let buffer: FoldedBuffer = createFoldedBuffer();
  let start = new Int32Array(0);
  let end = new Int32Array(0);
  return (doc) => {
    buffer = foldText(doc.input, folds, buffer);
    const { tokens, folded } = doc;
    const count = tokens.count;
    if (start.length < count) {
      start = new Int32Array(count * 2);
      end = new Int32Array(count * 2);
    }
    // Tokens come in order and do not overlap, so one walk over the default units serves them all.
    let at = 0;
    for (let t = 0; t < count; t++) {
      const from = folded.starts[tokens.start[t]];
      const to = folded.ends[tokens.end[t] - 1];
      while (at < buffer.length && buffer.starts[at] < from) at++;
      start[t] = at;
      while (at < buffer.length && buffer.starts[at] < to) at++;
      end[t] = at;
    }
    return { codes: buffer.codes, start, end };
  };
}
