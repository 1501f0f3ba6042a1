import type { Candidate } from './document';

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
