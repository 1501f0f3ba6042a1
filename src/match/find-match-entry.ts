import type { Doc } from '../document';
import { INDEX_ENTRY_TYPES, type IndexEntryType } from '../lexicon/create-lexicon-index';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER } from '../lexicon/lexicon-types';

/** A span of the document: tokens [tokStart, tokEnd), starting at folded offset `start` (after any proclitic), or -1 for any start. */
export interface MatchSpan {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
}

const NEEDS_CONTEXT = ENTRY_CONTEXT | ENTRY_CUE_TIER;

/**
 * The entry of type `type` among the readings of the lexicon match over exactly `span`, or -1: «وكالة
 * [فارس]» finds the agency among the readings of «فارس». With `standaloneFirst`, an entry that can
 * stand alone is preferred to one that needs context (a cue-tier village, a context-required name);
 * otherwise the first of the form's entries, best first, is taken.
 */
export function findMatchEntry(doc: Doc, span: MatchSpan, type: IndexEntryType, standaloneFirst: boolean): number {
  const { matches, index } = doc;
  const { formStart, formSize, entryList, entryTypeCode } = index;
  const code = INDEX_ENTRY_TYPES.indexOf(type);
  let fallback = -1;
  for (let m = matches.head[span.tokStart], last = matches.head[span.tokStart + 1]; m < last; m++) {
    if (matches.tokEnd[m] !== span.tokEnd || (span.start >= 0 && matches.start[m] !== span.start)) continue;
    const form = matches.form[m];
    for (let i = formStart[form], end = i + formSize[form]; i < end; i++) {
      const entry = entryList[i];
      if (entryTypeCode[entry] !== code) continue;
      if (!standaloneFirst || !(index.entryFlags(entry) & NEEDS_CONTEXT)) return entry;
      if (fallback < 0) fallback = entry;
    }
  }
  return fallback;
}
