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
  /** Per-token scratch of collectEvidence, reused from one document to the next. */
  scratch: EvidenceScratch;
}

/** collectEvidence's per-token scratch (see there). */
interface EvidenceScratch {
  /** Per token: how many features the matches, candidates and kept spans give it, then where the next one goes. */
  cursor: Int32Array;
  /** Per token: the bare word's hash (wordKey), 0 for no word. */
  keys: Int32Array;
  /** Per token: the document's number of its bare word, -1 for none. */
  numbers: Int32Array;
  /** Per token: 4 bits per type (only the lowest used) of the kept spans and of the candidates over it. */
  own: Int32Array;
  ownCandidates: Int32Array;
  /** Per token: the type of the kept span over it, 0 for none. */
  covered: Uint8Array;
  /** Per word number: 4 bits per type, how many kept spans (candidates) read the word as that type. */
  byWord: Int32Array;
  byWordCandidates: Int32Array;
  /** Open addressing from a bare word's hash to its number: `table[2s]` the hash, `table[2s + 1]` the number (-1: free). */
  table: Int32Array;
}

/** Tokens of scratch kept past a document that needed more (a 1 MB line of «.» is a million tokens). */
const MAX_RETAINED_TOKENS = 1 << 16;

function createScratch(capacity: number): EvidenceScratch {
  return {
    cursor: new Int32Array(capacity),
    keys: new Int32Array(capacity),
    numbers: new Int32Array(capacity),
    own: new Int32Array(capacity),
    ownCandidates: new Int32Array(capacity),
    covered: new Uint8Array(capacity),
    byWord: new Int32Array(capacity),
    byWordCandidates: new Int32Array(capacity),
    table: new Int32Array(64),
  };
}

export function createEvidence(capacity = 256): Evidence {
  return {
    start: new Int32Array(capacity + 1),
    ids: new Int32Array(capacity * 8),
    described: new Int32Array(capacity * 8),
    candidates: [],
    kept: [],
    count: 0,
    scratch: createScratch(capacity),
  };
}

const TYPE_CODE: Readonly<Record<string, number>> = { PERSON: 1, COUNTRY: 2, ORGANIZATION: 3, PLACE: 4, NATIONALITY: 5 };
const TYPE_NAMES = ['', 'PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY'];
const POSITION_NAMES = ['first of', 'inside', 'last of', 'alone as'];
/** Matches longer than this many tokens are not looked back for. */
const LONGEST_MATCH = 8;
/** The most features one token gets from the lexicon's flags and cues (32 bits, three tokens each) and from the document (E_UNRESOLVED, E_DOCUMENT*). */
const MOST_TOKEN_FEATURES = 3 * 32 + 3 * 32 + 1 + 2 * 5;

/** featureId(template, v) for v < size. */
function featureIds(template: number, size: number): Int32Array {
  return Int32Array.from({ length: size }, (_, value) => featureId(template, value));
}

/**
 * The ids of the lexicon's flags and cues (E_FLAG, E_CUE: a bit and an offset, values under 128),
 * most of a token's evidence, read from a table; made on first use.
 */
let smallFeatureIds: { flagIds: Int32Array; cueIds: Int32Array } | undefined;

/**
 * The feature of the lexicon's flag `bit` (a WORD_* class: given name, common word …) on the word
 * `offset` (-1, 0 or 1) tokens from the tagged one: what collectEvidence writes first for each token.
 */
export function flagFeature(bit: number, offset: number): number {
  return featureId(E_FLAG, bit * 4 + offset + 1);
}

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

/**
 * The evidence of every token of the document (after the rules have run). Each token's features
 * come in this order (training and run time sum them in it): the lexicon's flags around it, the cues
 * before it, the matches over it, the candidates over it, alam's kept spans over and next to it,
 * then what the document says of its word. The first two and the last are written token by token;
 * the middle three, which spans hand out, go into a gap left for them, counted first: each match,
 * candidate and kept span is read once, not looked back for from every token.
 */
