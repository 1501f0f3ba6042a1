import type { EntityType, Provenance } from './types';
import type { FoldedBuffer } from './normalize/fold-text';
import type { TokenBuffer } from './tokenize/scan-tokens';
import type { LexiconIndex } from './lexicon/create-lexicon-index';
import type { Resolved } from './resolve/resolve-overlaps';

/**
 * One lexicon match: form `form` spans tokens [tokStart, tokEnd); its first token may have had
 * proclitics peeled, so the match starts at folded offset `start` inside that token.
 */
export interface MatchBuffer {
  tokStart: Int32Array;
  tokEnd: Int32Array;
  start: Int32Array;
  form: Int32Array;
  /** 1 when read with the article restored («للامن» → «الامن»). */
  restored: Uint8Array;
  /** The word id its first token was read as (the whole token, or the stem after a proclitic). */
  firstWord: Int32Array;
  count: number;
  /** Matches are stored by start token: those starting at token t are [head[t], head[t + 1]). */
  head: Int32Array;
}

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

/** Candidates by start token: `list` is the array indexed, its first `indexed` entries are in `at`. */
export interface CandidateIndex {
  readonly list: Candidate[];
  readonly at: Map<number, Candidate[]>;
  indexed: number;
}

/** The shared state of one extraction, filled stage by stage: folded text, tokens, lookups, matches, candidates. */
export interface Doc {
  readonly input: string;
  readonly index: LexiconIndex;
  folded: FoldedBuffer;
  tokens: TokenBuffer;
  /** Per token: the word id of the whole token, or -1. */
  word: Int32Array;
  /** Per token: the word flags of the token, or of its proclitic-free stem when the whole token is unknown. */
  tokenFlags: Int32Array;
  /** Per token: folded offset where the flagged stem starts (the token start when no clitic was peeled). */
  stemStart: Int32Array;
  /** Per token: bits of the cue classes of the matches starting there (see CueClass.bit). */
  cueBits: Int32Array;
  readonly matches: MatchBuffer;
  candidates: Candidate[];
  /** The candidates by start token, built as rules ask (see candidateAt); stale once `candidates` is replaced. */
  candidateIndex: CandidateIndex | undefined;
  /** The final spans, once overlaps are resolved. */
  resolved: Resolved | undefined;
}
