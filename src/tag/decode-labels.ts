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
 * decoded alone. Writes the labels into `out`; `best` is scratch of count * LABEL_COUNT.
 *
 * The forward pass keeps only the best score of each label (a max, no branch to mispredict); the
 * backtrack finds the predecessor of the one label chosen at each token from those scores, as the
 * first predecessor of the highest score, the same one a back-pointer table would have kept.
 */
export function decodeLabels(
  emissions: ArrayLike<number>,
  count: number,
  tokenFlags: Uint8Array,
  transitions: ArrayLike<number>,
  out: Uint8Array,
  scratch: { best: Float64Array },
): void {
  // The forward pass takes the max over the nine previous scores unrolled.
  if (LABEL_COUNT !== 9) throw new Error(`decodeLabels reads 9 labels per token, but tag-labels.ts has ${LABEL_COUNT}`);
  const { best } = scratch;
  let lineStart = 0;
  for (let t = 0; t < count; t++) {
    const starts = t === 0 || (tokenFlags[t] & AFTER_NEWLINE) !== 0;
    const row = t * LABEL_COUNT;
    if (starts) {
      if (t > 0) backtrack(lineStart, t, best, transitions, out);
      lineStart = t;
      for (let to = 0; to < LABEL_COUNT; to++) {
        best[row + to] = VALID[LABEL_COUNT * LABEL_COUNT + to] ? emissions[row + to] + transitions[LABEL_COUNT * LABEL_COUNT + to] : -Infinity;
      }
      continue;
    }
    const previous = row - LABEL_COUNT;
    for (let to = 0; to < LABEL_COUNT; to++) {
      let score: number;
      // O and every B-X may follow any of the nine: one max over them, unrolled.
      if (FROM_START[to + 1] - FROM_START[to] === LABEL_COUNT) {
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
        score = -Infinity;
        for (let k = FROM_START[to], last = FROM_START[to + 1]; k < last; k++) {
          const f = FROM[k];
          score = Math.max(score, best[previous + f] + transitions[f * LABEL_COUNT + to]);
        }
      }
      best[row + to] = score + emissions[row + to];
    }
  }
  if (count > 0) backtrack(lineStart, count, best, transitions, out);
}

/** The labels of tokens [first, end) from the best scores: the best last label, then each one's best predecessor. */
function backtrack(first: number, end: number, best: Float64Array, transitions: ArrayLike<number>, out: Uint8Array): void {
  const last = (end - 1) * LABEL_COUNT;
  let label = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (best[last + l] > best[last + label]) label = l;
  out[end - 1] = label;
  for (let t = end - 1; t > first; t--) {
    const previous = (t - 1) * LABEL_COUNT;
    // Ascending, and a later predecessor wins only when strictly better: ties go to the first.
    let score = -Infinity;
    let from = 0;
    for (let k = FROM_START[label], stop = FROM_START[label + 1]; k < stop; k++) {
      const f = FROM[k];
      const s = best[previous + f] + transitions[f * LABEL_COUNT + label];
      if (s > score) {
        score = s;
        from = f;
      }
    }
    label = from;
    out[t - 1] = label;
  }
}
