import { AFTER_NEWLINE } from '../tokenize/scan-tokens';
import { isValidTransition, LABEL_COUNT } from './tag-labels';

/** VALID[from * LABEL_COUNT + to], from = LABEL_COUNT for the start of a line. */
const VALID = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let from = 0; from <= LABEL_COUNT; from++) {
  for (let to = 0; to < LABEL_COUNT; to++) VALID[from * LABEL_COUNT + to] = isValidTransition(from === LABEL_COUNT ? -1 : from, to) ? 1 : 0;
}

/**
 * The predecessors decodeLabels unrolls: O and each B-X follow any label, I-X only B-X (the label
 * before it) and I-X itself. I-PER thus has two predecessors where O has nine: 48 of 81 pairs skipped.
 */
function hasBioShape(): boolean {
  for (let to = 0; to < LABEL_COUNT; to++) {
    for (let from = 0; from < LABEL_COUNT; from++) {
      const expected = to === 0 || (to & 1) === 1 || from === to - 1 || from === to;
      if ((VALID[from * LABEL_COUNT + to] === 1) !== expected) return false;
    }
    if ((VALID[LABEL_COUNT * LABEL_COUNT + to] === 1) !== (to === 0 || (to & 1) === 1)) return false;
  }
  return true;
}
const BIO_SHAPE = hasBioShape();

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
 * ascending order would keep (O, almost always, on the first try). The nine labels and their
 * predecessors are unrolled (hasBioShape): the previous token's nine scores are read once.
 */
export function decodeLabels(
  emissions: ArrayLike<number>,
  count: number,
  tokenFlags: Uint8Array,
  transitions: ArrayLike<number>,
  out: Uint8Array,
  scratch: { back: Uint8Array; best: Float64Array },
): void {
  if (LABEL_COUNT !== 9 || !BIO_SHAPE) throw new Error(`decodeLabels reads 9 BIO labels per token, but tag-labels.ts has ${LABEL_COUNT} (or other transitions)`);
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
    const p0 = best[previous];
    const p1 = best[previous + 1];
    const p2 = best[previous + 2];
    const p3 = best[previous + 3];
    const p4 = best[previous + 4];
    const p5 = best[previous + 5];
    const p6 = best[previous + 6];
    const p7 = best[previous + 7];
    const p8 = best[previous + 8];
    // O and B-X (0, 1, 3, 5, 7): any predecessor.
    for (let to = 0; to < LABEL_COUNT; to += to === 0 ? 1 : 2) {
      const s0 = p0 + transitions[to];
      const s1 = p1 + transitions[9 + to];
      const s2 = p2 + transitions[18 + to];
      const s3 = p3 + transitions[27 + to];
      const s4 = p4 + transitions[36 + to];
      const s5 = p5 + transitions[45 + to];
      const s6 = p6 + transitions[54 + to];
      const s7 = p7 + transitions[63 + to];
      const s8 = p8 + transitions[72 + to];
      const score = Math.max(s0, s1, s2, s3, s4, s5, s6, s7, s8);
      best[here + to] = score + emissions[row + to];
      back[row + to] =
        s0 === score ? 0 : s1 === score ? 1 : s2 === score ? 2 : s3 === score ? 3 : s4 === score ? 4 : s5 === score ? 5 : s6 === score ? 6 : s7 === score ? 7 : s8 === score ? 8 : 0;
    }
    // I-X (2, 4, 6, 8): B-X or I-X.
    for (let to = 2; to < LABEL_COUNT; to += 2) {
      const begin = (to === 2 ? p1 : to === 4 ? p3 : to === 6 ? p5 : p7) + transitions[(to - 1) * LABEL_COUNT + to];
      const inside = (to === 2 ? p2 : to === 4 ? p4 : to === 6 ? p6 : p8) + transitions[to * LABEL_COUNT + to];
      const score = Math.max(begin, inside);
      best[here + to] = score + emissions[row + to];
      back[row + to] = begin === score ? to - 1 : inside === score ? to : 0;
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
