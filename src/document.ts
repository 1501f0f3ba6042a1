import type { EntityType } from './types';
import type { Candidate } from './candidate';
import type { FoldedBuffer } from './normalize/fold-text';
import type { TokenBuffer } from './tokenize/scan-tokens';
import type { LexiconIndex } from './lexicon/create-lexicon-index';
import type { OverlapScratch, Resolved } from './resolve/resolve-overlaps';

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

/** Candidates by start token: the first `indexed` candidates of the document are in `at`. */
export interface CandidateIndex {
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
  /** The extractor's scratch for resolveOverlaps (the tagger's reading and the resolve stage). */
  readonly overlaps: OverlapScratch;
  /**
   * The candidates so far, in the order they were proposed. Read only: stages change them through
   * addCandidate, replaceCandidate, replaceCandidates and keepCandidates, which keep the index right.
   */
  readonly candidates: readonly Candidate[];
  /** The candidates by start token, built as rules ask (see candidateAt); dropped when one is replaced or removed. */
  candidateIndex: CandidateIndex | undefined;
  /** The final spans, once overlaps are resolved. */
  resolved: Resolved | undefined;
}

/** The list behind `doc.candidates`: only the functions below write to it. */
function listOf(doc: Doc): Candidate[] {
  return doc.candidates as Candidate[];
}

/** Adds a candidate after the others; the index by start token takes it in on the next candidateAt. */
export function addCandidate(doc: Doc, candidate: Candidate): void {
  listOf(doc).push(candidate);
}

/**
 * Puts `next` in the place of `old` («إندرياس» lengthened to «إندرياس اديناور»), keeping its
 * position in the list. The search runs from the end, where the candidate just added stands.
 */
export function replaceCandidate(doc: Doc, old: Candidate, next: Candidate): void {
  const list = listOf(doc);
  const at = list.lastIndexOf(old);
  if (at < 0) throw new RangeError('replaceCandidate: the candidate is not one of the document\'s');
  list[at] = next;
  doc.candidateIndex = undefined;
}

/** Replaces every candidate by what `replace` returns for it (itself to keep it): «[الإمام الحسين]» trimmed to «الإمام [الحسين]». */
export function replaceCandidates(doc: Doc, replace: (candidate: Candidate) => Candidate): void {
  const list = listOf(doc);
  let changed = false;
  for (let i = 0; i < list.length; i++) {
    const candidate = list[i];
    const next = replace(candidate);
    if (next === candidate) continue;
    list[i] = next;
    changed = true;
  }
  if (changed) doc.candidateIndex = undefined;
}

/** Keeps the candidates that `keep` accepts, in their order: «لحماة الارهاب» drops the place «حماة». */
export function keepCandidates(doc: Doc, keep: (candidate: Candidate) => boolean): void {
  const list = listOf(doc);
  let kept = 0;
  for (const candidate of list) if (keep(candidate)) list[kept++] = candidate;
  if (kept === list.length) return;
  list.length = kept;
  doc.candidateIndex = undefined;
}

/**
 * The candidate starting exactly at token t (the longest), if any. Candidates are indexed by start
 * token as rules add them, so a rule asking at every token stays linear. The index lives on the
 * document: kept in a module-level WeakMap keyed by the document, every document's candidates lived
 * until a full collection and were promoted (3 full collections per 10 MB of JSONL instead of 1).
 */
export function candidateAt(doc: Doc, t: number, types?: ReadonlySet<EntityType>): Candidate | undefined {
  const { candidates } = doc;
  let index = doc.candidateIndex;
  if (!index) doc.candidateIndex = index = { at: new Map(), indexed: 0 };
  for (; index.indexed < candidates.length; index.indexed++) {
    const candidate = candidates[index.indexed];
    const list = index.at.get(candidate.tokStart);
    if (list) list.push(candidate);
    else index.at.set(candidate.tokStart, [candidate]);
  }
  let best: Candidate | undefined;
  for (const candidate of index.at.get(t) ?? []) {
    if (candidate.tokStart !== t || (types && !types.has(candidate.type))) continue;
    if (!best || candidate.tokEnd > best.tokEnd) best = candidate;
  }
  return best;
}
