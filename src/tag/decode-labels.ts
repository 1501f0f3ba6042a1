import { AFTER_NEWLINE } from '../tokenize/scan-tokens';
import { isValidTransition, LABEL_COUNT } from './tag-labels';

/** VALID[from * LABEL_COUNT + to], from = LABEL_COUNT for the start of a line. */
const VALID = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let from = 0; from <= LABEL_COUNT; from++) {
  for (let to = 0; to < LABEL_COUNT; to++) VALID[from * LABEL_COUNT + to] = isValidTransition(from === LABEL_COUNT ? -1 : from, to) ? 1 : 0;
}

/**
 * The valid predecessors of each label, ascending: `FROM[FROM_START[to] … FROM_START[to + 1])`.
 * I-PER has two (B-PER, I-PER) where O and B-X have all nine, so Viterbi skips 48 of 81 pairs.
 */
const FROM_START = new Uint8Array(LABEL_COUNT + 1);
const FROM = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
for (let to = 0, n = 0; to < LABEL_COUNT; to++) {
  FROM_START[to] = n;
  for (let from = 0; from < LABEL_COUNT; from++) if (VALID[from * LABEL_COUNT + to]) FROM[n++] = from;
  FROM_START[to + 1] = n;
}

/**
 * Viterbi over each line: the best sequence of labels given the per-token scores
 * (`emissions[t * LABEL_COUNT + label]`) and the transition scores, through valid transitions only
 * (no I-PER after O, none opening a line). A name does not run across a line break, so each line is
 * decoded alone. Writes the labels into `out`; `back` is scratch of count * LABEL_COUNT, `best` of
 * at least 2 * LABEL_COUNT (the scores of the previous token and of this one: a 1 MB line of «.»,
 * a million tokens, needs no 72 MB of them).
 *
 * Each label's best score is a max over its valid predecessors (no branch to mispredict); its
 * back-pointer is then the first predecessor that reaches that max, the one a strict comparison in
 * ascending order would keep (O, almost always, on the first try).
 */
export function decodeLabels(
  emissions: ArrayLike<number>,
  count: number,
  tokenFlags: Uint8Array,
  transitions: ArrayLike<number>,
  out: Uint8Array,
  scratch: { back: Uint8Array; best: Float64Array },
): void {
  // The max over the nine predecessors of O and of each B-X is unrolled.
  if (LABEL_COUNT !== 9) throw new Error(`decodeLabels reads 9 labels per token, but tag-labels.ts has ${LABEL_COUNT}`);
  const { back, best } = scratch;
  let lineStart = 0;
  for (let t = 0; t < count; t++) {
    const row = t * LABEL_COUNT;
    const here = (t & 1) * LABEL_COUNT;
    if (t === 0 || (tokenFlags[t] & AFTER_NEWLINE) !== 0) {
      if (t > 0) backtrack(lineStart, t, best, LABEL_COUNT - here, back, out);
      lineStart = t;
      for (let to = 0; to < LABEL_COUNT; to++) {
        best[here + to] = VALID[LABEL_COUNT * LABEL_COUNT + to] ? emissions[row + to] + transitions[LABEL_COUNT * LABEL_COUNT + to] : -Infinity;
        back[row + to] = 0;
      }
      continue;
    }
    const previous = LABEL_COUNT - here;
    for (let to = 0; to < LABEL_COUNT; to++) {
      const first = FROM_START[to];
      const last = FROM_START[to + 1];
      let score = -Infinity;
      if (last - first === LABEL_COUNT) {
        score = Math.max(
          best[previous] + transitions[to],
          best[previous + 1] + transitions[9 + to],
          best[previous + 2] + transitions[18 + to],
          best[previous + 3] + transitions[27 + to],
          best[previous + 4] + transitions[36 + to],
          best[previous + 5] + transitions[45 + to],
          best[previous + 6] + transitions[54 + to],
          best[previous + 7] + transitions[63 + to],
          best[previous + 8] + transitions[72 + to],
        );
      } else {
        for (let k = first; k < last; k++) score = Math.max(score, best[previous + FROM[k]] + transitions[FROM[k] * LABEL_COUNT + to]);
      }
      let from = 0;
      for (let k = first; k < last; k++) {
        if (best[previous + FROM[k]] + transitions[FROM[k] * LABEL_COUNT + to] === score) {
          from = FROM[k];
          break;
        }
      }
      best[here + to] = score + emissions[row + to];
      back[row + to] = from;
    }
  }
  if (count > 0) backtrack(lineStart, count, best, ((count - 1) & 1) * LABEL_COUNT, back, out);
}

/** The labels of tokens [first, end): the best last label (its scores at `best[lastRow …]`), then back-pointers. */
function backtrack(first: number, end: number, best: Float64Array, lastRow: number, back: Uint8Array, out: Uint8Array): void {
  let label = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (best[lastRow + l] > best[lastRow + label]) label = l;
  for (let t = end - 1; t >= first; t--) {
    out[t] = label;
    label = back[t * LABEL_COUNT + label];
  }
}
