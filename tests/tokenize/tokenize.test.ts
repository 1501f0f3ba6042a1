import { tokenize } from '../../src/tokenize/tokenize';

const show = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize: kinds and boundaries', () => {
  test.each<[string, string, string[]]>([
    ['words with their marks', 'قالَ مُحَمَّدٌ', ['word:قالَ', 'word:مُحَمَّدٌ']],
    ['no space after punctuation', 'قال:إن،روسيا؛كذا؟', ['word:قال', 'punct::', 'word:إن', 'punct:،', 'word:روسيا', 'punct:؛', 'word:كذا', 'punct:؟']],
    ['a number glued to a word', '2017م', ['number:2017', 'word:م']],
    ['Arabic-Indic numbers with separators', '٣٫٥ و1,000 و3.14', ['number:٣٫٥', 'word:و', 'number:1,000', 'word:و', 'number:3.14']],
    ['a trailing separator is punctuation', '2017.', ['number:2017', 'punct:.']],
    ['Latin mixed in', 'شركة Apple وiPhone', ['word:شركة', 'latin:Apple', 'word:و', 'latin:iPhone']],
    ['emoji stay whole', 'روسيا😀🇷🇺', ['word:روسيا', 'symbol:😀', 'symbol:🇷', 'symbol:🇺']],
    ['guillemets and quotes', '«الجزيرة»', ['punct:«', 'word:الجزيرة', 'punct:»']],
    ['a bidi mark between letters separates words', 'كتاب\u200Fالعربي', ['word:كتاب', 'word:العربي']],
    ['tatweel stays inside its word', 'محمـــد', ['word:محمـــد']],
  ])('%s', (_case, input, expected) => {
    expect(show(input)).toEqual(expected);
  });

  test('every token is the slice of its offsets and has a folded form', () => {
    const input = 'أكّد ﻻعب في إيران ٢٠١٧';
    for (const token of tokenize(input)) {
      expect(input.slice(token.start, token.end)).toBe(token.text);
    }
    expect(tokenize(input).map((t) => t.normalized)).toEqual(['اكد', 'لاعب', 'في', 'ايران', '2017']);
  });

  test('tokenize follows the normalization switches', () => {
    expect(tokenize('إيران', { normalize: { alef: false } })[0]?.normalized).toBe('إيران');
  });
});

describe('tokenize: proclitic splits', () => {
  const splits = (word: string): string[] => (tokenize(word)[0]?.splits ?? []).map((s) => `${s.prefix}+${s.stem}`);
  test.each<[string, string[]]>([
    ['وروسيا', ['و+روسيا']],
    ['بموسكو', ['ب+موسكو']],
    ['لسوريا', ['ل+سوريا']],
    ['والعراق', ['و+العراق', 'وال+عراق']],
    ['بالعراق', ['ب+العراق', 'بال+عراق']],
    ['للامن', ['ل+الامن', 'لل+امن', 'ل+لامن']],
    ['وللامن', ['و+للامن', 'ول+الامن', 'ولل+امن', 'ول+لامن']],
    ['فبغداد', ['ف+بغداد', 'فب+غداد']],
    ['وكندا', ['و+كندا', 'وك+ندا']],
    ['ولي', []],
    ['قال', []],
  ])('%s → %j', (word, expected) => {
    expect(splits(word)).toEqual(expected);
  });

  test('a split starts at the stem in the original text', () => {
    const input = 'وَروسيا';
    const [split] = tokenize(input)[0]?.splits ?? [];
    expect(input.slice(split?.start)).toBe('روسيا');
  });
});
