import type { Doc } from '../document';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER } from '../lexicon/lexicon-types';

/**
 * Drops the lexicon candidates that need context and found none: a common word («العالم» as the
 * channel) or a village known only from a gazetteer («تميم») with no rule vouching for it.
 */
export function requireContext(doc: Doc): void {
  for (const candidate of doc.candidates) {
    if (candidate.dropped || candidate.supportedBy) continue;
    if (candidate.flags & ENTRY_CUE_TIER) candidate.dropped = 'cue-tier place without a cue word';
    else if (candidate.flags & ENTRY_CONTEXT) candidate.dropped = 'common word without context';
  }
}
