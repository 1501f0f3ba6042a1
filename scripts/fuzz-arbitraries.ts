/**
 * fast-check generators of hostile Arabic text, shared by the property tests (tests/property) and
 * the long fuzz run (scripts/fuzz.js). Text is built from pieces weighted towards what real Arabic
 * news looks like (words, names glued to proclitics, punctuation), salted with what breaks offset
 * arithmetic: harakat and tatweel, every alef/hamza/yaa spelling, Persian letters, presentation forms
 * and ligatures that fold to several letters, emoji and lone surrogates, invisible and bidi controls.
 */
import fc, { type Arbitrary } from 'fast-check';
import { FOLD_NAMES } from '#alam/normalize/fold-table';
import type { NormalizeOptions } from '#alam/types';

export { FOLD_NAMES };

const fromCode = (code: number): string => String.fromCharCode(code);
const codeRange = (first: number, last: number): string[] => Array.from({ length: last - first + 1 }, (_, i) => fromCode(first + i));

/** The 36 letters of the Arabic alphabet proper, hamza to yaa (U+0621–U+063A, U+0641–U+064A). */
export const ARABIC_LETTERS: readonly string[] = [...codeRange(0x0621, 0x063a), ...codeRange(0x0641, 0x064a)];
/** Harakat and the other combining marks of the Arabic block (U+064B–U+065F), and the superscript alef U+0670. */
export const HARAKAT: readonly string[] = [...codeRange(0x064b, 0x065f), '\u0670'];
export const TATWEEL: string = '\u0640';
/** Every spelling that a fold merges: أ إ آ ٱ ا ء ؤ ئ ى ي ة ه. */
export const ALEF_HAMZA_YAA: readonly string[] = ['أ', 'إ', 'آ', 'ٱ', 'ا', 'ء', 'ؤ', 'ئ', 'ى', 'ي', 'ة', 'ه'];
export const PERSIAN_LETTERS: readonly string[] = ['ک', 'گ', 'ی', 'پ', 'چ', 'ژ', 'ڤ', 'ۀ', 'ە', 'ھ', 'ۃ'];
export const DIGITS: readonly string[] = [...codeRange(0x0660, 0x0669), ...codeRange(0x06f0, 0x06f9), ...codeRange(0x30, 0x39)];
export const PUNCTUATION: readonly string[] = ['،', '؛', '؟', '«', '»', '.', ':', '-', '(', ')', '"', '!', '–', '—', '/', '٫', '٬', ',', '\u061f', '…'];
/** Whitespace, line breaks and the invisible characters that must never end up splitting offsets. */
const SPACES = [' ', ' ', ' ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\u3000'];
export const CONTROLS: readonly string[] = [
  ...codeRange(0x200b, 0x200f), // ZERO WIDTH SPACE, ZWNJ, ZWJ, LRM, RLM
  ...codeRange(0x202a, 0x202e), // bidi embeddings and overrides
  ...codeRange(0x2066, 0x2069), // bidi isolates
  '\u061c', // ARABIC LETTER MARK
  '\u0000', // NUL
  '\ufeff', // BYTE ORDER MARK
  '\u00ad', // SOFT HYPHEN
  '\u2060', // WORD JOINER
  '\u0007', // BELL
];
/** Ligatures that fold to several letters: «ﻻ» → «لا», «ﷲ» → «الله», «ﷺ» → «صلى الله عليه وسلم». */
export const LIGATURES: readonly string[] = ['\ufefb', '\ufefc', '\ufef5', '\ufdfa', '\ufdf2', '\ufdfb', '\ufdf0', '\ufc39'];
/** Isolated and medial forms of harakat: «ﹰ» U+FE70, «ﹼ» U+FE7C, «ﱞ» U+FC5E (shadda with dammatan). */
export const MARK_FORMS: readonly string[] = ['\ufe70', '\ufe7c', '\ufc5e', '\ufcf2'];

/**
 * Whether a code unit is a presentation form that Unicode maps to more than one code unit
 * («ﻻ» → «لا»; the isolated harakat «ﹰ» → « ً» count as one: the space is dropped).
 */
export function isExpandingForm(code: number): boolean {
  if (!((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff))) return false;
  const mapped = String.fromCharCode(code).normalize('NFKC');
  return mapped.replace(/^ (?=\p{M})/u, '').length > 1;
}

