import type { EntityType, Provenance } from '../types';
import { addCandidate, keepCandidates, type Doc } from '../document';
import { createCandidate, type Candidate } from '../candidate';
import { PRIORITY } from '../priorities';
import { hashWord, WordTable } from '../lexicon/word-table';
import { ENTRY_CUSTOM } from '../lexicon/lexicon-types';
import { foldedString } from '../normalize/fold-text';
import { AFTER_NEWLINE, WORD } from '../tokenize/scan-tokens';
import { ALEF, BA, FA, KAF, LAM, WAW } from '../tokenize/arabic-letters';
import { classifyChar, MARK } from '../tokenize/char-class';
import { decodeLabels } from './decode-labels';
import type { TaggerModel } from './model-file';
import type { Refold } from './model-letters';
import { isBegin, labelClass, LABEL_COUNT, LABELS, OUTSIDE } from './tag-labels';
import {
  boundaryFeature,
  collectEvidence,
  createEvidence,
  describeEvidence,
  describesCandidate,
  flagFeature,
  MAX_TOKEN_FEATURES,
  SLOT_COUNT,
  SLOT_NAMES,
  SLOT_NEXT1,
  SLOT_NEXT2,
  SLOT_OFFSETS,
  SLOT_PREV1,
  SLOT_PREV2,
  SLOT_SELF,
  wordFeatures,
  type Evidence,
} from './token-features';

/**
 * Word types cached per tagger: 65,536 × 5 slots × 9 labels × 4 bytes (int32) = 11.8 MB. The cache starts
 * over before a document once it holds more; a document's own words always stay (its tokens point
 * at their rows until it is decoded), so one document of more types grows it past this.
 */
const MAX_CACHED_WORDS = 1 << 16;
const ROW = SLOT_COUNT * LABEL_COUNT;
/**
 * Row 0 of `rows` holds the boundary features' scores (before a line's first token, after its last);
 * word id w has row w + 1. A neighbour slot thus reads one array whether or not the line ends there.
 */
const BOUNDARY_ROW = 0;
/** Slots of the evidence table (see Tagger.evidenceKeys): at most half of them are used, then it starts over. */
const EVIDENCE_SLOTS = 1 << 11;
const EVIDENCE_MASK = EVIDENCE_SLOTS - 1;
/**
 * The lexicon's flags of a word (`doc.tokenFlags`: given name, common word …; flagFeature) depend on
 * its folded letters only, as its word features do: matching reads them from the word table, for
 * the word or its stem. So, under the default folds, a word's row also sums the weights of its
 * flags where a token reads them, one word before it, on it and one word after it (SLOT_PREV1,
 * SLOT_SELF, SLOT_NEXT1), and scoreTokens skips the flag features at the head of each token's
 * evidence (3.4 of its 5.9 evidence features over the bench corpus: a probe of the evidence table
 * and nine additions each). Under other folds a row is the model's letters, which words of other
 * flags share («القاهرة» and «القاهره» with `taMarbuta: false`): their flags stay evidence.
 */
const FLAG_SLOTS: readonly number[] = [SLOT_SELF, SLOT_PREV1, SLOT_NEXT1];

/** Tokens of scratch (emissions, scores, labels) kept past a document that needed more (as the extractor's folded buffer). */
const MAX_RETAINED_TOKENS = 1 << 16;

/** What --explain names: the lexicon's cue classes, entry types and word flags, by bit. */
export interface TaggerNames {
  readonly cues: readonly string[];
  readonly entryTypes: readonly string[];
  readonly flags: readonly string[];
}

/**
 * One extractor's tagger: the shared, immutable model and this extractor's own scratch and cache.
 * The cache maps each word type to its summed scores in the five slots (itself, one or two before,
 * one or two after): a word's features there depend on its letters only, so «الرئيس» is scored once.
 */
