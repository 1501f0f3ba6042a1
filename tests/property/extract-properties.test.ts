import fc from 'fast-check';
import { DEFAULT_TYPES, ENTITY_TYPES, createExtractor, extract, normalize, type Extractor, type NormalizeOptions } from '../../src/index';
import { arabicText } from '../../scripts/fuzz-arbitraries';
import { checkEntities } from '../../scripts/fuzz-invariants';

/**
 * Whatever the text, extract never throws and every entity is an exact, whole-character span:
 * `input.slice(start, end) === text`, no emoji cut in half, no haraka cut off its letter, sorted and
 * disjoint, including around presentation forms that fold to several letters or words («ﻻ», «ﷺ»).
 */
const text = arabicText();

function foldWith(switches: NormalizeOptions): (value: string) => string {
  return (value) => normalize(value, switches).text;
}

describe('extract: invariants on hostile Arabic text', () => {
  test('the default extractor', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(checkEntities(input, extract(input), { types: new Set(DEFAULT_TYPES), normalize: foldWith({}) })).toEqual([]);
      }),
      { numRuns: 4000 },
    );
  });

  test('every type and nested entities', () => {
    const extractor = createExtractor({ types: ENTITY_TYPES, nested: true });
    fc.assert(
      fc.property(text, (input) => {
        expect(checkEntities(input, extractor.extract(input), { types: new Set(ENTITY_TYPES), normalize: foldWith({}) })).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  // Fuzzy matching costs about a hundred times more per word: fewer runs, shorter texts.
  test('fuzzy matching', () => {
    const extractor = createExtractor({ fuzzy: true });
    fc.assert(
      fc.property(arabicText({ maxPieces: 20 }), (input) => {
        expect(checkEntities(input, extractor.extract(input), { types: new Set(DEFAULT_TYPES), normalize: foldWith({}) })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('one extractor reused on many texts gives what a fresh one gives', () => {
    const reused = createExtractor();
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), (inputs) => {
        const fresh = createExtractor();
        for (const input of inputs) expect(reused.extract(input)).toEqual(fresh.extract(input));
      }),
      { numRuns: 300 },
    );
  });

  // Each switch set rebuilds the lexicon index (about half a second), so a few representative ones.
  const SWITCH_SETS: readonly NormalizeOptions[] = [
    { harakat: false, quranicMarks: false, tatweel: false, alef: false, alefMaksura: false, taMarbuta: false, hamzaCarriers: false, persianLetters: false, digits: false, presentationForms: false, controls: false },
    { harakat: false },
    { tatweel: false, controls: false },
    { alef: false, alefMaksura: false, taMarbuta: false, hamzaCarriers: false },
    { presentationForms: false, persianLetters: false, digits: false, quranicMarks: false },
  ];
  const extractors = new Map<NormalizeOptions, Extractor>();
  const extractorFor = (switches: NormalizeOptions): Extractor => {
    let extractor = extractors.get(switches);
    if (!extractor) {
      extractor = createExtractor({ normalize: switches });
      extractors.set(switches, extractor);
    }
    return extractor;
  };

  test.each(SWITCH_SETS.map((switches) => [JSON.stringify(switches), switches] as const))('normalization switches %s', (_name, switches) => {
    const extractor = extractorFor(switches);
    fc.assert(
      fc.property(text, (input) => {
        expect(checkEntities(input, extractor.extract(input), { types: new Set(DEFAULT_TYPES), normalize: foldWith(switches) })).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});
