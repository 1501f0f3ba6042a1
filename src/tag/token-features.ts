import type { Doc } from '../document';
import type { Candidate } from '../candidate';
import { hashWord } from '../lexicon/word-table';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER } from '../lexicon/lexicon-types';
import { AFTER_NEWLINE, WORD } from '../tokenize/scan-tokens';
import { findProcliticStems, RESTORED_ARTICLE } from '../tokenize/find-proclitic-stems';
import { ALEF, LAM } from '../tokenize/arabic-letters';
import { resolveOverlaps } from '../resolve/resolve-overlaps';

/**
 * The tagger's features, one module for training and run time: `npm run train` and the stage call
 * these same functions, so the two cannot see different features (tests/tag/token-features.test.ts
 * proves it). A feature is an integer, the hash of a template and a value, masked to the model's
 * table: nothing here builds a string per token.
 *
 * Two kinds, so that run time can cache:
 * - word features depend only on a word's folded letters and on the slot it fills around the token
 *   being tagged (itself, one or two before, one or two after): «الرئيس» one before a name always
 *   adds the same scores, so the model sums them once per word type and keeps the sum;
 * - evidence features depend on the document: the lexicon's flags and matches, the rules'
 *   candidates, what alam resolved, what it made of the same word elsewhere in the document.
 */

/** Feature table size: ids are in [0, 2^FEATURE_BITS). */
export const FEATURE_BITS = 20;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
/** Bumped whenever a feature changes: the model's header names it and the freshness test compares. */
export const FEATURES_VERSION = 3;

/** The slots a word fills around the tagged token. */
export const SLOT_SELF = 0;
export const SLOT_PREV1 = 1;
export const SLOT_PREV2 = 2;
export const SLOT_NEXT1 = 3;
export const SLOT_NEXT2 = 4;
export const SLOT_COUNT = 5;
/** Neighbour offsets of the slots (SLOT_SELF is 0). */
export const SLOT_OFFSETS: readonly number[] = [0, -1, -2, 1, 2];
export const SLOT_NAMES: readonly string[] = ['word', 'previous word', 'second previous word', 'next word', 'second next word'];

// Word templates.
const T_BIAS = 1;
const T_FORM = 2;
const T_STEM = 3;
const T_PREFIX = 4;
const T_SUFFIX = 5;
const T_SHAPE = 6;
const T_ARTICLE = 7;
const T_NAME_COUNT = 8;
const T_STEM_NAME_COUNT = 9;
const T_BOUNDARY = 10;
// Evidence templates.
const E_FLAG = 20;
const E_CUE = 21;
const E_MATCH = 22;
const E_CANDIDATE = 23;
const E_RESOLVED = 24;
const E_DOCUMENT = 25;
const E_DOCUMENT_CANDIDATE = 26;
const E_UNRESOLVED = 27;
const E_RESOLVED_NEAR = 28;
const E_CANDIDATE_TYPE = 29;

/** The feature id of a template and a value (murmur3's finalizer over both). */
export function featureId(template: number, value: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & FEATURE_MASK;
}

/**
 * Person-name tokens with how often Wikidata labels use them (`../shared/sources/netransliteration-wikidata-ar`):
 * too noisy to match on their own («مولر» is a name, so is «سالم»), so the model learns how far to
 * trust each frequency bucket. Sorted word hashes, a bucket each.
 */
export interface NameCounts {
  readonly hashes: Int32Array;
  readonly buckets: Uint8Array;
}

/** The bucket of a count: 1, 2–4, 5–19, 20–99, 100 and more. */
export function countBucket(count: number): number {
  return count >= 100 ? 5 : count >= 20 ? 4 : count >= 5 ? 3 : count >= 2 ? 2 : 1;
}

function nameBucket(names: NameCounts, hash: number): number {
  const { hashes } = names;
  let low = 0;
  let high = hashes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (hashes[middle] < hash) low = middle + 1;
    else high = middle;
  }
  return low < hashes.length && hashes[low] === hash ? names.buckets[low] : 0;
}

/** Which templates a word contributes in each slot: all of them as the token itself, less around it. */
const IN_NEIGHBOUR = 1;
const IN_FAR = 2;

/** The stems of a word: up to four, «وبغداد» → «بغداد», «غداد». */
const stems = new Int32Array(4);

