import type { EntityType, Provenance } from './types';

/**
 * An entity proposed by a lexicon match or a rule, before overlaps are resolved. Offsets are folded.
 * Made only by createCandidate and never edited: a rule that narrows one replaces it.
 */
export interface Candidate {
  readonly type: EntityType;
  readonly tokStart: number;
  readonly tokEnd: number;
  /** Folded offsets, half-open. */
  readonly start: number;
  readonly end: number;
  /** The lexicon entry it names (its id, canonical name and subtype are read from it), or -1. */
  readonly entry: number;
  /** Why it was found; undefined for a plain lexicon match, whose provenance is its entry (built only if kept). */
  readonly source: Provenance | undefined;
  /** Confidence in [0, 1]. */
  readonly score: number;
  /** Breaks ties between equal spans: higher wins (a rule that re-types by context outranks the bare lexicon reading). */
  readonly priority: number;
  /** The canonical name when no entry gives it (a propagated mention names its full name). */
  readonly canonical: string | undefined;
}

/**
 * Every candidate is built here, with every field present and in one order. Objects of one shape
 * keep the rules' field reads monomorphic; candidates that differed by site (a lexicon match
 * without `source`, a propagated mention with `canonical`) or were edited in place (a trimmed
 * «الإمام [الحسين]») made the compiler throw away optimized rule code and compile it again, once
 * per worker thread. Callers pass every field, in this order, so that the argument has one shape too.
 */
export function createCandidate(init: Candidate): Candidate {
  return {
    type: init.type,
    tokStart: init.tokStart,
    tokEnd: init.tokEnd,
    start: init.start,
    end: init.end,
    entry: init.entry,
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
