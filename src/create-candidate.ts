import type { EntityType, Provenance } from './types';
import type { Candidate } from './document';

/** What a stage says about a candidate; the fields it leaves out take their defaults. */
export interface CandidateInit {
  readonly type: EntityType;
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly priority: number;
  readonly entry?: number;
  readonly source?: Provenance | undefined;
  readonly canonical?: string | undefined;
}

/**
 * Every candidate is built here, with every field present and in one order. Objects of one shape
 * keep the rules' field reads monomorphic; candidates that differed by site (a lexicon match
 * without `source`, a propagated mention with `canonical`) or were edited in place (a trimmed
 * «الإمام [الحسين]») made the compiler throw away optimized rule code and compile it again, once
 * per worker thread — measured as the largest part of a worker's warm-up.
 */
export function createCandidate(init: CandidateInit): Candidate {
  return {
    type: init.type,
    tokStart: init.tokStart,
    tokEnd: init.tokEnd,
    start: init.start,
    end: init.end,
    entry: init.entry ?? -1,
    source: init.source,
    score: init.score,
    priority: init.priority,
    canonical: init.canonical,
  };
}

/** The same candidate over other tokens: «[الإمام الحسين]» trimmed to «الإمام [الحسين]». */
export function respanCandidate(candidate: Candidate, tokStart: number, tokEnd: number, start: number, end: number): Candidate {
  const { type, entry, source, score, priority, canonical } = candidate;
  return createCandidate({ type, tokStart, tokEnd, start, end, entry, source, score, priority, canonical });
}