export interface Tagger {
  readonly model: TaggerModel;
  readonly names: TaggerNames;
  words: WordTable;
  /**
   * ROW sums per row: the boundary's (BOUNDARY_ROW), then each cached word's (its id + 1). Sums of
   * the model's int16 weights (`model.quantized`): exact, so a word's row is the same whichever
   * order its features come in, and a token's score is the sum of its rows, times the scale.
   * Under the default folds (no `refold`) a row also holds the weights of the word's lexicon flags
   * in the three slots where a token reads them (FLAG_SLOTS).
   */
  rows: Int32Array;
  /**
   * Per lexicon word id (`doc.word`, which matching already looked up): its row, or -1. Most tokens
   * are lexicon words («قال», «الرئيس»), and an array read is cheaper than hashing them again.
   */
  rowOfLexiconWord: Int32Array;
  readonly evidence: Evidence;
  /**
   * The evidence features met so far, and their weights copied into one small table: the model's
   * rows of them lie scattered over its 4.5 MB of weights (and their row numbers over the 4 MB of
   * `rowOf`), where the word rows' traffic pushes them out of the CPU's caches; the few hundred
   * features documents use («alam found nothing here», «lexicon: given name (1 before)»; 288 over
   * the bench corpus) fit in a few KB here, and each one's row is searched for once (rowOfFeature).
   * `evidenceKeys[slot]` is a feature id + 1 (0: free; the
   * ids are hashes, so the slot is the id's low bits), `evidenceAt[slot]` where its LABEL_COUNT
   * weights start in `evidenceWeights` (-1: the model has none). A cache of the model only: it
   * starts over when half its slots are taken, even within a document. Features the model lacks take
   * slots too, so they are counted (`evidenceSlots`): counting only the rows copied
   * (`evidenceCount`) let a text of many such features fill every slot, and the probe never ended.
   */
  readonly evidenceKeys: Int32Array;
  readonly evidenceAt: Int32Array;
  readonly evidenceWeights: Int16Array;
  evidenceCount: number;
  evidenceSlots: number;
  /** What touchRows read last: kept, so that its reads are not optimized away. */
  touched: number;
  /** Each token's nine scores: its integer sums times the model's scale (Viterbi adds the float transitions to them). */
  emissions: Float64Array;
  labels: Uint8Array;
  back: Uint8Array;
  /** Viterbi's scores of the previous token and of this one. */
  readonly best: Float64Array;
  /** The model's transition scores as doubles (the same values): Viterbi adds them to doubles without converting each. */
  readonly transitions: Float64Array;
  wordOf: Int32Array;
  /** tagEntities' per-token scratch: the model span over each token (-1 for none), and its marks (ABSTAINED, CLAIMED). */
  spanOf: Int32Array;
  marks: Uint8Array;
  readonly scratch: Int32Array;
  /**
   * --explain's words, kept across documents: each weight's «+1.23» (direct-mapped by the int16 sum:
   * `weightSums[i]` is the sum whose text `weightTexts[i]` holds), each evidence feature's description
   * that names no candidate, and each cached word's folded text, by its row (not under a refold,
   * where words of other letters share a row).
   */
  readonly weightSums: Int32Array;
  readonly weightTexts: (string | undefined)[];
  readonly evidenceTexts: Map<number, string>;
  readonly wordTexts: Map<number, string>;
  /** For an extractor with other folds than the defaults: the letters the model reads (model-letters.ts). */
  readonly refold: Refold | undefined;
}

export function createTagger(model: TaggerModel, names: TaggerNames, refold?: Refold): Tagger {
  // scoreTokens sums the nine labels in nine locals.
  if (LABEL_COUNT !== 9) throw new Error(`the tagger sums 9 labels per token, but tag-labels.ts has ${LABEL_COUNT}`);
  // scoreTokens reads the four neighbour slots unrolled, in this order.
  if (SLOT_OFFSETS.join() !== '0,-1,-2,1,2') throw new Error(`the tagger reads slots at 0, -1, -2, 1, 2, but token-features.ts has ${SLOT_OFFSETS.join(', ')}`);
  const rows = new Int32Array(1024 * ROW);
  for (let slot = 0; slot < SLOT_COUNT; slot++) addWeights(model, boundaryFeature(slot), rows, BOUNDARY_ROW * ROW + slot * LABEL_COUNT);
  return {
    model,
    names,
    words: new WordTable(1024),
    rows,
    rowOfLexiconWord: new Int32Array(0),
    evidence: createEvidence(),
    evidenceKeys: new Int32Array(EVIDENCE_SLOTS),
    evidenceAt: new Int32Array(EVIDENCE_SLOTS),
    evidenceWeights: new Int16Array((EVIDENCE_SLOTS / 2) * LABEL_COUNT),
    evidenceCount: 0,
    evidenceSlots: 0,
    touched: 0,
    emissions: new Float64Array(0),
    labels: new Uint8Array(0),
    back: new Uint8Array(0),
    best: new Float64Array(2 * LABEL_COUNT),
    transitions: Float64Array.from(model.transitions),
    wordOf: new Int32Array(0),
    spanOf: new Int32Array(0),
    marks: new Uint8Array(0),
    scratch: new Int32Array(MAX_TOKEN_FEATURES),
    weightSums: new Int32Array(WEIGHT_TEXTS),
    weightTexts: new Array<string | undefined>(WEIGHT_TEXTS).fill(undefined),
    evidenceTexts: new Map(),
    wordTexts: new Map(),
    refold,
  };
}

function addWeights(model: TaggerModel, feature: number, out: Int32Array, at: number): void {
  const row = model.rowOfFeature(feature);
  if (row < 0) return;
  const w = model.loadRow(row);
  const from = row * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) out[at + l] += w[from + l];
}

/** Where evidence feature `feature`'s LABEL_COUNT weights start in `tagger.evidenceWeights`, or -1 when the model has none. */
export function evidenceWeightsAt(tagger: Tagger, feature: number): number {
  const keys = tagger.evidenceKeys;
  let slot = feature & EVIDENCE_MASK;
  let key = keys[slot];
  while (key !== feature + 1 && key !== 0) {
    slot = (slot + 1) & EVIDENCE_MASK;
    key = keys[slot];
  }
  if (key === 0) slot = addEvidence(tagger, feature, slot);
  return tagger.evidenceAt[slot];
}

/** The slot of evidence feature `feature` in the evidence table, its weights copied from the model (`slot` is where its probe ended). */
function addEvidence(tagger: Tagger, feature: number, slot: number): number {
  const { evidenceKeys: keys, evidenceAt: at, model } = tagger;
  if (tagger.evidenceSlots >= EVIDENCE_SLOTS / 2) {
    keys.fill(0);
    tagger.evidenceCount = 0;
    tagger.evidenceSlots = 0;
    slot = feature & EVIDENCE_MASK;
  }
  keys[slot] = feature + 1;
  tagger.evidenceSlots++;
  const row = model.rowOfFeature(feature);
  if (row < 0) {
    at[slot] = -1;
    return slot;
  }
  const to = tagger.evidenceCount++ * LABEL_COUNT;
  tagger.evidenceWeights.set(model.loadRow(row).subarray(row * LABEL_COUNT, (row + 1) * LABEL_COUNT), to);
  at[slot] = to;
  return slot;
}