export function collectEvidence(doc: Doc, evidence: Evidence): Evidence {
  const { tokens, matches, index } = doc;
  const count = tokens.count;
  const lineFlags = tokens.flags;
  const candidates = doc.candidates;
  const kept = resolveOverlaps(candidates, count, false, doc.overlaps).kept;
  const scratch = prepareScratch(evidence, count);
  const { cursor, covered } = scratch;
  const sameLine = (t: number): boolean => !(lineFlags[t] & AFTER_NEWLINE);
  const { flagIds, cueIds } = (smallFeatureIds ??= { flagIds: featureIds(E_FLAG, 128), cueIds: featureIds(E_CUE, 128) });

  // How many features each token gets from the spans over and next to it.
  cursor.fill(0, 0, count);
  for (let from = 0; from < count; from++) {
    for (let m = matches.head[from], last = matches.head[from + 1]; m < last; m++) {
      const entries = Math.min(index.formSize[matches.form[m]], 2);
      for (let t = from, end = Math.min(matches.tokEnd[m], from + LONGEST_MATCH + 1); t < end; t++) cursor[t] += entries;
    }
  }
  for (const candidate of candidates) for (let t = candidate.tokStart; t < candidate.tokEnd; t++) cursor[t] += 2;
  covered.fill(0, 0, count);
  for (const candidate of kept) {
    const type = TYPE_CODE[candidate.type];
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      covered[t] = type;
      cursor[t]++;
      if (t > 0 && sameLine(t)) cursor[t - 1]++;
      if (t + 1 < count && sameLine(t + 1)) cursor[t + 1]++;
    }
  }
  countWordReadings(doc, candidates, kept, scratch);
  const { keys, numbers, own, ownCandidates, byWord, byWordCandidates } = scratch;

  // Token by token: the flags and cues, the gap, what the document says of the word.
  let n = 0;
  let ids = evidence.ids;
  let described = evidence.described;
  const start = evidence.start;
  for (let t = 0; t < count; t++) {
    if (n + cursor[t] + MOST_TOKEN_FEATURES > ids.length) {
      const length = Math.max(ids.length * 2, n + cursor[t] + MOST_TOKEN_FEATURES);
      const grownIds = new Int32Array(length);
      grownIds.set(ids.subarray(0, n));
      const grownDescribed = new Int32Array(length);
      grownDescribed.set(described.subarray(0, n));
      evidence.ids = ids = grownIds;
      evidence.described = described = grownDescribed;
    }
    start[t] = n;
    const before = t > 0 && sameLine(t);
    const before2 = before && t > 1 && sameLine(t - 1);
    const after = t + 1 < count && sameLine(t + 1);
    // The lexicon's word classes of the token and its neighbours: given name, family name, common word …
    for (let offset = -1; offset <= 1; offset++) {
      if (offset === -1 ? !before : offset === 1 ? !after : false) continue;
      let flags = doc.tokenFlags[t + offset];
      while (flags !== 0) {
        const bit = 31 - Math.clz32(flags);
        flags ^= 1 << bit;
        const value = bit * 4 + offset + 1;
        ids[n] = flagIds[value];
        described[n++] = E_FLAG * 0x1000000 + value;
      }
    }
    // Cue phrases starting at the token or just before it: a title, a head noun, a place cue.
    for (let offset = -2; offset <= 0; offset++) {
      if (offset === -2 ? !before2 : offset === -1 ? !before : false) continue;
      let bits = doc.cueBits[t + offset];
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits ^= 1 << bit;
        const value = bit * 4 + offset + 2;
        ids[n] = cueIds[value];
        described[n++] = E_CUE * 0x1000000 + value;
      }
    }
    const gap = cursor[t];
    cursor[t] = n;
    n += gap;
    if (!covered[t]) {
      ids[n] = featureId(E_UNRESOLVED, tokens.kind[t]);
      described[n++] = E_UNRESOLVED * 0x1000000 + tokens.kind[t];
    }
    if (keys[t] === 0) continue;
    const counts = byWord[numbers[t]];
    const countsCandidates = byWordCandidates[numbers[t]];
    // Most words are read as nothing anywhere in the document.
    if ((counts | countsCandidates) === 0) continue;
    for (let type = 1; type <= 5; type++) {
      const shift = (type - 1) * 4;
      // Elsewhere in the document: the token's own reading is not counted.
      if (((counts >>> shift) & 15) - ((own[t] >>> shift) & 1) > 0) {
        ids[n] = featureId(E_DOCUMENT, type);
        described[n++] = E_DOCUMENT * 0x1000000 + type;
      }
      if (((countsCandidates >>> shift) & 15) - ((ownCandidates[t] >>> shift) & 1) > 0) {
        ids[n] = featureId(E_DOCUMENT_CANDIDATE, type);
        described[n++] = E_DOCUMENT_CANDIDATE * 0x1000000 + type;
      }
    }
  }
  start[count] = n;

  // The gaps, in the order the spans come: matches, candidates, kept spans.
  const put = (t: number, template: number, value: number, description: number): void => {
    const at = cursor[t]++;
    ids[at] = featureId(template, value);
    described[at] = template * 0x1000000 + description;
  };
  // The lexicon forms covering the token, by the type and tier of their best entries.
  for (let from = 0; from < count; from++) {
    for (let m = matches.head[from], last = matches.head[from + 1]; m < last; m++) {
      const tokEnd = matches.tokEnd[m];
      const form = matches.form[m];
      const first = index.formStart[form];
      const entries = first + Math.min(index.formSize[form], 2);
      for (let t = from, end = Math.min(tokEnd, from + LONGEST_MATCH + 1); t < end; t++) {
        const position = positionIn(t, from, tokEnd);
        for (let i = first; i < entries; i++) {
          const entry = index.entryList[i];
          const tier = index.entryFlags(entry) & (ENTRY_CONTEXT | ENTRY_CUE_TIER);
          const value = (index.entryTypeCode[entry] * 4 + tier) * 4 + position;
          put(t, E_MATCH, value, value);
        }
      }
    }
  }
  // What the lexicon and the rules proposed, and what alam alone would have kept.
  const positionOf = new Map<Candidate, number>();
  candidates.forEach((candidate, c) => {
    positionOf.set(candidate, c);
    const source = sourceHash(candidate);
    const type = TYPE_CODE[candidate.type];
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      const position = positionIn(t, candidate.tokStart, candidate.tokEnd);
      put(t, E_CANDIDATE, Math.imul(source, 31) + type * 4 + position, c * 4 + position);
      put(t, E_CANDIDATE_TYPE, type * 4 + position, c * 4 + position);
    }
  });
  for (const candidate of kept) {
    const type = TYPE_CODE[candidate.type];
    const c = positionOf.get(candidate) ?? 0;
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      const position = positionIn(t, candidate.tokStart, candidate.tokEnd);
      // The reading next door: a name often runs on, or stops, at alam's span's edge.
      if (t > 0 && sameLine(t)) put(t - 1, E_RESOLVED_NEAR, type * 8 + position * 2, c * 4);
      if (t + 1 < count && sameLine(t + 1)) put(t + 1, E_RESOLVED_NEAR, type * 8 + position * 2 + 1, c * 4 + 1);
      put(t, E_RESOLVED, type * 4 + position, c * 4 + position);
    }
  }
  evidence.count = count;
  // A copy: the tagger then replaces the document's candidates, and --explain reads these by index.
  evidence.candidates = candidates.slice();
  evidence.kept = kept;
  return evidence;
}

