import fc from 'fast-check';
import { normalize, tokenize } from '../../src/index';
import { arabicText, normalizeSwitches } from '../../scripts/fuzz-arbitraries';
import { checkNormalized } from '../../scripts/fuzz-invariants';

/**
 * normalize is idempotent, its map is monotone (starts and ends non-decreasing, starts[i] < ends[i],
 * inside the input), covers every code unit no fold deletes, folds each original piece back to the
 * same text alone as in context, and toOriginal follows the map.
 */
const api = { normalize, tokenize };
const text = arabicText();

describe('normalize: invariants on hostile Arabic text', () => {
  test('all folds on', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(checkNormalized(input, normalize(input), api)).toEqual([]);
      }),
      { numRuns: 4000 },
    );
  });

  test('any combination of switches', () => {
    fc.assert(
      fc.property(normalizeSwitches, text, (switches, input) => {
        expect(checkNormalized(input, normalize(input, switches), api, switches)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  test('toOriginal maps every folded range to the original text that folds to it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (input, a, b) => {
        const result = normalize(input);
        const n = result.text.length;
        // Round both ends down to the start of a group (the units of one ligature share a range).
        const boundary = (k: number): number => {
          let at = k % (n + 1);
          while (at > 0 && at < n && result.starts[at] === result.starts[at - 1]) at--;
          return at;
        };
        const [s, e] = [boundary(a), boundary(b)].sort((x, y) => x - y) as [number, number];
        const { start, end } = result.toOriginal(s, e);
        expect(start).toBeLessThanOrEqual(end);
        expect(normalize(input.slice(start, end)).text).toBe(result.text.slice(s, e));
      }),
      { numRuns: 3000 },
    );
  });
});
