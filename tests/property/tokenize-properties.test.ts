import fc from 'fast-check';
import { normalize, tokenize } from '../../src/index';
import { arabicText, normalizeSwitches } from '../../scripts/fuzz-arbitraries';
import { checkTokens } from '../../scripts/fuzz-invariants';

/**
 * Tokens are sorted, disjoint, exact slices of the input that never cut a surrogate pair, and
 * each one's normalized form is the fold of its text.
 */
const text = arabicText();

describe('tokenize: invariants on hostile Arabic text', () => {
  test('all folds on', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(checkTokens(input, tokenize(input), { normalize: (value) => normalize(value).text })).toEqual([]);
      }),
      { numRuns: 4000 },
    );
  });

  test('any combination of switches', () => {
    fc.assert(
      fc.property(normalizeSwitches, text, (switches, input) => {
        const tokens = tokenize(input, { normalize: switches });
        expect(checkTokens(input, tokens, { normalize: (value) => normalize(value, switches).text })).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  // Tatweel (U+0640) and the isolated harakat forms («ﹰ» U+FE70) are letters to Unicode but fold away.
  const survives = (unit: string): boolean => /[\p{L}\p{Nd}]/u.test(unit) && normalize(unit).text !== '';

  test('the tokens cover every letter and digit of the input that survives folding', () => {
    fc.assert(
      fc.property(text, (input) => {
        const tokens = tokenize(input);
        const covered = new Uint8Array(input.length);
        for (const token of tokens) covered.fill(1, token.start, token.end);
        const missed = [...input].map((_, i) => i).filter((i) => survives(input[i] as string) && !covered[i]);
        expect(missed).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