/**
 * The cached row of the word codes[start, end): its scores in each slot, computed on first sight;
 * with its lexicon flags `wordFlags` under the default folds (FLAG_SLOTS).
 */
function rowOf(tagger: Tagger, codes: Uint16Array, start: number, end: number, kind: number, wordFlags: number): number {
  // One hash per token: the lookup and, for a new word, the insertion share it (no string is built).
  const h = hashWord(codes, start, end);
  const found = tagger.words.lookupHashed(codes, start, end, false, h);
  if (found >= 0) return found + 1;
  const row = tagger.words.addAbsent(codes, start, end, h) + 1;
  if ((row + 1) * ROW > tagger.rows.length) {
    let length = tagger.rows.length * 2;
    if (length > (MAX_CACHED_WORDS + 1) * ROW && row <= MAX_CACHED_WORDS) length = (MAX_CACHED_WORDS + 1) * ROW;
    const rows = new Int32Array(length);
    rows.set(tagger.rows);
    tagger.rows = rows;
  }
  const { model, rows, scratch } = tagger;
  // After the cache started over, the row still holds an evicted word's sums.
  rows.fill(0, row * ROW, (row + 1) * ROW);
  for (let slot = 0; slot < SLOT_COUNT; slot++) {
    const n = wordFeatures(codes, start, end, kind, slot, model.nameCounts, scratch, 0);
    for (let i = 0; i < n; i++) addWeights(model, scratch[i], rows, row * ROW + slot * LABEL_COUNT);
  }
  if (tagger.refold) return row;
  for (const slot of FLAG_SLOTS) {
    for (let flags = wordFlags; flags !== 0; ) {
      const bit = 31 - Math.clz32(flags);
      flags ^= 1 << bit;
      addWeights(model, flagFeature(bit, SLOT_OFFSETS[slot]), rows, row * ROW + slot * LABEL_COUNT);
    }
  }
  return row;
}

/** How many bits of `x` are set. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** `tagger.wordOf[t]`: each token's row, through the lexicon's word ids where matching found one. */
function findRows(doc: Doc, tagger: Tagger): void {
  const { tokens, folded } = doc;
  const count = tokens.count;
  const lexiconWords = doc.index.words.size;
  if (tagger.words.size >= MAX_CACHED_WORDS) {
    tagger.words = new WordTable(1024);
    tagger.rowOfLexiconWord.fill(-1);
    tagger.wordTexts.clear();
  }
  if (tagger.rowOfLexiconWord.length < lexiconWords) {
    const map = new Int32Array(lexiconWords + 1024).fill(-1);
    map.set(tagger.rowOfLexiconWord);
    tagger.rowOfLexiconWord = map;
  }
  const { wordOf, rowOfLexiconWord } = tagger;
  // Under other folds the word ids are those of the caller's folded words, not of the model's letters.
  const letters = tagger.refold?.(doc);
  const codes = letters ? letters.codes : folded.codes;
  const { start, end } = letters ?? tokens;
  const kind = tokens.kind;
  const word = letters ? undefined : doc.word;
  const tokenFlags = doc.tokenFlags;
  for (let t = 0; t < count; t++) {
    const s = start[t];
    const e = end[t];
    const w = word ? word[t] : -1;
    if (w >= 0) {
      let id = rowOfLexiconWord[w];
      if (id < 0) {
        id = rowOf(tagger, codes, s, e, kind[t], tokenFlags[t]);
        rowOfLexiconWord[w] = id;
      }
      wordOf[t] = id;
    }
    // A run of the same unknown word («. . . .») is looked up once.
    else if (t > 0 && e - s === end[t - 1] - start[t - 1] && kind[t] === kind[t - 1] && sameCodes(codes, start[t - 1], s, e - s)) wordOf[t] = wordOf[t - 1];
    else wordOf[t] = rowOf(tagger, codes, s, e, kind[t], tokenFlags[t]);
  }
}

function sameCodes(codes: Uint16Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (codes[a + i] !== codes[b + i]) return false;
  return true;
}

/**
 * Reads every cache line of every token's row (ROW = 45 int32, 180 bytes: three or four lines of 16), in a loop
 * that does nothing else, before scoreTokens sums them. A word's row is first read for its second
 * next word slot, two tokens before its own; where the row is not in the CPU's caches (the rows of
 * the bench corpus's 62,747 words take 11.3 MB) that read stalled the long summing loop: it was 6 %
 * of all extraction time by itself (`npm run profile -- --docs`, line ticks). Here the reads of many
 * tokens' rows are in flight at once, and a document's rows (a few hundred, tens of KB) are then in
 * the caches for the sums. Returns a sum of what it read, for the caller to keep.
 */
function touchRows(rows: Int32Array, wordOf: Int32Array, count: number): number {
  let sum = 0;
  for (let t = 0; t < count; t++) {
    const from = wordOf[t] * ROW;
    sum = (sum + rows[from] + rows[from + 16] + rows[from + 32] + rows[from + ROW - 1]) | 0;
  }
  return sum;
}

