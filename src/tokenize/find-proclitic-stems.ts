import { BA, FA, KAF, LAM, WAW } from './arabic-letters';
/** A stem candidate read with the article restored: «للامن» → ل + «(ا)لامن». */
export const RESTORED_ARTICLE = 1;

/** Shortest stem worth looking up: «وعمان» → «عمان», but never «ولي» → «لي». */
export const MIN_STEM = 3;

/**
 * Candidate stems of an Arabic word once its proclitics are peeled: the conjunctions و ف, then
 * the prepositions ب ك ل. Writes `offset * 2 | RESTORED_ARTICLE?` values into `out` (shortest prefix
 * first) and returns how many. The unsplit word is not included: the caller tries it first, so
 * «فرنسا», «لبنان», «بريطانيا» and «كندا» stay whole when they are names.
 *
 * - «وروسيا» → «روسيا»; «بموسكو» → «موسكو»; «والعراق» → «العراق» (the article stays in the name)
 * - «وبغداد» → «بغداد» and «غداد»; «للامن» → «الامن» (ل + ال with the alef dropped) and «لامن»
 */
export function findProcliticStems(codes: Uint16Array, start: number, end: number, out: Int32Array): number {
  let n = 0;
  let p = start;
  const first = codes[p];
  if ((first === WAW || first === FA) && end - (p + 1) >= MIN_STEM) {
    p++;
    out[n++] = (p - start) * 2;
  }
  const c = codes[p];
  if ((c === BA || c === KAF || c === LAM) && end - (p + 1) >= MIN_STEM) {
    const q = p + 1;
    // «للامن»: the preposition ل before the article ال drops the article's alef.
    if (c === LAM && codes[q] === LAM) out[n++] = (q - start) * 2 + RESTORED_ARTICLE;
    out[n++] = (q - start) * 2;
  }
  return n;
}