/** The text without its expanding presentation forms. */
export function stripExpandingForms(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isExpandingForm(text.charCodeAt(i))) out += text[i];
  return out;
}

/**
 * Whether a code unit is an expanding presentation form whose first letter is a proclitic
 * (و ف ب ك ل): «ﻻ» → «لا», «ﲟ» → «بم». A proclitic split of a word starting with it falls inside
 * the one original character («ﻟﻼﺗﺤﺎﺩ» → لل + «(ا)تحاد»).
 */
export function isProcliticLigature(code: number): boolean {
  return isExpandingForm(code) && 'وفبكل'.includes(String.fromCharCode(code).normalize('NFKC').replace(/^ /, '').charAt(0));
}

/** The text without its expanding presentation forms that start with a proclitic letter. */
export function stripProcliticLigatures(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isProcliticLigature(text.charCodeAt(i))) out += text[i];
  return out;
}

/** Names of the bundled lexicon and cue words of the rules, so that the extractor actually fires. */
export const NAMES: readonly string[] = [
  'روسيا', 'موسكو', 'العراق', 'ايران', 'إيران', 'سوريا', 'سورية', 'لبنان', 'فرنسا', 'بغداد', 'القاهرة', 'دمشق',
  'طهران', 'الكويت', 'مصر', 'الأردن', 'فلسطين', 'الولايات المتحدة', 'الأمم المتحدة', 'خان شيخون', 'حماة',
  'علي شمخاني', 'نيكولاي باتروشيف', 'محمد', 'أحمد', 'مصطفى', 'موسى', 'بوتين', 'ترامب', 'الجزيرة', 'رويترز',
  'فارس', 'سانا', 'حزب الله', 'جامعة القاهرة', 'المجلس الاعلى للامن القومي',
];
const CUES = ['الرئيس', 'وزير الخارجية', 'مدينة', 'قرية', 'المصدر :', 'نقلا عن :', 'على', 'علي', 'إلى', 'الى', 'عن', 'في', 'بن', 'ابن', 'أبو', 'عبد'];
const PROCLITICS = ['', '', '', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'وب', 'فب', 'ول', 'ولل'];

const pick = (values: readonly string[]): Arbitrary<string> => fc.constantFrom(...values);

/** A run of Arabic letters, sometimes with harakat or tatweel after a letter: «مُحَمَّـد». */
export function arabicWord(maxLength = 9): Arbitrary<string> {
  const letter = fc.oneof({ arbitrary: pick(ARABIC_LETTERS), weight: 6 }, { arbitrary: pick(ALEF_HAMZA_YAA), weight: 2 }, { arbitrary: pick(PERSIAN_LETTERS), weight: 1 });
  const decorated = fc
    .tuple(letter, fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, { arbitrary: pick(HARAKAT), weight: 2 }, { arbitrary: fc.constant(TATWEEL), weight: 1 }, { arbitrary: fc.array(pick(HARAKAT), { minLength: 2, maxLength: 4 }).map((marks) => marks.join('')), weight: 1 }))
    .map(([l, mark]) => l + mark);
  return fc.array(decorated, { minLength: 1, maxLength }).map((letters) => letters.join(''));
}

/** A lexicon name behind a proclitic, «وروسيا», «بالعراق», «لموسكو», sometimes vowelled. */
const glued = fc.tuple(pick(PROCLITICS), pick([...NAMES, ...CUES]), fc.boolean()).map(([proclitic, name, vowel]) => proclitic + (vowel ? name.replace(/([^\s])/u, '$1\u064e') : name));

const presentationForm = fc.oneof(fc.integer({ min: 0xfb50, max: 0xfdff }), fc.integer({ min: 0xfe70, max: 0xfeff })).map(fromCode);
const emoji = fc.oneof(
  fc.integer({ min: 0x1f300, max: 0x1faff }).map((code) => String.fromCodePoint(code)),
  fc.constantFrom('\u{1f1f8}\u{1f1fe}', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', '\u2764\ufe0f', '\u{1f44d}\u{1f3fd}', '\u{20000}'),
);
const loneSurrogate = fc.oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff })).map(fromCode);
const latinWord = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
const number = fc.array(pick(DIGITS), { minLength: 1, maxLength: 6 }).map((digits) => digits.join(''));
const anyUnit = fc.string({ unit: 'binary', minLength: 1, maxLength: 3 });