/**
 * The score of every label at every token (`tagger.emissions`): the cached rows of the token and
 * its neighbours in their slots, plus the weights of the token's evidence, summed as integers (the
 * model's int16 weights), then times the model's scale. The same sum as the weights of
 * tokenFeatures(doc, t), which training reads, in any order: integers add exactly. The nine labels
 * are summed in locals, not through memory.
 */
export function scoreTokens(doc: Doc, tagger: Tagger): void {
  const { tokens } = doc;
  const count = tokens.count;
  collectEvidence(doc, tagger.evidence);
  const held = tagger.wordOf.length;
  if (held < count || (held > MAX_RETAINED_TOKENS && count * 8 < held)) {
    // Room to grow for the next documents, but no more than MAX_RETAINED_TOKENS of it: a 1 MB line
    // of «.» is a million tokens, 50 bytes of scratch each, and a far smaller document drops it.
    const capacity = Math.min(count * 2, count + MAX_RETAINED_TOKENS);
    tagger.wordOf = new Int32Array(capacity);
    tagger.emissions = new Float64Array(capacity * LABEL_COUNT);
    tagger.labels = new Uint8Array(capacity);
    tagger.back = new Uint8Array(capacity * LABEL_COUNT);
    tagger.spanOf = new Int32Array(capacity);
    tagger.marks = new Uint8Array(capacity);
  }
  findRows(doc, tagger);
  const { wordOf, emissions, rows } = tagger;
  tagger.touched = touchRows(rows, wordOf, count);
  const { model } = tagger;
  const weights = tagger.evidenceWeights;
  const scale = model.header.scale;
  const { start: evidenceStart, ids: evidenceIds } = tagger.evidence;
  const { flags } = tokens;
  const wordFlags = tagger.refold ? undefined : doc.tokenFlags;
  let lineStart = 0;
  let lineEnd = 0;
  for (let t = 0; t < count; t++) {
    if (t === lineEnd) {
      lineStart = t;
      lineEnd = t + 1;
      while (lineEnd < count && !(flags[lineEnd] & AFTER_NEWLINE)) lineEnd++;
    }
    // The slots in SLOT_OFFSETS order (0, -1, -2, 1, 2), unrolled; outside the line, the boundary
    // row (BOUNDARY_ROW), so that every slot reads the one array `rows`.
    let from = wordOf[t] * ROW;
    let e0 = rows[from];
    let e1 = rows[from + 1];
    let e2 = rows[from + 2];
    let e3 = rows[from + 3];
    let e4 = rows[from + 4];
    let e5 = rows[from + 5];
    let e6 = rows[from + 6];
    let e7 = rows[from + 7];
    let e8 = rows[from + 8];
    from = (t - 1 >= lineStart ? wordOf[t - 1] : BOUNDARY_ROW) * ROW + SLOT_PREV1 * LABEL_COUNT;
    e0 = (e0 + rows[from]) | 0;
    e1 = (e1 + rows[from + 1]) | 0;
    e2 = (e2 + rows[from + 2]) | 0;
    e3 = (e3 + rows[from + 3]) | 0;
    e4 = (e4 + rows[from + 4]) | 0;
    e5 = (e5 + rows[from + 5]) | 0;
    e6 = (e6 + rows[from + 6]) | 0;
    e7 = (e7 + rows[from + 7]) | 0;
    e8 = (e8 + rows[from + 8]) | 0;
    from = (t - 2 >= lineStart ? wordOf[t - 2] : BOUNDARY_ROW) * ROW + SLOT_PREV2 * LABEL_COUNT;
    e0 = (e0 + rows[from]) | 0;
    e1 = (e1 + rows[from + 1]) | 0;
    e2 = (e2 + rows[from + 2]) | 0;
    e3 = (e3 + rows[from + 3]) | 0;
    e4 = (e4 + rows[from + 4]) | 0;
    e5 = (e5 + rows[from + 5]) | 0;
    e6 = (e6 + rows[from + 6]) | 0;
    e7 = (e7 + rows[from + 7]) | 0;
    e8 = (e8 + rows[from + 8]) | 0;
    from = (t + 1 < lineEnd ? wordOf[t + 1] : BOUNDARY_ROW) * ROW + SLOT_NEXT1 * LABEL_COUNT;
    e0 = (e0 + rows[from]) | 0;
    e1 = (e1 + rows[from + 1]) | 0;
    e2 = (e2 + rows[from + 2]) | 0;
    e3 = (e3 + rows[from + 3]) | 0;
    e4 = (e4 + rows[from + 4]) | 0;
    e5 = (e5 + rows[from + 5]) | 0;
    e6 = (e6 + rows[from + 6]) | 0;
    e7 = (e7 + rows[from + 7]) | 0;
    e8 = (e8 + rows[from + 8]) | 0;
    from = (t + 2 < lineEnd ? wordOf[t + 2] : BOUNDARY_ROW) * ROW + SLOT_NEXT2 * LABEL_COUNT;
    e0 = (e0 + rows[from]) | 0;
    e1 = (e1 + rows[from + 1]) | 0;
    e2 = (e2 + rows[from + 2]) | 0;
    e3 = (e3 + rows[from + 3]) | 0;
    e4 = (e4 + rows[from + 4]) | 0;
    e5 = (e5 + rows[from + 5]) | 0;
    e6 = (e6 + rows[from + 6]) | 0;
    e7 = (e7 + rows[from + 7]) | 0;
    e8 = (e8 + rows[from + 8]) | 0;
    // The flags' features come first; their weights are in the rows already (FLAG_SLOTS).
    let first = evidenceStart[t];
    if (wordFlags) first += bitCount(wordFlags[t]) + (t - 1 >= lineStart ? bitCount(wordFlags[t - 1]) : 0) + (t + 1 < lineEnd ? bitCount(wordFlags[t + 1]) : 0);
    for (let i = first, last = evidenceStart[t + 1]; i < last; i++) {
      from = evidenceWeightsAt(tagger, evidenceIds[i]);
      if (from < 0) continue;
      e0 = (e0 + weights[from]) | 0;
      e1 = (e1 + weights[from + 1]) | 0;
      e2 = (e2 + weights[from + 2]) | 0;
      e3 = (e3 + weights[from + 3]) | 0;
      e4 = (e4 + weights[from + 4]) | 0;
      e5 = (e5 + weights[from + 5]) | 0;
      e6 = (e6 + weights[from + 6]) | 0;
      e7 = (e7 + weights[from + 7]) | 0;
      e8 = (e8 + weights[from + 8]) | 0;
    }
    const at = t * LABEL_COUNT;
    emissions[at] = e0 * scale;
    emissions[at + 1] = e1 * scale;
    emissions[at + 2] = e2 * scale;
    emissions[at + 3] = e3 * scale;
    emissions[at + 4] = e4 * scale;
    emissions[at + 5] = e5 * scale;
    emissions[at + 6] = e6 * scale;
    emissions[at + 7] = e7 * scale;
    emissions[at + 8] = e8 * scale;
  }
}

