import { keepCandidates, type Doc } from '../document';
import type { Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { ORG_HEAD } from './helpers/cue-classes';
import { cueAt } from './helpers/cue-at';
import { foldedSlice } from './helpers/token-text';
import { ENTRY_CUSTOM } from '../lexicon/lexicon-types';
import type { AnnotationConventions } from '../types';

/**
 * Heads of the organizations ANERcorp's annotators left untagged, whatever followed (folded): every
 * ministry of TRAIN80 («وزارة الصحة», «وزارة الخارجية الألمانية», 46 «وزارة» tokens, none tagged).
 */
const UNTAGGED_HEADS = new Set(['وزاره']);

/**
 * Under the 'anercorp' conventions, drops the organizations headed by a ministry, whoever found them
 * (the rules, or the model after them, which learned from WikiFANE too): «وزارة الخارجية الألمانية»
 * stays untagged. The caller's own entries stay. Under 'general' it changes nothing.
 */
export const dropUnnamedBodies: Rule = {
  id: 'drop-unnamed-bodies',
  description: "under the 'anercorp' conventions, no ministry is an organization: «وزارة الخارجية الألمانية»",
  cues: [ORG_HEAD],
  apply(doc: Doc, conventions: AnnotationConventions): void {
    if (conventions !== 'anercorp') return;
    keepCandidates(doc, (candidate) => !isUnnamedBody(doc, candidate));
  },
};

function isUnnamedBody(doc: Doc, candidate: Candidate): boolean {
  if (candidate.type !== 'ORGANIZATION' || (candidate.entry >= 0 && doc.index.entryFlags(candidate.entry) & ENTRY_CUSTOM)) return false;
  const head = cueAt(doc, candidate.tokStart, ORG_HEAD);
  return head !== undefined && head.tokEnd === candidate.tokStart + 1 && UNTAGGED_HEADS.has(foldedSlice(doc, head.start, doc.tokens.end[head.tokStart]));
}
