/** The part of arabic-persian-reshaper (no bundled types) that alam uses. */
declare module 'arabic-persian-reshaper' {
  export const ArabicShaper: {
    /** Logical-order text → the same text with Arabic letters in presentation forms (still logical order). */
    convertArabic(text: string): string;
  };
}