/** The token `offset` (-2 … 2) away from t on its line, or -1 (the inline form of neighbourOf). */
function neighbourOnLine(flags: Uint8Array, count: number, t: number, offset: number): number {
  if (offset === 0) return t;
  if (offset < 0) {
    if (t === 0 || flags[t] & AFTER_NEWLINE) return -1;
    if (offset === -1) return t - 1;
    return t - 1 === 0 || flags[t - 1] & AFTER_NEWLINE ? -1 : t - 2;
  }
  if (t + 1 >= count || flags[t + 1] & AFTER_NEWLINE) return -1;
  if (offset === 1) return t + 1;
  return t + 2 >= count || flags[t + 2] & AFTER_NEWLINE ? -1 : t + 2;
}

/** Decodes the scored tokens: `tagger.labels[t]` for t < tokens.count. */
export function labelTokens(doc: Doc, tagger: Tagger): Uint8Array {
  scoreTokens(doc, tagger);
  decodeLabels(tagger.emissions, doc.tokens.count, doc.tokens.flags, tagger.transitions, tagger.labels, tagger);
  return tagger.labels;
}

const CLASS_TYPES: readonly (EntityType | undefined)[] = [undefined, 'PERSON', 'PLACE', 'ORGANIZATION', undefined];
/** tagEntities' marks of a token: inside a run the model abstained on; inside a caller's entry. */
const ABSTAINED = 1;
const CLAIMED = 2;
/** Longer model spans are not returned (see tagEntities). */
const MAX_SPAN_TOKENS = 16;

/**
 * The tagger stage: the model decides the spans and their coarse types, and its spans take the
 * place of the lexicon's and the rules' readings, which it read as evidence. What stays: the
 * caller's own entries (an exact match of one is always returned: a model span over it is dropped)
 * and nationality adjectives («الروسي»), which the corpora do not tag. A span the lexicon or a rule
 * read the same way keeps that reading's entry (its id, canonical name, subtype, and COUNTRY or
 * PLACE for a location: «[روسيا]» is the country); any other location is a PLACE. Where the model
 * finds nothing, alam's cue readings stand (below).
 */
