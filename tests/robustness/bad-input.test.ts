import { createExtractor, extract, normalize, tokenize } from '../../src/index';

/** Values that are not strings, and how the error message names them. */
const NOT_STRINGS: readonly (readonly [string, unknown, string])[] = [
  ['a number', 42, 'number'],
  ['null', null, 'null'],
  ['undefined', undefined, 'undefined'],
  ['an object', { text: 'روسيا' }, 'an object'],
  ['an array', ['روسيا'], 'an array'],
  ['a Buffer', Buffer.from('روسيا'), 'an object'],
  ['a String object', new String('روسيا'), 'an object'],
  ['a symbol', Symbol('روسيا'), 'symbol'],
  ['a bigint', 10n, 'bigint'],
  ['a function', () => 'روسيا', 'function'],
  ['a boolean', true, 'boolean'],
];

type TextFunction = (text: string) => unknown;
const reused = createExtractor();
const FUNCTIONS: readonly (readonly [string, TextFunction, string])[] = [
  ['extract', (text) => extract(text), 'extract(text)'],
  ['extract with options', (text) => extract(text, { types: ['PERSON'] }), 'extract(text)'],
  ['createExtractor().extract', (text) => reused.extract(text), 'extract(text)'],
  ['normalize', (text) => normalize(text), 'normalize(text)'],
  ['tokenize', (text) => tokenize(text), 'tokenize(text)'],
];

describe.each(FUNCTIONS)('%s rejects what is not a string', (_name, run, callee) => {
  test.each(NOT_STRINGS)('%s', (_what, value, described) => {
    expect(() => run(value as string)).toThrow(new TypeError(`${callee}: expected text to be a string, got ${described}`));
    expect(() => run(value as string)).toThrow(TypeError);
  });
});

describe('empty and blank input', () => {
  test.each([
    ['empty', ''],
    ['spaces and line breaks', ' \n\r\n\t '],
    ['invisible controls only', '\u200b\u200f\u202b\u2066\u061c\ufeff'],
    ['harakat and tatweel only', '\u064e\u064f\u0651\u0640\u0640'],
    ['a NUL', '\u0000'],
    ['lone surrogates', '\ud800\udc00\udc00\ud800'],
  ])('%s: no entities', (_name, input) => {
    expect(extract(input)).toEqual([]);
    expect(reused.extract(input)).toEqual([]);
  });

  test('normalize of the empty string is empty with an empty map', () => {
    const result = normalize('');
    expect([result.text, result.original, [...result.starts], [...result.ends]]).toEqual(['', '', [], []]);
    expect(result.toOriginal(0, 0)).toEqual({ start: 0, end: 0 });
  });

  test('tokenize of the empty string is empty', () => {
    expect(tokenize('')).toEqual([]);
  });

  test.each([
    ['past the end', 0, 5, 'toOriginal(0, 5): expected 0 <= start <= end <= 4'],
    ['reversed', 3, 1, 'toOriginal(3, 1): expected 0 <= start <= end <= 4'],
    ['negative', -1, 2, 'toOriginal(-1, 2): expected 0 <= start <= end <= 4'],
    ['fractional', 0.5, 2, 'toOriginal(0.5, 2): expected 0 <= start <= end <= 4'],
  ])('toOriginal rejects a range %s with a RangeError', (_name, start, end, message) => {
    // «مُحَمَّد» folds to the four letters «محمد».
    expect(() => normalize('مُحَمَّد').toOriginal(start, end)).toThrow(new RangeError(message));
  });
});

describe('normalize and tokenize reject bad switches', () => {
  test.each([
    ['a non-boolean switch', { harakat: 'no' }, 'normalize option "harakat" must be a boolean, got string'],
    [
      'an unknown switch',
      { harakatt: false },
      'unknown normalize option "harakatt"; expected one of: harakat, quranicMarks, tatweel, alef, alefMaksura, taMarbuta, hamzaCarriers, persianLetters, digits, presentationForms, controls',
    ],
  ])('%s', (_name, switches, message) => {
    expect(() => normalize('روسيا', switches as never)).toThrow(new TypeError(message));
    expect(() => tokenize('روسيا', { normalize: switches as never })).toThrow(new TypeError(message));
  });
});
