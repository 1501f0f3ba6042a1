import { normalize } from '../../src/normalize/normalize';
import type { NormalizeOptions } from '../../src/types';

describe('normalize: every fold, on by default', () => {
  test.each<[string, string, string]>([
    ['harakat', 'مُحَمَّدٌ', 'محمد'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['Quranic marks', 'الرَّحِيمِ ۝', 'الرحيم '],
    ['small high marks U+0610–U+061A', 'محمد\u0610', 'محمد'],
    ['tatweel', 'محمـــد', 'محمد'],
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إيران', 'ايران'],
    ['alef with madda', 'آسيا', 'اسيا'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef maksura', 'مصطفى', 'مصطفي'],
    ['ta marbuta', 'الجزيرة', 'الجزيره'],
    ['hamza on waw', 'مؤتمر', 'موتمر'],
    ['hamza on yaa', 'رئيس', 'رييس'],
    ['Persian keheh and farsi yeh', 'کابلی', 'كابلي'],
    ['Persian gaf', 'گیلان', 'كيلان'],
    ['Persian peh, tcheh, jeh, veh', 'پچژڤ', 'بجزف'],
    ['heh with yeh above', 'خانۀ', 'خانه'],
    ['Kurdish ae', 'کوردستانە', 'كوردستانه'],
    ['Arabic-Indic digits', '٢٠١٧', '2017'],
    ['Persian digits', '۱۳۹۶', '1396'],
    ['presentation forms', 'ﺇﻳﺮﺍﻥ', 'ايران'],
    ['lam-alef ligature', 'ﻻ', 'لا'],
    ['isolated harakat form', 'ﹰب', 'ب'],
    ['zero-width space', 'ا\u200Bب', 'اب'],
    ['RLM and LRM', '\u200Fروسيا\u200E', 'روسيا'],
    ['bidi embeddings and isolates', '\u202Bروسيا\u202C \u2067مصر\u2069', 'روسيا مصر'],
    ['Arabic letter mark', '\u061Cلبنان', 'لبنان'],
    ['byte-order mark', '\uFEFFسوريا', 'سوريا'],
    ['zero-width non-joiner inside a word', 'می\u200Cخواهم', 'ميخواهم'],
  ])('%s: «%s» → «%s»', (_fold, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

describe('normalize: each fold can be switched off', () => {
  test.each<[keyof NormalizeOptions, string]>([
    ['harakat', 'مُحَمَّد'],
    ['quranicMarks', 'الرحيم ۝'],
    ['tatweel', 'محمـد'],
    ['alef', 'أحمد'],
    ['alefMaksura', 'مصطفى'],
    ['taMarbuta', 'الجزيرة'],
    ['hamzaCarriers', 'مؤتمر'],
    ['persianLetters', 'کابل'],
    ['digits', '٢٠١٧'],
    ['presentationForms', 'ﻻ'],
    ['controls', 'ا\u200Bب'],
  ])('%s: off keeps «%s»', (fold, input) => {
    expect(normalize(input, { [fold]: false }).text).toBe(input);
    expect(normalize(input).text).not.toBe(input);
  });

  test('a presentation form keeps its hamza when only the alef fold is off', () => {
    expect(normalize('ﺃ', { alef: false }).text).toBe('أ');
    expect(normalize('ﺃ').text).toBe('ا');
  });

  test.each<[unknown, string]>([
    [{ harakat: 'yes' }, 'normalize option "harakat" must be a boolean, got string'],
    [{ diacritics: false }, 'unknown normalize option "diacritics"; expected one of: harakat, quranicMarks, tatweel, alef, alefMaksura, taMarbuta, hamzaCarriers, persianLetters, digits, presentationForms, controls'],
  ])('rejects %j', (options, message) => {
    expect(() => normalize('x', options as NormalizeOptions)).toThrow(new TypeError(message));
  });
});

describe('normalize: the map back to original offsets', () => {
  test.each<[string, string, string]>([
    ['marks belong to the letter before them', 'قال مُحَمَّدٌ اليوم', 'محمد'],
    ['a ligature maps to the whole ligature', 'ﻻ تقل', 'لا'],
    ['a folded hamza keeps its offset', 'في إيران', 'ايران'],
    ['invisible controls around a word stay outside its span', 'في \u200Fروسيا\u200F اليوم', 'روسيا'],
    ['astral characters pass through', '😀 موسكو', 'موسكو'],
  ])('%s', (_case, input, word) => {
    const n = normalize(input);
    const at = n.text.indexOf(word);
    const { start, end } = n.toOriginal(at, at + word.length);
    expect(normalize(input.slice(start, end)).text).toBe(word);
    // the span is as wide as the word and its own marks, no wider
    expect(input.slice(start, end).trim()).toBe(input.slice(start, end));
  });

  test('the span of a word ends after its trailing diacritics', () => {
    const input = 'قال مُحَمَّدٌ';
    const n = normalize(input);
    expect(n.toOriginal(4, 8)).toEqual({ start: 4, end: input.length });
  });

  test('starts and ends are monotone, cover every kept character, and stay inside the input', () => {
    const input = 'أَكَّدَ \u200Fﻻ ﷺ 😀 محمـد';
    const n = normalize(input);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i] as number);
      if (i > 0) {
        expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1] as number);
        expect(n.ends[i]).toBeGreaterThanOrEqual(n.ends[i - 1] as number);
      }
      expect(n.ends[i]).toBeLessThanOrEqual(input.length);
    }
  });

  test('an empty range maps to a point; a bad range is a RangeError', () => {
    const n = normalize('اب');
    expect(n.toOriginal(1, 1)).toEqual({ start: 1, end: 1 });
    expect(n.toOriginal(2, 2)).toEqual({ start: 2, end: 2 });
    expect(() => n.toOriginal(1, 3)).toThrow(RangeError);
  });

  test.each(['أَكَّدَ امين المجلس الأعلى', 'ﻻ ﷺ ﹰ', '\u200F٢٠١٧ ۀ ی', 'ـــ ًٌ ']) ('is idempotent on «%s»', (input) => {
    const once = normalize(input).text;
    expect(normalize(once).text).toBe(once);
  });

  test.each([42, null, undefined, ['a']])('rejects a non-string (%p)', (value) => {
    expect(() => normalize(value as unknown as string)).toThrow(TypeError);
  });
});