export function tagEntities(doc: Doc, tagger: Tagger): void {
  const labels = labelTokens(doc, tagger);
  const { tokens, index } = doc;
  const count = tokens.count;
  const spans: { tokStart: number; tokEnd: number; type: EntityType }[] = [];
  const inSpan = tagger.spanOf.fill(-1, 0, count);
  const marks = tagger.marks.fill(0, 0, count);
  for (let t = 0; t < count; ) {
    const label = labels[t];
    if (label === OUTSIDE) {
      t++;
      continue;
    }
    let end = t + 1;
    while (end < count && labels[end] === label + (isBegin(label) ? 1 : 0) && !(tokens.flags[end] & AFTER_NEWLINE)) end++;
    const type = CLASS_TYPES[labelClass(label)];
    const first = doc.folded.codes[tokens.start[t]];
    // A run this long is names the model failed to tell apart («محمد بن علي محمد بن علي …»): it abstains there.
    if (end - t > MAX_SPAN_TOKENS) marks.fill(ABSTAINED, t, end);
    // A token opening on a combining mark (harakat kept: «،َبن») is debris, never the start of a name.
    else if (type !== undefined && classifyChar(first) !== MARK) {
      inSpan.fill(spans.length, t, end);
      spans.push({ tokStart: t, tokEnd: end, type });
    }
    t = end;
  }

  extendToNisba(spans, inSpan, marks, tagger.evidence);

  const bySpan = new Map<number, Candidate[]>();
  const custom: Candidate[] = [];
  for (const candidate of doc.candidates) {
    if (candidate.entry >= 0 && candidate.source === undefined && index.entryFlags(candidate.entry) & ENTRY_CUSTOM) custom.push(candidate);
    const key = candidate.tokStart * 65536 + candidate.tokEnd;
    const list = bySpan.get(key);
    if (list) list.push(candidate);
    else bySpan.set(key, [candidate]);
  }
  for (const candidate of custom) for (let u = candidate.tokStart; u < candidate.tokEnd; u++) marks[u] |= CLAIMED;
  // What stays besides the model's spans: nationality adjectives, the caller's entries, and the
  // readings lying inside a model span, which `nested: true` returns within it («جامعة [القاهرة]»).
  const inside = (candidate: Candidate): boolean => {
    const s = inSpan[candidate.tokStart];
    return s >= 0 && inSpan[candidate.tokEnd - 1] === s && candidate.tokEnd - candidate.tokStart < spans[s].tokEnd - spans[s].tokStart;
  };
  const isCustom = new Set(custom);
  keepCandidates(doc, (candidate) => candidate.type === 'NATIONALITY' || isCustom.has(candidate) || inside(candidate));

  // Where the model finds no name at all, alam's strongest readings stand: words a cue says what
  // they are («امين [المجلس الاعلى للامن القومي الايراني]» after a head noun, «المصدر : [فارس]»);
  // where it abstained, all of alam's readings do.
  for (const candidate of tagger.evidence.kept) {
    if (candidate.type === 'NATIONALITY') continue;
    let free = true;
    let all = true;
    for (let u = candidate.tokStart; u < candidate.tokEnd; u++) {
      if (labels[u] !== OUTSIDE || marks[u] & CLAIMED) free = false;
      if (!(marks[u] & ABSTAINED)) all = false;
    }
    if (all || (free && candidate.priority >= PRIORITY.cue) || holdsModelNames(candidate, labels, marks, inSpan, spans)) addCandidate(doc, candidate);
  }

  for (const { tokStart, tokEnd, type } of spans) {
    let overlaps = false;
    for (let u = tokStart; u < tokEnd; u++) if (marks[u] & CLAIMED) overlaps = true;
    if (overlaps) continue;
    const reading = sameReading(bySpan.get(tokStart * 65536 + tokEnd), type);
    addCandidate(
      doc,
      createCandidate({
        type: reading ? reading.type : type,
        tokStart,
        tokEnd,
        start: reading ? reading.start : spanStart(doc, tokStart),
        end: tokens.end[tokEnd - 1],
        entry: reading ? reading.entry : -1,
        source: explainSpan(doc, tagger, tokStart, labels[tokStart]),
        score: spanScore(tagger.emissions, tagger.model.transitions, labels, tokens.flags, tokStart, tokEnd, count, Number(tagger.model.header.hyperParameters.marginScale ?? MARGIN_SCALE)),
        priority: PRIORITY.model,
        canonical: reading?.canonical,
      }),
    );
  }
}

/**
 * A model organization that stops before a nationality adjective which alam's cue reading of the same
 * organization takes in runs on to it: the head noun's rule reads the nisba as part of the name, as the
 * seed article has it («امين [المجلس الاعلى للامن القومي الايراني]»), and the model, which knows the
 * head noun only two words on, stopped before «الايراني». Only over tokens no other span holds.
 */
function extendToNisba(spans: { tokStart: number; tokEnd: number; type: EntityType }[], inSpan: Int32Array, marks: Uint8Array, evidence: Evidence): void {
  const longer: { span: { tokStart: number; tokEnd: number }; s: number; tokEnd: number }[] = [];
  for (const reading of evidence.kept) {
    if (reading.type !== 'ORGANIZATION' || reading.priority < PRIORITY.cue) continue;
    const s = inSpan[reading.tokStart];
    if (s < 0) continue;
    const span = spans[s];
    if (span.type !== 'ORGANIZATION' || span.tokStart !== reading.tokStart || reading.tokEnd <= span.tokEnd) continue;
    longer.push({ span, s, tokEnd: reading.tokEnd });
  }
  if (longer.length === 0) return;
  // One pass over the candidates for all of them: a document of repeated articles has thousands.
  const nisbaEnds = new Map<number, number[]>();
  for (const c of evidence.candidates) if (c.type === 'NATIONALITY') nisbaEnds.set(c.tokStart, [...(nisbaEnds.get(c.tokStart) ?? []), c.tokEnd]);
  for (const { span, s, tokEnd } of longer) {
    let free = nisbaEnds.get(span.tokEnd)?.includes(tokEnd) === true;
    for (let u = span.tokEnd; u < tokEnd; u++) if (inSpan[u] >= 0 || marks[u] & ABSTAINED) free = false;
    if (!free) continue;
    inSpan.fill(s, span.tokEnd, tokEnd);
    span.tokEnd = tokEnd;
  }
}

/**
 * A re-typing reading of an organization (a known place made an organization's name by the word
 * before it) whose first word the model left outside, over places or persons the model found wholly
 * inside it: the model read the place, «معهد [واشنطن]», where the naming head's rule read the
 * institution named after it, «[معهد واشنطن]». The reading stands, the model's names nested in it
 * (resolveOverlaps keeps the longer span; `nested: true` returns them).
 */
