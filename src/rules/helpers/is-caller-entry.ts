import type { Doc } from '../../document';
import type { Candidate } from '../../candidate';
import { ENTRY_CUSTOM } from '../../lexicon/lexicon-types';

/**
 * The candidate names one of the caller's own entries (`entries`, `--lexicon`): the rules that trim,
 * drop or retype what others found leave it as the caller wrote it, «[مطار الملكة علياء]» included.
 */
export function isCallerEntry(doc: Doc, candidate: Candidate): boolean {
  return candidate.entry >= 0 && (doc.index.entryFlags(candidate.entry) & ENTRY_CUSTOM) !== 0;
}
