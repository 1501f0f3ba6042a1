import type { ArabicShaper } from 'arabic-persian-reshaper';

/** Reshaped text plus, for each of its code units, the index of the input code unit it came from. */
export interface ShapedText {
  readonly text: string;
  readonly sourceIndex: Int32Array;
}

const LAM = 0x0644;
const LAM_ALEF_FIRST = 0xfef5;
const LAM_ALEF_LAST = 0xfefc;

/**
 * Replaces Arabic letters by their contextual presentation forms (initial, medial, final, isolated)
 * for terminals that draw each code point on its own: «موسكو» → «ﻣﻮﺳﻜﻮ». The shaper keeps one output
 * unit per input unit except lam + alef, which become one ligature (ﻻ); the index map follows that so
 * callers can carry per-character styles across.
 */
export function shapeArabic(text: string): ShapedText {
  // Loaded on first use: only `--shape` needs the shaper.
  const shaper = (require('arabic-persian-reshaper') as { ArabicShaper: typeof ArabicShaper }).ArabicShaper;
  const shaped = shaper.convertArabic(text);
  const sourceIndex = new Int32Array(shaped.length);
  let i = 0;
  for (let j = 0; j < shaped.length; j++) {
    sourceIndex[j] = Math.min(i, Math.max(text.length - 1, 0));
    const out = shaped.charCodeAt(j);
    const ligature = text.charCodeAt(i) === LAM && out >= LAM_ALEF_FIRST && out <= LAM_ALEF_LAST;
    i += ligature ? 2 : 1;
  }
  return { text: shaped, sourceIndex };
}