function holdsModelNames(candidate: Candidate, labels: Uint8Array, marks: Uint8Array, inSpan: Int32Array, spans: readonly { tokStart: number; tokEnd: number; type: EntityType }[]): boolean {
  if (candidate.type !== 'ORGANIZATION' || candidate.priority < PRIORITY.retyped || labels[candidate.tokStart] !== OUTSIDE) return false;
  let names = false;
  for (let u = candidate.tokStart; u < candidate.tokEnd; u++) {
    if (marks[u] & CLAIMED) return false;
    if (labels[u] === OUTSIDE) continue;
    const s = inSpan[u];
    if (s < 0 || spans[s].type === 'ORGANIZATION' || spans[s].tokStart < candidate.tokStart || spans[s].tokEnd > candidate.tokEnd) return false;
    names = true;
  }
  return names;
}

/** The lexicon's or a rule's reading of the same tokens as the same coarse type, the one with an entry first. */
function sameReading(readings: readonly Candidate[] | undefined, type: EntityType): Candidate | undefined {
  if (!readings) return undefined;
  let best: Candidate | undefined;
  for (const reading of readings) {
    const same = type === 'PLACE' ? reading.type === 'PLACE' || reading.type === 'COUNTRY' : reading.type === type;
    if (!same) continue;
    if (!best || (reading.entry >= 0 && best.entry < 0) || ((reading.entry >= 0) === (best.entry >= 0) && reading.priority > best.priority)) best = reading;
  }
  return best;
}

/**
 * Where a model span starts in its first token (clitics stay outside a name): after a conjunction
 * or a preposition that the lexicon peeled, for a name or for a form it matched there, or, for a
 * word it does not know, after «و» / «ف» and before an article the preposition carries
 * («وكاسباروف» → «كاسباروف», «بالمنظمة» → «المنظمة»).
 */
function spanStart(doc: Doc, t: number): number {
  const { tokens, folded } = doc;
  const s = tokens.start[t];
  if (doc.stemStart[t] !== s || tokens.kind[t] !== WORD) return doc.stemStart[t];
  // Matching read a lexicon form after the token's proclitics and none from its first letter:
  // «لحركة حماس» starts at «حركة» (the form of «حركة حماس»), though «لحركة» is a common word.
  // «لبنان» matches whole, and stays whole.
  const { head, start: matchStart, restored } = doc.matches;
  let peeled = -1;
  for (let i = head[t]; i < head[t + 1]; i++) {
    if (matchStart[i] === s) return s;
    if (!restored[i] && (peeled < 0 || matchStart[i] < peeled)) peeled = matchStart[i];
  }
  if (peeled >= 0) return peeled;
  if (doc.word[t] >= 0 || doc.tokenFlags[t] !== 0) return s;
  const codes = folded.codes;
  const e = tokens.end[t];
  let p = s;
  // Not when a haraka follows (`normalize: { harakat: false }`): «وًلأَبو» would start on the mark.
  if ((codes[p] === WAW || codes[p] === FA) && e - p > 4 && classifyChar(codes[p + 1]) !== MARK) p++;
  if ((codes[p] === BA || codes[p] === KAF || codes[p] === LAM) && codes[p + 1] === ALEF && codes[p + 2] === LAM && e - p > 5) p++;
  return p;
}

/**
 * The margin that scores 1 - 1/e ≈ 0.63 when the model's header names none: about a perceptron's
 * median span. A CRF's header names 1: its margin is a log-odds.
 */
const MARGIN_SCALE = 500;

/**
 * A span's confidence in [0, 1): by how much the decoded labels beat the same labels with the span's
 * tokens all O (always a valid sequence, and never better, since Viterbi chose the first), as
 * 1 - e^(-margin / marginScale). Monotone in the model's margin; not a calibrated probability.
 */
function spanScore(emissions: Float64Array, transitions: Float32Array, labels: Uint8Array, tokenFlags: Uint8Array, tokStart: number, tokEnd: number, count: number, marginScale: number): number {
  const from = (t: number): number => (t === 0 || tokenFlags[t] & AFTER_NEWLINE ? LABEL_COUNT : labels[t - 1]);
  let margin = 0;
  for (let t = tokStart; t < tokEnd; t++) {
    margin += emissions[t * LABEL_COUNT + labels[t]] - emissions[t * LABEL_COUNT + OUTSIDE];
    const previous = from(t);
    const previousAsO = t === tokStart || previous === LABEL_COUNT ? previous : OUTSIDE;
    margin += transitions[previous * LABEL_COUNT + labels[t]] - transitions[previousAsO * LABEL_COUNT + OUTSIDE];
  }
  if (tokEnd < count && !(tokenFlags[tokEnd] & AFTER_NEWLINE)) {
    const next = labels[tokEnd];
    margin += transitions[labels[tokEnd - 1] * LABEL_COUNT + next] - transitions[OUTSIDE * LABEL_COUNT + next];
  }
  const score = 1 - Math.exp(-Math.max(0, margin) / marginScale);
  return Math.round(score * 1000) / 1000;
}