/**
 * Writes the features of the word codes[start, end) (token kind `kind`) in slot `slot` into `out`
 * from `n`, and returns the new count. `names`, when given, receives a readable name per feature
 * (for --explain and the tests; never on the hot path).
 */
export function wordFeatures(
  codes: Uint16Array,
  start: number,
  end: number,
  kind: number,
  slot: number,
  nameCounts: NameCounts,
  out: Int32Array,
  n: number,
  names?: string[],
): number {
  const reach = slot === SLOT_SELF ? 3 : slot === SLOT_PREV1 || slot === SLOT_NEXT1 ? IN_NEIGHBOUR : IN_FAR;
  const base = slot * 64;
  const length = end - start;
  const text = names ? Buffer.from(codes.buffer, codes.byteOffset + start * 2, (end - start) * 2).toString('utf16le') : '';
  const add = (template: number, value: number, name?: string): void => {
    out[n++] = featureId(base + template, value);
    if (names) names.push(`${SLOT_NAMES[slot]} ${name ?? ''}`);
  };
  const form = hashWord(codes, start, end);
  add(T_FORM, form, `«${text}»`);
  if (reach === IN_FAR) return n;
  add(T_SHAPE, kind * 16 + Math.min(length, 9), `shape ${kind}/${Math.min(length, 9)}`);
  let stemCount = 0;
  if (kind === WORD) {
    stemCount = findProcliticStems(codes, start, end, stems);
    const first = stemCount > 0 ? stems[0] : 0;
    if (stemCount > 0) {
      const offset = first >> 1;
      add(T_STEM, hashWord(codes, start + offset, end, (first & RESTORED_ARTICLE) === 1), `stem of «${text}»`);
    }
  }
  if (reach === IN_NEIGHBOUR) return n;
  add(T_BIAS, 0, 'bias');
  for (let k = 1; k < stemCount; k++) {
    const offset = stems[k] >> 1;
    add(T_STEM, hashWord(codes, start + offset, end, (stems[k] & RESTORED_ARTICLE) === 1), `stem ${k + 1} of «${text}»`);
  }
  for (let k = 1; k <= 3 && k < length; k++) {
    add(T_PREFIX, hashWord(codes, start, start + k) ^ k, `prefix «${text.slice(0, k)}»`);
    add(T_SUFFIX, hashWord(codes, end - k, end) ^ k, `suffix «${text.slice(length - k)}»`);
  }
  if (kind !== WORD) return n;
  // The article, on the word or after its proclitics: «الرئيس», «والرئيس», «للرئيس».
  let article = 0;
  if (length > 3 && codes[start] === ALEF && codes[start + 1] === LAM) article = 1;
  else if (length > 4 && codes[start + 1] === ALEF && codes[start + 2] === LAM) article = 2;
  else if (length > 3 && codes[start] === LAM && codes[start + 1] === LAM) article = 3;
  if (article) add(T_ARTICLE, article, `article ${article}`);
  const bucket = nameBucket(nameCounts, form);
  if (bucket) add(T_NAME_COUNT, bucket, `Wikidata name count bucket ${bucket}`);
  else if (stemCount > 0) {
    const stemBucket = nameBucket(nameCounts, hashWord(codes, start + (stems[stemCount - 1] >> 1), end));
    if (stemBucket) add(T_STEM_NAME_COUNT, stemBucket, `stem in Wikidata names, bucket ${stemBucket}`);
  }
  return n;
}

/** The feature of an empty slot: before a line's first token or after its last. */
export function boundaryFeature(slot: number): number {
  return featureId(slot * 64 + T_BOUNDARY, 0);
}

/** The token at offset `offset` from t on the same line, or -1. */
export function neighbourOf(doc: Doc, t: number, offset: number): number {
  const { tokens } = doc;
  let at = t;
  for (let step = 0; step < Math.abs(offset); step++) {
    if (offset < 0) {
      if (at === 0 || tokens.flags[at] & AFTER_NEWLINE) return -1;
      at--;
    } else {
      if (at + 1 >= tokens.count || tokens.flags[at + 1] & AFTER_NEWLINE) return -1;
      at++;
    }
  }
  return at;
}

/**
 * The evidence of one document, per token: `ids[start[t] … start[t + 1])` are token t's evidence
 * features; `described[i]` says what feature `ids[i]` stands for, for --explain.
 */
