import type { EntityType } from '../types';
import type { Doc } from '../document';
import { INDEX_ENTRY_TYPES } from '../lexicon/create-lexicon-index';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER } from '../lexicon/lexicon-types';

/** A span to link, whoever proposed it: tokens [tokStart, tokEnd), starting at folded offset `start` (after any proclitic). */
export interface LinkSpan {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
}

const NEEDS_CONTEXT = ENTRY_CONTEXT | ENTRY_CUE_TIER;

/**
 * The lexicon entry of type `type` whose form is exactly the span's text, or -1. An entry that can
 * stand alone comes first; one that needs context (a cue-tier village, a context-required name) is
 * taken when nothing better is there, since whoever proposed the span gave it that context: «قال
 * الرئيس [دونالد ترامب]» is person:donald-trump, whether the lexicon or the title found it.
 */
export function findLexiconEntry(doc: Doc, span: LinkSpan, type: EntityType): number {
  const { matches, index } = doc;
  const { formStart, formSize, entryList, entryTypeCode } = index;
  const code = INDEX_ENTRY_TYPES.indexOf(type);
  let fallback = -1;
  for (let m = matches.head[span.tokStart], last = matches.head[span.tokStart + 1]; m < last; m++) {
    if (matches.tokEnd[m] !== span.tokEnd || matches.start[m] !== span.start) continue;
    const form = matches.form[m];
    for (let i = formStart[form], end = i + formSize[form]; i < end; i++) {
      const entry = entryList[i];
      if (entryTypeCode[entry] !== code) continue;
      if (!(index.entryFlags(entry) & NEEDS_CONTEXT)) return entry;
      if (fallback < 0) fallback = entry;
    }
  }
  return fallback;
}
