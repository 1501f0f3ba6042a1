import { createExtractor, extract, LexiconError, type ExtractorOptions } from '../../src/index';

const KEYS = 'types, normalize, entries, bundledLexicon, nested, fuzzy, model, conventions';
const TYPES = 'PERSON, COUNTRY, ORGANIZATION, PLACE, NATIONALITY';

describe('createExtractor rejects bad options with a TypeError naming the option', () => {
  test.each<[string, unknown, string]>([
    ['null', null, 'createExtractor(options): expected an options object, got null'],
    ['a string', 'PERSON', 'createExtractor(options): expected an options object, got string'],
    ['an array', ['PERSON'], 'createExtractor(options): expected an options object, got an array'],
    ['an unknown option', { type: ['PERSON'] }, `createExtractor(options): unknown option "type"; expected one of ${KEYS}`],
    ['types that are not an array', { types: 'PERSON' }, 'option "types": expected an array of entity types, got string'],
    ['an unknown entity type', { types: ['PERSON', 'CITY'] }, `option "types": unknown entity type "CITY"; expected ${TYPES}`],
    ['a lowercase entity type', { types: ['person'] }, `option "types": unknown entity type "person"; expected ${TYPES}`],
    ['nested that is not a boolean', { nested: 'yes' }, 'option "nested": expected a boolean, got string'],
    ['bundledLexicon that is not a boolean', { bundledLexicon: 0 }, 'option "bundledLexicon": expected a boolean, got number'],
    ['fuzzy that is a string', { fuzzy: 'on' }, 'option "fuzzy": expected a boolean or { minLength?, threshold? }, got string'],
    ['fuzzy that is null', { fuzzy: null }, 'option "fuzzy": expected a boolean or { minLength?, threshold? }, got null'],
    ['an unknown fuzzy key', { fuzzy: { minLen: 4 } }, 'option "fuzzy": unknown key "minLen"; expected minLength, threshold'],
    ['a fuzzy minLength below 3', { fuzzy: { minLength: 2 } }, 'option "fuzzy.minLength": expected an integer >= 3, got 2'],
    ['a fractional fuzzy minLength', { fuzzy: { minLength: 4.5 } }, 'option "fuzzy.minLength": expected an integer >= 3, got 4.5'],
    ['a fuzzy threshold of 0', { fuzzy: { threshold: 0 } }, 'option "fuzzy.threshold": expected a number in (0, 1], got 0'],
    ['a fuzzy threshold above 1', { fuzzy: { threshold: 1.5 } }, 'option "fuzzy.threshold": expected a number in (0, 1], got 1.5'],
    ['a fuzzy threshold that is a string', { fuzzy: { threshold: '0.9' } }, 'option "fuzzy.threshold": expected a number in (0, 1], got 0.9'],
    ['unknown conventions', { conventions: 'ace' }, `option "conventions": expected one of 'general', 'anercorp', got string`],
    ['conventions in capitals', { conventions: 'ANERcorp' }, `option "conventions": expected one of 'general', 'anercorp', got string`],
    ['conventions that are not a string', { conventions: true }, `option "conventions": expected one of 'general', 'anercorp', got boolean`],
    ['a normalize switch that is not a boolean', { normalize: { alef: 1 } }, 'normalize option "alef" must be a boolean, got number'],
    [
      'an unknown normalize switch',
      { normalize: { diacritics: false } },
      'unknown normalize option "diacritics"; expected one of: harakat, quranicMarks, tatweel, alef, alefMaksura, taMarbuta, hamzaCarriers, persianLetters, digits, presentationForms, controls',
    ],
  ])('%s', (_name, options, message) => {
    expect(() => createExtractor(options as ExtractorOptions)).toThrow(new TypeError(message));
    expect(() => createExtractor(options as ExtractorOptions)).toThrow(TypeError);
  });

  test('extract(text, options) rejects the same options', () => {
    expect(() => extract('روسيا', { types: ['CITY'] } as unknown as ExtractorOptions)).toThrow(new TypeError(`option "types": unknown entity type "CITY"; expected ${TYPES}`));
  });

  // A `normalize` option that is not an object would otherwise mean «all folds on» and silently
  // ignore what the caller meant.
  test.each<[string, unknown]>([
    ['true', true],
    ['a number', 5],
    ['null', null],
  ])('normalize option that is %s is a TypeError', (_name, value) => {
    expect(() => createExtractor({ normalize: value } as ExtractorOptions)).toThrow(TypeError);
  });

  test('a normalize option that is an array is a TypeError', () => {
    expect(() => createExtractor({ normalize: ['harakat'] } as unknown as ExtractorOptions)).toThrow(TypeError);
  });

  test('entries that are not an array are a LexiconError', () => {
    expect(() => createExtractor({ entries: 'people.json' } as unknown as ExtractorOptions)).toThrow(
      new LexiconError('expected entries to be an array of { type, name, variants?, id?, subtype? }, got string'),
    );
  });

  test('good options still work', () => {
    const extractor = createExtractor({ types: ['COUNTRY'], nested: false, bundledLexicon: true, fuzzy: { minLength: 5, threshold: 0.9 }, normalize: { harakat: true } });
    expect(extractor.extract('زار بوتين روسيا').map((entity) => [entity.type, entity.text])).toEqual([['COUNTRY', 'روسيا']]);
  });
});