export interface Evidence {
  start: Int32Array;
  ids: Int32Array;
  /** Per feature: template * 2^24 + a value that describeEvidence reads back (a candidate index, a type …). */
  described: Int32Array;
  /** The candidates the features were read from (the descriptions point into it). */
  candidates: readonly Candidate[];
  /** What alam alone keeps of them (resolveOverlaps). */
  kept: readonly Candidate[];
  count: number;
  /** Scratch pairs (token, id, description) before they are grouped by token. */
  pairToken: Int32Array;
  pairId: Int32Array;
  pairDescribed: Int32Array;
}

export function createEvidence(capacity = 256): Evidence {
  return {
    start: new Int32Array(capacity + 1),
    ids: new Int32Array(capacity * 8),
    described: new Int32Array(capacity * 8),
    candidates: [],
    kept: [],
    count: 0,
    pairToken: new Int32Array(capacity * 8),
    pairId: new Int32Array(capacity * 8),
    pairDescribed: new Int32Array(capacity * 8),
  };
}

const TYPE_CODE: Readonly<Record<string, number>> = { PERSON: 1, COUNTRY: 2, ORGANIZATION: 3, PLACE: 4, NATIONALITY: 5 };
const TYPE_NAMES = ['', 'PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY'];
const POSITION_NAMES = ['first of', 'inside', 'last of', 'alone as'];
/** Matches longer than this many tokens are not looked back for. */
const LONGEST_MATCH = 8;

/** 0 first, 1 inside, 2 last, 3 alone. */
function positionIn(t: number, tokStart: number, tokEnd: number): number {
  if (tokEnd - tokStart === 1) return 3;
  return t === tokStart ? 0 : t === tokEnd - 1 ? 2 : 1;
}

function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The id of what found a candidate: the rule id, or the lexicon with its entry's type. */
function sourceHash(candidate: Candidate): number {
  return candidate.source ? stringHash(candidate.source.id) : 1;
}

