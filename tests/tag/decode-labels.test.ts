import { decodeLabels } from '../../src/tag/decode-labels';
import { isValidTransition, LABEL_COUNT, LABELS } from '../../src/tag/tag-labels';
import { AFTER_NEWLINE } from '../../src/tokenize/scan-tokens';

const label = (name: string): number => (LABELS as readonly string[]).indexOf(name);

/** Labels decoded from per-token favourites: each token's favourite scores 1, the rest 0. */
function decode(favourites: readonly string[], lineStarts: readonly number[] = []): string[] {
  const count = favourites.length;
  const emissions = new Float64Array(count * LABEL_COUNT);
  favourites.forEach((name, t) => (emissions[t * LABEL_COUNT + label(name)] = 1));
  const flags = new Uint8Array(count);
  for (const t of lineStarts) flags[t] = AFTER_NEWLINE;
  const out = new Uint8Array(count);
  decodeLabels(emissions, count, flags, new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT), out, { back: new Uint8Array(count * LABEL_COUNT), best: new Float64Array(count * LABEL_COUNT) });
  return [...out].map((l) => LABELS[l] as string);
}

describe('decodeLabels: Viterbi through valid transitions only', () => {
  test('follows the scores where they are valid', () => {
    expect(decode(['O', 'B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  test('no I- opens a span: after O, after another class, first on a line', () => {
    for (const labels of [decode(['I-PER', 'O']), decode(['O', 'I-ORG']), decode(['B-PER', 'I-LOC']), decode(['B-PER', 'I-PER', 'I-PER'], [1])]) {
      labels.forEach((name, t) => expect(isValidTransition(t === 0 ? -1 : label(labels[t - 1] as string), label(name))).toBe(true));
    }
    expect(decode(['B-PER', 'I-PER', 'I-PER'], [2])[2]).not.toBe('I-PER');
  });
});