/** How many features --explain names: the ones that weighed most for the first token's label. */
const EXPLAINED = 3;
/** Scratch of explainSpan: the weights (int16 sums) and what they belong to (slot s as -1 - s, evidence i as i), heaviest first. */
const topWeights = new Int32Array(EXPLAINED);
const topParts = new Int32Array(EXPLAINED);

/**
 * Keeps `weight` among the `kept` heaviest so far (topWeights, topParts); returns the new count.
 * A tie goes after the weights already kept, as a stable sort would put it.
 */
function considerWeight(kept: number, weight: number, part: number): number {
  let at = kept;
  while (at > 0 && topWeights[at - 1] < weight) at--;
  if (at === EXPLAINED) return kept;
  for (let k = Math.min(kept, EXPLAINED - 1); k > at; k--) {
    topWeights[k] = topWeights[k - 1];
    topParts[k] = topParts[k - 1];
  }
  topWeights[at] = weight;
  topParts[at] = part;
  return kept < EXPLAINED ? kept + 1 : kept;
}

/**
 * The span's provenance, whose `detail` names the three features that weighed most for the first
 * token's label (what --explain shows). Only those three are put into words: a span's first token
 * has some thirty features. Ties keep the features' order (word slots, then evidence), as a stable
 * sort of them all would. The line is written now, a plain property: an object literal with a lazy
 * getter cost about four times as much to create as the three short strings and weights it saves.
 */
function explainSpan(doc: Doc, tagger: Tagger, t: number, label: number): Provenance {
  const { tokens, folded } = doc;
  const { evidence, model, rows, wordOf } = tagger;
  let kept = 0;
  for (let slot = 0; slot < SLOT_COUNT; slot++) {
    const u = neighbourOnLine(tokens.flags, tokens.count, t, SLOT_OFFSETS[slot]);
    if (u < 0) continue;
    let weight = rows[wordOf[u] * ROW + slot * LABEL_COUNT + label];
    // The word's own weight, without its flags' (FLAG_SLOTS), which the evidence below names.
    if (!tagger.refold && FLAG_SLOTS.includes(slot)) {
      for (let flags = doc.tokenFlags[u]; flags !== 0; ) {
        const bit = 31 - Math.clz32(flags);
        flags ^= 1 << bit;
        const from = evidenceWeightsAt(tagger, flagFeature(bit, SLOT_OFFSETS[slot]));
        if (from >= 0) weight -= tagger.evidenceWeights[from + label];
      }
    }
    kept = considerWeight(kept, weight, -1 - slot);
  }
  for (let i = evidence.start[t], end = evidence.start[t + 1]; i < end; i++) {
    const from = evidenceWeightsAt(tagger, evidence.ids[i]);
    if (from >= 0) kept = considerWeight(kept, tagger.evidenceWeights[from + label], i);
  }
  let detail = `${LABELS[label]}: `;
  for (let k = 0; k < kept; k++) {
    const part = topParts[k];
    let text: string;
    if (part < 0) {
      const u = neighbourOnLine(tokens.flags, tokens.count, t, SLOT_OFFSETS[-1 - part]);
      text = `${SLOT_NAMES[-1 - part]} «${wordText(tagger, folded, tokens, u)}»`;
    } else text = evidenceText(tagger, evidence.described[part]);
    detail += `${k > 0 ? ', ' : ''}${text} ${weightText(tagger, topWeights[k])}`;
  }
  return { kind: 'model', id: model.header.id, detail };
}

/** The most evidence descriptions --explain keeps: it starts over past this. */
const MAX_EXPLAIN_TEXTS = 1 << 14;
/** Weight texts kept, direct-mapped (a power of two). */
const WEIGHT_TEXTS = 1 << 12;

/** «+1.23»: the weight `sum` (an int16 sum) as --explain writes it; a few hundred values make most of the lines. */
function weightText(tagger: Tagger, sum: number): string {
  const at = sum & (WEIGHT_TEXTS - 1);
  let text = tagger.weightTexts[at];
  if (text === undefined || tagger.weightSums[at] !== sum) {
    const weight = sum * tagger.model.header.scale;
    text = `${weight >= 0 ? '+' : ''}${weight.toFixed(2)}`;
    tagger.weightTexts[at] = text;
    tagger.weightSums[at] = sum;
  }
  return text;
}

/** Token u's folded text, kept by its word's row where the row is the word's alone. */
function wordText(tagger: Tagger, folded: Doc['folded'], tokens: Doc['tokens'], u: number): string {
  if (tagger.refold) return foldedString(folded, tokens.start[u], tokens.end[u]);
  const row = tagger.wordOf[u];
  let text = tagger.wordTexts.get(row);
  if (text === undefined) {
    text = foldedString(folded, tokens.start[u], tokens.end[u]);
    tagger.wordTexts.set(row, text);
  }
  return text;
}

/** describeEvidence, kept for the features whose words name no candidate of the document (a cue class, a lexicon flag). */
function evidenceText(tagger: Tagger, described: number): string {
  const { evidence, names } = tagger;
  if (describesCandidate(described)) return describeEvidence(evidence, described, names.cues, names.entryTypes, names.flags);
  const cache = tagger.evidenceTexts;
  let text = cache.get(described);
  if (text === undefined) {
    text = describeEvidence(evidence, described, names.cues, names.entryTypes, names.flags);
    if (cache.size >= MAX_EXPLAIN_TEXTS) cache.clear();
    cache.set(described, text);
  }
  return text;
}
