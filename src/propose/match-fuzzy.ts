import type * as NaturalDistance from 'natural/lib/natural/distance';
import type { EntityType } from '../types';
import { addCandidate, type Doc } from '../document';
import type { LexiconIndex } from '../lexicon/create-lexicon-index';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER } from '../lexicon/lexicon-types';
import { createFormSplitter } from '../lexicon/split-form';
import { foldedString } from '../normalize/fold-text';
import { findProcliticStems, RESTORED_ARTICLE } from '../tokenize/find-proclitic-stems';
import { WORD } from '../tokenize/scan-tokens';
import { createCandidate } from '../candidate';
import { PRIORITY } from '../priorities';

export interface FuzzyOptions {
  /** Shortest name (in folded characters, spaces included) worth a fuzzy lookup. Default 7. */
  readonly minLength?: number;
  /** Lowest Jaro-Winkler similarity accepted. Default 0.92. */
  readonly threshold?: number;
}

const FUZZY_TYPES = new Set<string>(['PERSON', 'ORGANIZATION', 'PLACE', 'COUNTRY']);
const MAX_WORDS = 4;

interface FuzzyForm {
  readonly text: string;
  readonly entry: number;
}

/** Lexicon forms bucketed by first letter and length, so a lookup compares only a few of them. */
export interface FuzzyIndex {
  readonly minLength: number;
  readonly threshold: number;
  readonly buckets: ReadonlyMap<string, readonly FuzzyForm[]>;
}

function bucketKey(text: string, length = text.length): string {
  return `${text[0]}${length}`;
}

/**
 * Builds the fuzzy index of an extractor (only when `fuzzy` is on): every long enough form of a
 * person, organization, place or country, folded with the extractor's own switches.
 */
export function createFuzzyIndex(index: LexiconIndex, options: FuzzyOptions = {}): FuzzyIndex {
  const minLength = options.minLength ?? 7;
  const threshold = options.threshold ?? 0.92;
  const split = createFormSplitter(index.folds);
  const buckets = new Map<string, FuzzyForm[]>();
  const seen = new Set<string>();
  for (let entry = 0; entry < index.entryCount(); entry++) {
    if (!FUZZY_TYPES.has(index.entryType(entry)) || index.entryFlags(entry) & (ENTRY_CUE_TIER | ENTRY_CONTEXT)) continue;
    for (const raw of index.entryForms(entry)) {
      const text = split(raw).join(' ');
      if (text.length < minLength || seen.has(text)) continue;
      seen.add(text);
      const key = bucketKey(text);
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      list.push({ text, entry });
    }
  }
  return { minLength, threshold, buckets };
}

interface Distances {
  readonly jaroWinkler: typeof NaturalDistance.JaroWinklerDistance;
  readonly damerauLevenshtein: typeof NaturalDistance.DamerauLevenshteinDistance;
}
let distances: Distances | undefined;

/**
 * natural's string distances, loaded when an extractor with `fuzzy` is created (most never need them).
 * natural is an optional peer dependency: with its storage back-ends (mongoose, pg, redis) and WordNet
 * it weighs 77 MB, for two functions of opt-in fuzzy matching; without it alam installs in 10 MB.
 *
 * The path is natural's `distance` module: the root module re-exports these same functions but also
 * loads every storage back-end, each of which runs `require('dotenv').config()` — reading the
 * caller's `.env` and printing a banner to stdout, which would corrupt JSONL output (natural 8.1).
 * natural has no "exports" map and ships this module's types (lib/natural/distance/index.d.ts).
 */
export function loadFuzzyDistances(): Distances {
  if (distances !== undefined) return distances;
  let natural: typeof NaturalDistance;
  try {
    natural = require('natural/lib/natural/distance') as typeof NaturalDistance;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error('fuzzy matching needs the package natural, an optional dependency of alam that is not installed: npm install natural', { cause: error });
  }
  distances = { jaroWinkler: natural.JaroWinklerDistance, damerauLevenshtein: natural.DamerauLevenshteinDistance };
  return distances;
}

/** The best lexicon form within reach of `query`, or undefined. */
function closestForm(fuzzy: FuzzyIndex, query: string): { form: FuzzyForm; similarity: number } | undefined {
  const { jaroWinkler, damerauLevenshtein } = loadFuzzyDistances();
  let best: { form: FuzzyForm; similarity: number } | undefined;
  const maxEdits = Math.max(1, Math.floor(query.length / 7));
  for (let length = query.length - maxEdits; length <= query.length + maxEdits; length++) {
    for (const form of fuzzy.buckets.get(bucketKey(query, length)) ?? []) {
      if (form.text === query) continue;
      const similarity = jaroWinkler(query, form.text);
      if (similarity < fuzzy.threshold || (best && similarity <= best.similarity)) continue;
      if (damerauLevenshtein(query, form.text) > maxEdits) continue;
      best = { form, similarity };
    }
  }
  return best;
}

/**
 * Opt-in fuzzy matching: runs of words that no exact lexicon form or rule covers are compared
 * with the lexicon's long names, so «عبد العزيز بوتفليقه» or «كونداليزا رايس» find the entry
 * their usual spelling has. A fuzzy match scores lower than an exact one and never beats one.
 */
export function matchFuzzy(doc: Doc, fuzzy: FuzzyIndex): void {
  const { tokens, folded, index } = doc;
  const covered = new Uint8Array(tokens.count);
  for (const candidate of doc.candidates) {
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) covered[t] = 1;
  }
  const stems = new Int32Array(4);
  for (let t = 0; t < tokens.count; t++) {
    if (covered[t] || tokens.kind[t] !== WORD) continue;
    const s = tokens.start[t];
    const starts = [s];
    const n = findProcliticStems(folded.codes, s, tokens.end[t], stems);
    for (let k = 0; k < n; k++) if (!(stems[k] & RESTORED_ARTICLE)) starts.push(s + (stems[k] >> 1));
    let found: { tokEnd: number; start: number; form: FuzzyForm; similarity: number; query: string } | undefined;
    for (let end = t + 1; end <= Math.min(tokens.count, t + MAX_WORDS); end++) {
      if (covered[end - 1] || tokens.kind[end - 1] !== WORD) break;
      for (const start of starts) {
        const query = wordsText(doc, start, t, end);
        if (query.length < fuzzy.minLength) continue;
        const match = closestForm(fuzzy, query);
        if (match && (!found || end - t > found.tokEnd - t || match.similarity > found.similarity)) found = { tokEnd: end, start, query, ...match };
      }
    }
    if (!found) continue;
    const entry = found.form.entry;
    addCandidate(
      doc,
      createCandidate({
        type: index.entryType(entry) as EntityType,
        tokStart: t,
        tokEnd: found.tokEnd,
        start: found.start,
        end: tokens.end[found.tokEnd - 1],
        entry,
        source: { kind: 'fuzzy', id: index.entryId(entry), detail: `«${found.query}» ≈ «${found.form.text}» (Jaro-Winkler ${found.similarity.toFixed(3)})` },
        score: Math.round(found.similarity * 0.6 * 1000) / 1000,
        priority: PRIORITY.fuzzy,
        canonical: undefined,
      }),
    );
    t = found.tokEnd - 1;
  }
}

/** The folded words [t, end), the first one from `start`, joined by single spaces (as lexicon forms are). */
function wordsText(doc: Doc, start: number, t: number, end: number): string {
  let text = foldedString(doc.folded, start, doc.tokens.end[t]);
  for (let k = t + 1; k < end; k++) text += ` ${foldedString(doc.folded, doc.tokens.start[k], doc.tokens.end[k])}`;
  return text;
}