/** The evidence of every token of the document (after the rules have run). */
export function collectEvidence(doc: Doc, evidence: Evidence): Evidence {
  const { tokens, matches, index, folded } = doc;
  const count = tokens.count;
  const codes = folded.codes;
  let pairs = 0;
  const add = (t: number, template: number, value: number, described: number): void => {
    if (pairs === evidence.pairToken.length) growPairs(evidence);
    evidence.pairToken[pairs] = t;
    evidence.pairId[pairs] = featureId(template, value);
    evidence.pairDescribed[pairs] = template * 0x1000000 + described;
    pairs++;
  };

  for (let t = 0; t < count; t++) {
    // The lexicon's word classes of the token and its neighbours: given name, family name, common word …
    for (let offset = -1; offset <= 1; offset++) {
      const u = offset === 0 ? t : neighbourOf(doc, t, offset);
      if (u < 0) continue;
      let flags = doc.tokenFlags[u];
      while (flags !== 0) {
        const bit = 31 - Math.clz32(flags);
        flags ^= 1 << bit;
        add(t, E_FLAG, bit * 4 + offset + 1, bit * 4 + offset + 1);
      }
    }
    // Cue phrases starting at the token or just before it: a title, a head noun, a place cue.
    for (let offset = -2; offset <= 0; offset++) {
      const u = offset === 0 ? t : neighbourOf(doc, t, offset);
      if (u < 0) continue;
      let bits = doc.cueBits[u];
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits ^= 1 << bit;
        add(t, E_CUE, bit * 4 + offset + 2, bit * 4 + offset + 2);
      }
    }
    // The lexicon forms covering the token, by the type and tier of their best entries.
    for (let from = Math.max(0, t - LONGEST_MATCH); from <= t; from++) {
      for (let m = matches.head[from], last = matches.head[from + 1]; m < last; m++) {
        const tokEnd = matches.tokEnd[m];
        if (tokEnd <= t) continue;
        const position = positionIn(t, from, tokEnd);
        const form = matches.form[m];
        const first = index.formStart[form];
        for (let i = first, end = first + Math.min(index.formSize[form], 2); i < end; i++) {
          const entry = index.entryList[i];
          const tier = index.entryFlags(entry) & (ENTRY_CONTEXT | ENTRY_CUE_TIER);
          const value = (index.entryTypeCode[entry] * 4 + tier) * 4 + position;
          add(t, E_MATCH, value, value);
        }
      }
    }
  }

  // What the lexicon and the rules proposed, and what alam alone would have kept.
  const candidates = doc.candidates;
  candidates.forEach((candidate, c) => {
    const source = sourceHash(candidate);
    const type = TYPE_CODE[candidate.type];
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      const position = positionIn(t, candidate.tokStart, candidate.tokEnd);
      add(t, E_CANDIDATE, Math.imul(source, 31) + type * 4 + position, c * 4 + position);
      add(t, E_CANDIDATE_TYPE, type * 4 + position, c * 4 + position);
    }
  });
  const kept = resolveOverlaps(candidates, count).kept;
  const positionOf = new Map<Candidate, number>();
  candidates.forEach((candidate, c) => positionOf.set(candidate, c));
  const covered = new Uint8Array(count);
  // What alam made of each word across the document: 4 bits per type of the kept spans, and of all candidates.
  const byWord = new Map<number, number>();
  const byWordCandidates = new Map<number, number>();
  // The word without its proclitics and its article: «الريال» and «ريال مدريد» meet on «ريال».
  const wordKey = (t: number): number => {
    if (tokens.kind[t] !== WORD) return 0;
    const start = doc.stemStart[t];
    const end = tokens.end[t];
    const bare = end - start > 4 && codes[start] === ALEF && codes[start + 1] === LAM ? start + 2 : start;
    return hashWord(codes, bare, end);
  };
  const keys = new Int32Array(count);
  for (let t = 0; t < count; t++) keys[t] = wordKey(t);
  const own = new Int32Array(count);
  const ownCandidates = new Int32Array(count);
  for (const candidate of kept) {
    const type = TYPE_CODE[candidate.type];
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      covered[t] = type;
      // The reading next door: a name often runs on, or stops, at alam's span's edge.
      const before = neighbourOf(doc, t, -1);
      const after = neighbourOf(doc, t, 1);
      if (before >= 0) add(before, E_RESOLVED_NEAR, type * 8 + positionIn(t, candidate.tokStart, candidate.tokEnd) * 2, (positionOf.get(candidate) ?? 0) * 4);
      if (after >= 0) add(after, E_RESOLVED_NEAR, type * 8 + positionIn(t, candidate.tokStart, candidate.tokEnd) * 2 + 1, (positionOf.get(candidate) ?? 0) * 4 + 1);
      add(t, E_RESOLVED, type * 4 + positionIn(t, candidate.tokStart, candidate.tokEnd), (positionOf.get(candidate) ?? 0) * 4 + positionIn(t, candidate.tokStart, candidate.tokEnd));
      if (keys[t] === 0) continue;
      const shift = (type - 1) * 4;
      own[t] |= 1 << shift;
      const counts = byWord.get(keys[t]) ?? 0;
      if (((counts >>> shift) & 15) < 15) byWord.set(keys[t], counts + (1 << shift));
    }
  }
  for (const candidate of candidates) {
    const shift = (TYPE_CODE[candidate.type] - 1) * 4;
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      if (keys[t] === 0 || (ownCandidates[t] >>> shift) & 1) continue;
      ownCandidates[t] |= 1 << shift;
      const counts = byWordCandidates.get(keys[t]) ?? 0;
      if (((counts >>> shift) & 15) < 15) byWordCandidates.set(keys[t], counts + (1 << shift));
    }
  }
  for (let t = 0; t < count; t++) {
    if (!covered[t]) add(t, E_UNRESOLVED, tokens.kind[t], tokens.kind[t]);
    if (keys[t] === 0) continue;
    const counts = byWord.get(keys[t]) ?? 0;
    const countsCandidates = byWordCandidates.get(keys[t]) ?? 0;
    for (let type = 1; type <= 5; type++) {
      const shift = (type - 1) * 4;
      // Elsewhere in the document: the token's own reading is not counted.
      if (((counts >>> shift) & 15) - ((own[t] >>> shift) & 1) > 0) add(t, E_DOCUMENT, type, type);
      if (((countsCandidates >>> shift) & 15) - ((ownCandidates[t] >>> shift) & 1) > 0) add(t, E_DOCUMENT_CANDIDATE, type, type);
    }
  }
  groupByToken(evidence, pairs, count);
  // A copy: the tagger then replaces the document's candidates, and --explain reads these by index.
  evidence.candidates = candidates.slice();
  evidence.kept = kept;
  return evidence;
}

function growPairs(evidence: Evidence): void {
  const grow = (a: Int32Array): Int32Array => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  evidence.pairToken = grow(evidence.pairToken);
  evidence.pairId = grow(evidence.pairId);
  evidence.pairDescribed = grow(evidence.pairDescribed);
}