/** One piece of text; the weights keep about two thirds of the pieces Arabic words and names. */
function piece(longWords: boolean): Arbitrary<string> {
  const pieces: { arbitrary: Arbitrary<string>; weight: number }[] = [
    { arbitrary: arabicWord(), weight: 30 },
    { arbitrary: glued, weight: 18 },
    { arbitrary: pick(SPACES), weight: 30 },
    { arbitrary: pick(PUNCTUATION), weight: 8 },
    { arbitrary: pick(HARAKAT), weight: 3 },
    { arbitrary: fc.constant(TATWEEL), weight: 2 },
    { arbitrary: pick(CONTROLS), weight: 3 },
    { arbitrary: number, weight: 3 },
    { arbitrary: latinWord, weight: 3 },
    { arbitrary: presentationForm, weight: 3 },
    { arbitrary: pick(LIGATURES), weight: 2 },
    { arbitrary: pick(MARK_FORMS), weight: 1 },
    { arbitrary: emoji, weight: 2 },
    { arbitrary: loneSurrogate, weight: 1 },
    { arbitrary: anyUnit, weight: 1 },
  ];
  if (longWords) pieces.push({ arbitrary: arabicWord(600), weight: 1 });
  return fc.oneof(...pieces);
}

/** Anything that may land in the middle of a word: a mark, tatweel, a control, an emoji, half of one. */
const salt = fc.oneof(pick(HARAKAT), fc.constant(TATWEEL), pick(CONTROLS), pick(LIGATURES), pick(MARK_FORMS), presentationForm, emoji, loneSurrogate, pick(PUNCTUATION), anyUnit);

/**
 * A news-like sentence: names behind proclitics, title and place cues, words, credit lines
 * («المصدر : فارس»), punctuation; then a few hostile characters inserted anywhere, even inside
 * a word or between the halves of an emoji.
 */
export function arabicSentence(maxWords: number): Arbitrary<string> {
  const word = fc.oneof({ arbitrary: glued, weight: 4 }, { arbitrary: pick(CUES), weight: 2 }, { arbitrary: arabicWord(7), weight: 3 }, { arbitrary: number, weight: 1 });
  const separator = fc.oneof({ arbitrary: fc.constant(' '), weight: 8 }, { arbitrary: pick(PUNCTUATION).map((mark) => ` ${mark} `), weight: 1 }, { arbitrary: pick(PUNCTUATION).map((mark) => `${mark} `), weight: 1 }, { arbitrary: fc.constant('\n'), weight: 1 });
  const words = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: maxWords }).map((pairs) => pairs.map(([w, sep]) => w + sep).join(''));
  return fc.tuple(words, fc.array(fc.tuple(fc.nat(), salt), { maxLength: 3 })).map(([text, salts]) =>
    salts.reduce((out, [at, unit]) => {
      const position = at % (out.length + 1);
      return out.slice(0, position) + unit + out.slice(position);
    }, text),
  );
}

/**
 * Hostile Arabic text: either a soup of up to `maxPieces` pieces (words, names, spaces, marks,
 * controls …) or a salted news-like sentence. `longWords` adds, rarely, words of up to 600 letters;
 * `expandingForms: false` leaves out the presentation forms that fold to several code units, and
 * `procliticLigatures: false` only those of them whose first letter is a proclitic.
 */
export interface ArabicTextOptions {
  readonly maxPieces?: number;
  readonly longWords?: boolean;
  readonly expandingForms?: boolean;
  readonly procliticLigatures?: boolean;
}

export function arabicText({ maxPieces = 40, longWords = true, expandingForms = true, procliticLigatures = true }: ArabicTextOptions = {}): Arbitrary<string> {
  const soup = fc.array(piece(longWords), { maxLength: maxPieces }).map((pieces) => pieces.join(''));
  const text = fc.oneof(soup, arabicSentence(Math.ceil(maxPieces / 2)));
  if (!expandingForms) return text.map(stripExpandingForms);
  return procliticLigatures ? text : text.map(stripProcliticLigatures);
}

/** Normalization switch sets: all on, all off, or each fold on or off at random. */
export const normalizeSwitches: Arbitrary<NormalizeOptions> = fc.oneof(
  fc.constant({}),
  fc.constant(Object.fromEntries(FOLD_NAMES.map((name) => [name, false]))),
  fc.record(Object.fromEntries(FOLD_NAMES.map((name) => [name, fc.boolean()])), { requiredKeys: [] }),
);

