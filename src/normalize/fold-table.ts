import type { NormalizeOptions } from '../types';

export type FoldName = keyof NormalizeOptions;

/** The folds in the order they are documented; all are on by default. */
export const FOLD_NAMES: readonly FoldName[] = [
  'harakat',
  'quranicMarks',
  'tatweel',
  'alef',
  'alefMaksura',
  'taMarbuta',
  'hamzaCarriers',
  'persianLetters',
  'digits',
  'presentationForms',
  'controls',
];

/**
 * What a fold does with a character:
 * - a string: replace it (possibly by several characters, possibly by nothing);
 * - `MARK`: delete it, and let the preceding character's span cover it, so that a span can never
 *   end between a letter and its diacritics: «محمدٌ» → «محمد» and the span still covers the tanween;
 * - `DROP`: delete it without attaching it to anything (invisible controls between words).
 */
export const MARK = 0;
export const DROP = 1;
export type FoldAction = string | typeof MARK | typeof DROP;

export interface FoldRow {
  readonly fold: FoldName;
  /** One code point, or an inclusive range `[first, last]`. */
  readonly from: number | readonly [number, number];
  /** The replacement; for a range, a string applies to every character of it. */
  readonly to: FoldAction;
  /** Computed rows: the presentation forms, expanded from Unicode's compatibility mappings. */
  readonly compatibility?: true;
}

/**
 * The normalization table, in the spirit of camel_tools' CharMapper: data, not code.
 * Rows are applied repeatedly until nothing changes, so a presentation form of «أ» folds to «ا»
 * when both `presentationForms` and `alef` are on, and stays «أ» when `alef` is off.
 */