/** A counting sort of the pairs by token, stable: each token's features in the order they were added. */
function groupByToken(evidence: Evidence, pairs: number, count: number): void {
  if (evidence.start.length < count + 1) evidence.start = new Int32Array(count * 2 + 1);
  if (evidence.ids.length < pairs) {
    evidence.ids = new Int32Array(pairs * 2);
    evidence.described = new Int32Array(pairs * 2);
  }
  const { start, ids, described, pairToken, pairId, pairDescribed } = evidence;
  start.fill(0, 0, count + 1);
  for (let p = 0; p < pairs; p++) start[pairToken[p] + 1]++;
  for (let t = 0; t < count; t++) start[t + 1] += start[t];
  const next = start.slice(0, count);
  for (let p = 0; p < pairs; p++) {
    const at = next[pairToken[p]]++;
    ids[at] = pairId[p];
    described[at] = pairDescribed[p];
  }
  evidence.count = count;
}

/** A readable name of an evidence feature (what --explain shows). */
export function describeEvidence(evidence: Evidence, described: number, cueNames: readonly string[], typeNames: readonly string[], flagNames: readonly string[]): string {
  const template = Math.floor(described / 0x1000000);
  const value = described % 0x1000000;
  const candidate = (): Candidate | undefined => evidence.candidates[value >> 2];
  const offsetName = (offset: number): string => (offset === 0 ? 'the word' : offset < 0 ? `${-offset} before` : `${offset} after`);
  switch (template) {
    case E_FLAG:
      return `lexicon: ${flagNames[value >> 2] ?? 'flag'} (${offsetName((value & 3) - 1)})`;
    case E_CUE:
      return `cue ${cueNames[value >> 2] ?? 'class'} (${offsetName((value & 3) - 2)})`;
    case E_MATCH:
      return `lexicon match: ${POSITION_NAMES[value & 3]} ${typeNames[value >> 4] ?? 'entry'}${(value >> 2) & 3 ? ' (needs context)' : ''}`;
    case E_CANDIDATE: {
      const c = candidate();
      return `${c?.source?.kind ?? 'lexicon'} ${c?.source?.id ?? ''}: ${POSITION_NAMES[value & 3]} ${c?.type ?? ''}`;
    }
    case E_RESOLVED:
      return `alam's own reading: ${POSITION_NAMES[value & 3]} ${candidate()?.type ?? ''}`;
    case E_CANDIDATE_TYPE:
      return `a candidate: ${POSITION_NAMES[value & 3]} ${candidate()?.type ?? ''}`;
    case E_RESOLVED_NEAR:
      return `alam's own reading ${value & 1 ? 'before' : 'after'} it: ${candidate()?.type ?? ''}`;
    case E_DOCUMENT:
      return `the same word is ${TYPE_NAMES[value]} elsewhere in the document`;
    case E_DOCUMENT_CANDIDATE:
      return `the same word is proposed as ${TYPE_NAMES[value]} elsewhere in the document`;
    case E_UNRESOLVED:
      return 'alam found nothing here';
    default:
      return 'evidence';
  }
}

/**
 * Every feature of token t: its own word features, its neighbours' in their slots (or the boundary
 * of the line), its evidence. Training reads tokens through this; the run-time stage sums the same
 * features through its per-word cache (tests/tag/token-features.test.ts compares the two).
 */
export function tokenFeatures(doc: Doc, evidence: Evidence, nameCounts: NameCounts, t: number, out: Int32Array, names?: string[]): number {
  const { tokens, folded } = doc;
  let n = 0;
  for (let slot = 0; slot < SLOT_COUNT; slot++) {
    const u = slot === SLOT_SELF ? t : neighbourOf(doc, t, SLOT_OFFSETS[slot]);
    if (u < 0) {
      out[n++] = boundaryFeature(slot);
      if (names) names.push(`${SLOT_NAMES[slot]}: none`);
      continue;
    }
    n = wordFeatures(folded.codes, tokens.start[u], tokens.end[u], tokens.kind[u], slot, nameCounts, out, n, names);
  }
  for (let i = evidence.start[t], end = evidence.start[t + 1]; i < end; i++) {
    out[n++] = evidence.ids[i];
    if (names) names.push('evidence');
  }
  return n;
}

/** Enough room for one token's features. */
export const MAX_TOKEN_FEATURES = 512;
