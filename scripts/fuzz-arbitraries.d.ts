import type { Arbitrary } from 'fast-check';
import type { NormalizeOptions } from '../src/types';

export declare const ARABIC_LETTERS: readonly string[];
export declare const HARAKAT: readonly string[];
export declare const TATWEEL: string;
export declare const ALEF_HAMZA_YAA: readonly string[];
export declare const PERSIAN_LETTERS: readonly string[];
export declare const DIGITS: readonly string[];
export declare const PUNCTUATION: readonly string[];
export declare const CONTROLS: readonly string[];
export declare const LIGATURES: readonly string[];
export declare const MARK_FORMS: readonly string[];
export declare const NAMES: readonly string[];
export declare const FOLD_NAMES: readonly (keyof NormalizeOptions)[];

export interface ArabicTextOptions {
  readonly maxPieces?: number;
  readonly longWords?: boolean;
  readonly expandingForms?: boolean;
  readonly procliticLigatures?: boolean;
}

export declare function arabicWord(maxLength?: number): Arbitrary<string>;
export declare function arabicSentence(maxWords: number): Arbitrary<string>;
export declare function arabicText(options?: ArabicTextOptions): Arbitrary<string>;
export declare const normalizeSwitches: Arbitrary<NormalizeOptions>;
export declare function isExpandingForm(code: number): boolean;
export declare function stripExpandingForms(text: string): string;
export declare function isProcliticLigature(code: number): boolean;
export declare function stripProcliticLigatures(text: string): string;
