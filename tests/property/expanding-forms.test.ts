import fc from 'fast-check';
import { createExtractor, extract, normalize, tokenize } from '../../src/index';
import { arabicText } from '../../scripts/fuzz-arbitraries';
import { checkInput, checkTokens } from '../../scripts/fuzz-invariants';

/**
 * Presentation forms that fold to several letters: the ligatures «ﻻ» U+FEFB → «لا», «ﷲ» U+FDF2 →
 * «الله», and those that fold to several WORDS: «ﷺ» U+FDFA → «صلى الله عليه وسلم», «ﷻ» U+FDFB →
 * «جل جلاله». Two bugs these tests caught, and now guard against:
 * - A: foldText once sized its buffer for the input plus the current expansion only; after two long
 *   expansions the rest of the text overflowed it.
 * - B: scanTokens once split an expansion at its spaces into several tokens sharing one original
 *   range, so tokens overlapped («ﷺ» → «صلي» [4, 5), «الله» [4, 5) …) and an entity could end inside
 *   the ligature, before the haraka that follows it.
 */
const project = (input: string) => tokenize(input).map(({ kind, start, end, text, normalized }) => ({ kind, start, end, text, normalized }));

describe('presentation forms that expand to several letters', () => {
  test.each([
    ['«ﺇﻳﺮﺍﻥ» (no ligature)', 'ﺇﻳﺮﺍﻥ', 'ايران'],
    ['«ﺳﻼﻡ» (with the lam-alef ligature U+FEFC)', 'ﺳﻼﻡ', 'سلام'],
    ['«الﻼجئين»', 'الﻼجئين', 'اللاجيين'],
    ['«ﷲ»', 'ﷲ', 'الله'],
  ])('%s is one token', (_name, input, normalized) => {
    expect(project(input)).toEqual([{ kind: 'word', start: 0, end: input.length, text: input, normalized }]);
  });

  test('A: normalize survives two «ﷺ» before a long text', () => {
    const input = `ﷺﷺ${'ا'.repeat(60)}`;
    expect(normalize(input).text).toBe(`${'صلي الله عليه وسلم'.repeat(2)}${'ا'.repeat(60)}`);
  });

  test('A: tokenize survives two «ﷺ» before a long text', () => {
    expect(tokenize(`ﷺﷺ ${'ا'.repeat(60)}`).at(-1)).toMatchObject({ start: 3, end: 63 });
  });

  test('A: a fresh extractor still reads the end of a text that starts with two «ﷺ»', () => {
    // The buffer is a power of two at least the input length + 16: these lengths cross 1024.
    const lost: number[] = [];
    for (let padding = 0; padding < 128; padding++) {
      const input = `ﷺﷺ.${' '.repeat(padding)}${' في روسيا'.repeat(100)}`;
      const last = createExtractor().extract(input).at(-1);
      if (last?.end !== input.length) lost.push(padding);
    }
    expect(lost).toEqual([]);
  });

  test.each([
    ['«ﷺ»', 'قال ﷺ ذلك'],
    ['«ﷻ»', 'الله ﷻ'],
  ])('B: the words of %s do not overlap', (_name, input) => {
    expect(checkTokens(input, tokenize(input), { normalize: (value) => normalize(value).text })).toEqual([]);
  });

  // With harakat kept (harakat: false), a haraka after a ligature that folds to several words stays
  // in its token, so an entity ending on «ﷺ» ends after its haraka, as after «ﻻ» («ﻻَ» is one token).
  test.each([
    ['«ﷺ» and a damma', 'ﷺ\u064f'],
    ['«ﷻ» and U+065F WAVY HAMZA BELOW', 'ﷻ\u065f'],
  ])("B': with harakat kept, %s are one token", (_name, input) => {
    expect(tokenize(input, { normalize: { harakat: false } }).map(({ start, end }) => [start, end])).toEqual([[0, 2]]);
  });

  test("with harakat kept, «ﻻَ» is one token", () => {
    expect(tokenize('\ufefb\u064e', { normalize: { harakat: false } }).map(({ start, end }) => [start, end])).toEqual([[0, 2]]);
  });

  // A proclitic inside a lam-alef ligature («ﻻﺭﻳﺤﺎ» = ل + «أريحا», to Jericho) cannot be left out of
  // the span, which holds the whole ligature; `normalized` is then the fold of the span's text «لاريحا».
  test.each([
    ['«ﻻﺭﻳﺤﺎ» (to Jericho)', '\ufefb\ufead\ufef3\ufea4\ufe8e'],
    ['«ﻻلﲨ»', '\ufefbل\ufca8'],
  ])("B'': the normalized form of every entity in %s is the fold of its text", (_name, input) => {
    const entities = extract(input);
    expect(entities.map((entity) => [entity.text, entity.normalized])).toEqual(entities.map((entity) => [entity.text, normalize(entity.text).text]));
  });

  // A fixed seed: the run is the same every time.
  test('A and B: the invariants hold on hostile text with expanding forms', () => {
    const extractor = createExtractor();
    fc.assert(
      fc.property(arabicText(), (input) => {
        expect(checkInput({ normalize, tokenize }, extractor, input, {})).toEqual([]);
      }),
      { numRuns: 2000, seed: 20240523 },
    );
  });
});