/** The scratch for `count` tokens: grown when short, dropped for a far smaller document when it grew past MAX_RETAINED_TOKENS. */
function prepareScratch(evidence: Evidence, count: number): EvidenceScratch {
  const held = evidence.scratch.cursor.length;
  if (held < count || (held > MAX_RETAINED_TOKENS && count * 8 < held)) {
    const capacity = Math.min(count * 2, count + MAX_RETAINED_TOKENS);
    evidence.scratch = createScratch(capacity);
    evidence.start = new Int32Array(capacity + 1);
  }
  return evidence.scratch;
}

/**
 * What alam made of each word across the document (E_DOCUMENT, E_DOCUMENT_CANDIDATE): per bare
 * word, 4 bits per type counting the kept spans over it (`byWord`) and the candidates (`byWordCandidates`,
 * once per token and type), and each token's own share (`own`, `ownCandidates`). The words are the
 * hashes of wordKey, numbered per document.
 */
function countWordReadings(doc: Doc, candidates: readonly Candidate[], kept: readonly Candidate[], scratch: EvidenceScratch): void {
  const { tokens, folded } = doc;
  const count = tokens.count;
  const codes = folded.codes;
  const { keys, numbers, own, ownCandidates, byWord, byWordCandidates } = scratch;
  let wordTokens = 0;
  for (let t = 0; t < count; t++) {
    // The word without its proclitics and its article: «الريال» and «ريال مدريد» meet on «ريال».
    let key = 0;
    if (tokens.kind[t] === WORD) {
      const start = doc.stemStart[t];
      const end = tokens.end[t];
      key = hashWord(codes, end - start > 4 && codes[start] === ALEF && codes[start + 1] === LAM ? start + 2 : start, end);
    }
    keys[t] = key;
    if (key !== 0) wordTokens++;
  }
  // A table for this document's words only, at most half full: a small document after a large one clears little.
  let slots = 16;
  while (slots < wordTokens * 2) slots *= 2;
  if (scratch.table.length < slots * 2) scratch.table = new Int32Array(slots * 2);
  const table = scratch.table;
  const mask = slots - 1;
  table.fill(-1, 0, slots * 2);
  let words = 0;
  for (let t = 0; t < count; t++) {
    const key = keys[t];
    numbers[t] = -1;
    if (key === 0) continue;
    let slot = (key ^ (key >>> 15)) & mask;
    while (table[slot * 2 + 1] >= 0 && table[slot * 2] !== key) slot = (slot + 1) & mask;
    if (table[slot * 2 + 1] < 0) {
      table[slot * 2] = key;
      table[slot * 2 + 1] = words++;
    }
    numbers[t] = table[slot * 2 + 1];
  }
  byWord.fill(0, 0, words);
  byWordCandidates.fill(0, 0, words);
  own.fill(0, 0, count);
  ownCandidates.fill(0, 0, count);
  for (const candidate of kept) {
    const shift = (TYPE_CODE[candidate.type] - 1) * 4;
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      if (keys[t] === 0) continue;
      own[t] |= 1 << shift;
      const counts = byWord[numbers[t]];
      if (((counts >>> shift) & 15) < 15) byWord[numbers[t]] = counts + (1 << shift);
    }
  }
  for (const candidate of candidates) {
    const shift = (TYPE_CODE[candidate.type] - 1) * 4;
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      if (keys[t] === 0 || (ownCandidates[t] >>> shift) & 1) continue;
      ownCandidates[t] |= 1 << shift;
      const counts = byWordCandidates[numbers[t]];
      if (((counts >>> shift) & 15) < 15) byWordCandidates[numbers[t]] = counts + (1 << shift);
    }
  }
}

/** Whether describeEvidence names one of the document's candidates for `described` (its words change from one document to the next). */
export function describesCandidate(described: number): boolean {
  const template = Math.floor(described / 0x1000000);
  return template === E_CANDIDATE || template === E_RESOLVED || template === E_CANDIDATE_TYPE || template === E_RESOLVED_NEAR;
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
