/** Folded Arabic letters the tokenizer and the rules test for, by name (UTF-16 code units). */
export const ALEF = 0x0627; // ا
export const BA = 0x0628; // ب
export const TEH = 0x062a; // ت
export const SEEN = 0x0633; // س
export const FA = 0x0641; // ف
export const KAF = 0x0643; // ك
export const LAM = 0x0644; // ل
export const MEEM = 0x0645; // م
export const NOON = 0x0646; // ن
export const HEH = 0x0647; // ه (also ة folded)
export const WAW = 0x0648; // و
export const YA = 0x064a; // ي (also ى folded)
export const ALEF_MAKSURA = 0x0649; // ى (only when the alefMaksura fold is off, or in the original text)

/** و ف ب ك ل: the proclitic letters, and the letters that may stand before the article. */
export const PROCLITIC_LETTERS: ReadonlySet<number> = new Set([WAW, FA, BA, KAF, LAM]);