export const FOLD_TABLE: readonly FoldRow[] = [
  // Harakat (fathatan … sukun, and the extended marks up to U+065F) and the superscript alef of «هٰذا».
  { fold: 'harakat', from: [0x064b, 0x065f], to: MARK },
  { fold: 'harakat', from: 0x0670, to: MARK },
  // Quranic annotation marks (small high ligatures, small waw/yaa, end of ayah, sajdah …).
  { fold: 'quranicMarks', from: [0x06d6, 0x06ed], to: MARK },
  { fold: 'quranicMarks', from: [0x0610, 0x061a], to: MARK },
  // Tatweel stretches a word for layout: «محمـــد» → «محمد».
  { fold: 'tatweel', from: 0x0640, to: MARK },

  // Alef with hamza above/below, madda, wasla and the rarer alef forms: «أحمد»، «إيران»، «آسيا» → «احمد»، «ايران»، «اسيا».
  { fold: 'alef', from: 0x0623, to: '\u0627' },
  { fold: 'alef', from: 0x0625, to: '\u0627' },
  { fold: 'alef', from: 0x0622, to: '\u0627' },
  { fold: 'alef', from: 0x0671, to: '\u0627' },
  { fold: 'alef', from: [0x0672, 0x0673], to: '\u0627' },
  { fold: 'alef', from: 0x0675, to: '\u0627' },
  // Alef maksura written for final yaa (Egyptian usage): «مصطفى» and «مصطفي» meet.
  { fold: 'alefMaksura', from: 0x0649, to: '\u064a' },
  // Ta marbuta / heh at word end vary in practice: «الجزيرة» and «الجزيره» meet.
  { fold: 'taMarbuta', from: 0x0629, to: '\u0647' },
  // Hamza on carriers: «مؤتمر» → «موتمر»، «رئيس» → «رييس».
  { fold: 'hamzaCarriers', from: 0x0624, to: '\u0648' },
  { fold: 'hamzaCarriers', from: 0x0626, to: '\u064a' },
  { fold: 'hamzaCarriers', from: 0x0676, to: '\u0648' },
  { fold: 'hamzaCarriers', from: 0x0678, to: '\u064a' },

  // Persian and Urdu letters in Arabic text: «پوتین» → «بوتين», «کابل» → «كابل», «گیلان» → «كيلان».
  { fold: 'persianLetters', from: 0x06a9, to: '\u0643' }, // keheh ک
  { fold: 'persianLetters', from: 0x06aa, to: '\u0643' }, // swash kaf ڪ
  { fold: 'persianLetters', from: 0x06ad, to: '\u0643' }, // ng ڭ
  { fold: 'persianLetters', from: 0x06af, to: '\u0643' }, // gaf گ
  { fold: 'persianLetters', from: 0x06b3, to: '\u0643' }, // gueh ڳ
  { fold: 'persianLetters', from: 0x06cc, to: '\u064a' }, // farsi yeh ی
  { fold: 'persianLetters', from: [0x06cd, 0x06ce], to: '\u064a' }, // yeh with tail ۍ, yeh with v ێ
  { fold: 'persianLetters', from: 0x06d0, to: '\u064a' }, // e ې
  { fold: 'persianLetters', from: [0x06d2, 0x06d3], to: '\u064a' }, // yeh barree ے ۓ
  { fold: 'persianLetters', from: 0x06c0, to: '\u0647' }, // heh with yeh above ۀ
  { fold: 'persianLetters', from: [0x06c1, 0x06c2], to: '\u0647' }, // heh goal ہ ۂ
  { fold: 'persianLetters', from: 0x06c3, to: '\u0629' }, // ta marbuta goal ۃ → ة (then ه if taMarbuta)
  { fold: 'persianLetters', from: 0x06be, to: '\u0647' }, // heh doachashmee ھ
  { fold: 'persianLetters', from: 0x06d5, to: '\u0647' }, // ae ە
  { fold: 'persianLetters', from: 0x067e, to: '\u0628' }, // peh پ
  { fold: 'persianLetters', from: 0x0686, to: '\u062c' }, // tcheh چ
  { fold: 'persianLetters', from: 0x0698, to: '\u0632' }, // jeh ژ
  { fold: 'persianLetters', from: 0x06a4, to: '\u0641' }, // veh ڤ
  { fold: 'persianLetters', from: 0x06a5, to: '\u0641' }, // feh with three dots below ڥ
  { fold: 'persianLetters', from: 0x06a8, to: '\u0642' }, // qaf with three dots above ڨ
  { fold: 'persianLetters', from: 0x06a0, to: '\u063a' }, // ain with three dots ڠ
  { fold: 'persianLetters', from: 0x0679, to: '\u062a' }, // tteh ٹ
  { fold: 'persianLetters', from: 0x0688, to: '\u062f' }, // ddal ڈ
  { fold: 'persianLetters', from: 0x0691, to: '\u0631' }, // rreh ڑ
  { fold: 'persianLetters', from: 0x06ba, to: '\u0646' }, // noon ghunna ں
  { fold: 'persianLetters', from: [0x06c4, 0x06cb], to: '\u0648' }, // waw variants ۄ … ۋ
  { fold: 'persianLetters', from: 0x06cf, to: '\u0648' }, // waw with dot above ۏ

  // Digits: «٢٠١٧» and «۲۰۱۷» → «2017».
  { fold: 'digits', from: 0x0660, to: '0' },
  { fold: 'digits', from: 0x0661, to: '1' },
  { fold: 'digits', from: 0x0662, to: '2' },
  { fold: 'digits', from: 0x0663, to: '3' },
  { fold: 'digits', from: 0x0664, to: '4' },
  { fold: 'digits', from: 0x0665, to: '5' },
  { fold: 'digits', from: 0x0666, to: '6' },
  { fold: 'digits', from: 0x0667, to: '7' },
  { fold: 'digits', from: 0x0668, to: '8' },
  { fold: 'digits', from: 0x0669, to: '9' },
  { fold: 'digits', from: 0x06f0, to: '0' },
  { fold: 'digits', from: 0x06f1, to: '1' },
  { fold: 'digits', from: 0x06f2, to: '2' },
  { fold: 'digits', from: 0x06f3, to: '3' },
  { fold: 'digits', from: 0x06f4, to: '4' },
  { fold: 'digits', from: 0x06f5, to: '5' },
  { fold: 'digits', from: 0x06f6, to: '6' },
  { fold: 'digits', from: 0x06f7, to: '7' },
  { fold: 'digits', from: 0x06f8, to: '8' },
  { fold: 'digits', from: 0x06f9, to: '9' },

  // Presentation forms (old PDFs and some web text): «ﺇﻳﺮﺍﻥ» → «إيران», the ligature «ﻻ» → «لا».
  // The replacement of each code point is Unicode's compatibility mapping (see compile-fold-table.ts).
  { fold: 'presentationForms', from: [0xfb50, 0xfdff], to: '', compatibility: true },
  { fold: 'presentationForms', from: [0xfe70, 0xfefe], to: '', compatibility: true },

  // Invisible controls. Those that join («می\u200Cخواهم» with U+200C ZERO WIDTH NON-JOINER, U+200D ZERO WIDTH
  // JOINER, U+2060 WORD JOINER, U+00AD SOFT HYPHEN) stay inside their word; the others (U+200B ZERO WIDTH SPACE,
  // LRM/RLM, bidi embeddings and isolates, U+061C ARABIC LETTER MARK, the byte-order mark) leave a gap that the
  // tokenizer treats as a word boundary: «كتاب\u200Fالعربي» is two words.
  { fold: 'controls', from: [0x200c, 0x200d], to: MARK },
  { fold: 'controls', from: 0x2060, to: MARK },
  { fold: 'controls', from: 0x00ad, to: MARK },
  { fold: 'controls', from: 0x200b, to: DROP },
  { fold: 'controls', from: [0x200e, 0x200f], to: DROP },
  { fold: 'controls', from: [0x202a, 0x202e], to: DROP },
  { fold: 'controls', from: [0x2066, 0x2069], to: DROP },
  { fold: 'controls', from: 0x061c, to: DROP },
  { fold: 'controls', from: 0xfeff, to: DROP },
];
