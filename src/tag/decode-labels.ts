import { AFTER_NEWLINE } from '../tokenize/scan-tokens';
import { isValidTransition, LABEL_COUNT } from './tag-labels';

/** VALID[from * LABEL_COUNT + to], from = LABEL_COUNT for the start of a line. */
const VALID = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let from = 0; from <= LABEL_COUNT; from++) {
  for (let to = 0; to < LABEL_COUNT; to++) VALID[from * LABEL_COUNT + to] = isValidTransition(from === LABEL_COUNT ? -1 : from, to) ? 1 : 0;
}

/**
 * Viterbi over each line: the best sequence of labels given the per-token scores
 * (`emissions[t * LABEL_COUNT + label]`) and the transition scores, through valid transitions only
 * (no I-PER after O, none opening a line). A name does not run across a line break, so each line is
 * decoded alone. Writes the labels into `out`; `back` and `best` are scratch of count * LABEL_COUNT.
 */
export function decodeLabels(
  emissions: ArrayLike<number>,
  count: number,
  tokenFlags: Uint8Array,
  transitions: ArrayLike<number>,
  out: Uint8Array,
  scratch: { back: Uint8Array; best: Float64Array },
): void {
  const { back, best } = scratch;
  let lineStart = 0;
  for (let t = 0; t < count; t++) {
    const starts = t === 0 || (tokenFlags[t] & AFTER_NEWLINE) !== 0;
    const row = t * LABEL_COUNT;
    if (starts) {
      if (t > 0) backtrack(lineStart, t, best, back, out);
      lineStart = t;
      for (let to = 0; to < LABEL_COUNT; to++) {
        best[row + to] = VALID[LABEL_COUNT * LABEL_COUNT + to] ? emissions[row + to] + transitions[LABEL_COUNT * LABEL_COUNT + to] : -Infinity;
        back[row + to] = 0;
      }
      continue;
    }
    const previous = row - LABEL_COUNT;
    for (let to = 0; to < LABEL_COUNT; to++) {
      let score = -Infinity;
      let from = 0;
      for (let f = 0; f < LABEL_COUNT; f++) {
        if (!VALID[f * LABEL_COUNT + to]) continue;
        const s = best[previous + f] + transitions[f * LABEL_COUNT + to];
        if (s > score) {
          score = s;
          from = f;
        }
      }
      best[row + to] = score + emissions[row + to];
      back[row + to] = from;
    }
  }
  if (count > 0) backtrack(lineStart, count, best, back, out);
}

function backtrack(first: number, end: number, best: Float64Array, back: Uint8Array, out: Uint8Array): void {
  const last = (end - 1) * LABEL_COUNT;
  let label = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (best[last + l] > best[last + label]) label = l;
  for (let t = end - 1; t >= first; t--) {
    out[t] = label;
    label = back[t * LABEL_COUNT + label];
  }
}
