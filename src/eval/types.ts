import type { Entity } from '../types';

/** The chunk types of the gold corpora (ANERcorp, AQMAR, WikiFANE after coarse mapping). */
export type ChunkType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** The chunk types that are scored; gold MISC has no counterpart among alam's entity types. */
export type ScoredType = 'PER' | 'LOC' | 'ORG';

/** Scored types in table order. */
export const SCORED_TYPES: readonly ScoredType[] = ['PER', 'LOC', 'ORG'];

/** A BIO2 tag. */
export type ConllTag = 'O' | `B-${ChunkType}` | `I-${ChunkType}`;

/** A token of a CoNLL file with any BIO tag set (`readTaggedConll`: WikiFANE's fine classes). */
export interface TaggedToken {
  readonly text: string;
  /** O, or B-/I- and a class name, as written. */
  readonly tag: string;
  /** 1-based line number in the source file. */
  readonly line: number;
}

export interface TaggedSentence {
  /** 0-based position of the sentence in its file. */
  readonly index: number;
  readonly tokens: readonly TaggedToken[];
}

export interface ConllToken extends TaggedToken {
  /** The token exactly as written in the file (ANERcorp keeps proclitics: «وروسيا»). */
  readonly text: string;
  /** BIO2 tag (an IOB1-style I- that opens a chunk has been turned into B-). */
  readonly tag: ConllTag;
  /** 1-based line number in the source file. */
  readonly line: number;
}

export interface ConllSentence {
  /** 0-based position of the sentence in its file (kept through `selectSplit`). */
  readonly index: number;
  readonly tokens: readonly ConllToken[];
}

export type EvalSplit = 'all' | 'train80' | 'dev20';

/** A chunk: tokens [start, end) of one sentence, of one type. */
export interface Chunk {
  /** Sentence index in the file (`ConllSentence.index`). */
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly type: ChunkType;
}

/** What `evaluateConll` needs from an entity: its type and its span in the text given to the extractor. */
export type EvalEntity = Pick<Entity, 'type' | 'start' | 'end' | 'text'>;

export type ExtractFunction = (text: string) => readonly EvalEntity[];

/** Chunk counts and conlleval figures for one type (or micro over all scored types). */
export interface TypeScore {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  /** Percent (0–100), like conlleval; 0 when nothing was predicted. */
  readonly precision: number;
  /** Percent (0–100); 0 when the gold has no chunk of this type. */
  readonly recall: number;
  /** Percent (0–100); 0 when precision + recall is 0. */
  readonly f1: number;
}

export type EvalErrorKind = 'false-positive' | 'miss' | 'type-confusion';

/** A chunk on the other side that overlaps an error chunk (shows boundary errors and predictions over gold MISC). */
export interface OverlapNote {
  readonly text: string;
  readonly type: ChunkType;
}

export interface EvalError {
  readonly kind: EvalErrorKind;
  /** Sentence index in the file. */
  readonly sentence: number;
  /** 1-based line of the chunk's first token in the file. */
  readonly line: number;
  /** Token range [start, end) in the sentence. */
  readonly start: number;
  readonly end: number;
  /** The chunk's tokens joined with spaces, as in the file (with proclitics: «وروسيا»). */
  readonly text: string;
  /** Gold type; null for a false positive. */
  readonly gold: ChunkType | null;
  /** Predicted type; null for a miss. */
  readonly predicted: ScoredType | null;
  /** A few tokens either side, the chunk in brackets: `… قال [جورج بوش] ان …`. */
  readonly context: string;
  /** Chunks of the other side overlapping this one (gold chunks, MISC included, for a false positive; predictions for a miss). */
  readonly overlaps: readonly OverlapNote[];
}

/** Errors with the same kind, text and types, most frequent first. */
export interface ErrorGroup {
  readonly kind: EvalErrorKind;
  readonly text: string;
  readonly gold: ChunkType | null;
  readonly predicted: ScoredType | null;
  readonly count: number;
  /** The first occurrence. */
  readonly example: EvalError;
  /** Sentence indices of every occurrence, in corpus order. */
  readonly sentences: readonly number[];
}

/** How predicted entities were turned into token tags. */
export interface ProjectionStats {
  /** Entities of a type with no gold counterpart (NATIONALITY), not scored. */
  readonly unscoredType: number;
  /** Entities whose span crosses a sentence boundary; split at the boundary like conlleval splits chunks at blank lines. */
  readonly crossSentence: number;
  /** Entities overlapping tokens already tagged by an earlier entity; they keep only their untagged tokens (none: dropped). */
  readonly tokenConflicts: number;
}

export interface EvalReport {
  /** Free label (corpus and split) shown in tables. */
  readonly label?: string;
  readonly sentences: number;
  readonly tokens: number;
  readonly blockSize: number;
  /** Calls made to the extractor. */
  readonly blocks: number;
  /** UTF-16 code units passed to the extractor. */
  readonly characters: number;
  /** Wall time spent inside the extractor, in milliseconds. */
  readonly extractMs: number;
  readonly byType: Readonly<Record<ScoredType, TypeScore>>;
  /** Micro average over PER, LOC, ORG. */
  readonly micro: TypeScore;
  /** Gold MISC chunks removed before scoring. */
  readonly goldMisc: number;
  readonly projection: ProjectionStats;
  /** Present when `errors: true` was asked for, in corpus order. */
  readonly errors?: readonly EvalError[];
  /**
   * Present when `blockCounts: true` was asked for: each extractor call's chunk counts per type, in
   * corpus order (they sum to `byType`), so two runs over the same text can be compared block by
   * block (`npm run eval:compare`).
   */
  readonly blockCounts?: readonly BlockCounts[];
}

/** One block's chunk counts per scored type. */
export type BlockCounts = Readonly<Record<ScoredType, Readonly<ChunkCounts>>>;

/** Gold, predicted and correct chunks of one type. */
export interface ChunkCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface EvaluateOptions {
  /** Sentences joined (with "\n") into one text per extractor call. Default 10. */
  readonly blockSize?: number;
  /** Collect false positives, misses and type confusions. Default false. */
  readonly errors?: boolean;
  /** Tokens of context either side of an error chunk. Default 5. */
  readonly contextTokens?: number;
  readonly label?: string;
  /** Keep each block's chunk counts (`EvalReport.blockCounts`). Default false. */
  readonly blockCounts?: boolean;
}
