import type { PhraseTrieParts } from './phrase-trie';
import type { StringColumn } from './string-column';
import type { WordTableParts } from './word-table';
import type { EntityType } from '../types';

/** Lexicon entry types: the entity types, plus NAME for name tokens that only the person rules use. */
export type EntryType = EntityType | 'NAME';
export const ENTRY_TYPES: readonly EntryType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY', 'NAME'];

/** Subtypes of NAME entries, each a word class the person rules can test. */
export type NameClass = 'given-m' | 'given-f' | 'given' | 'family' | 'foreign-given' | 'foreign-family' | 'foreign';
export const NAME_CLASSES: readonly NameClass[] = ['given-m', 'given-f', 'given', 'family', 'foreign-given', 'foreign-family', 'foreign'];

/**
 * Word flags, stored in the artifact for each word of the word table. The rules' cue classes have bits
 * of their own (CueClass.bit, in the index's `formCues` and a document's `cueBits`), not these.
 */
export const WORD_GIVEN_M = 1 << 0;
export const WORD_GIVEN_F = 1 << 1;
export const WORD_GIVEN = 1 << 2;
export const WORD_FAMILY = 1 << 3;
export const WORD_FOREIGN_GIVEN = 1 << 4;
export const WORD_FOREIGN_FAMILY = 1 << 5;
export const WORD_FOREIGN = 1 << 6;
/** A common word (frequent outside entities in the corpora, or a stopword). */
export const WORD_COMMON = 1 << 7;
/** A function word (stopword list). */
export const WORD_STOPWORD = 1 << 8;
/** A place name that is also a noun heading a construct: «حماة» (Hama / protectors of), «صور» (Tyre / pictures of). */
export const WORD_NOUN_HOMOGRAPH = 1 << 9;

export const NAME_CLASS_FLAGS: Readonly<Record<NameClass, number>> = {
  'given-m': WORD_GIVEN_M,
  'given-f': WORD_GIVEN_F,
  given: WORD_GIVEN,
  family: WORD_FAMILY,
  'foreign-given': WORD_FOREIGN_GIVEN,
  'foreign-family': WORD_FOREIGN_FAMILY,
  foreign: WORD_FOREIGN,
};
export const WORD_ANY_GIVEN = WORD_GIVEN_M | WORD_GIVEN_F | WORD_GIVEN | WORD_FOREIGN_GIVEN;
export const WORD_ANY_NAME = WORD_ANY_GIVEN | WORD_FAMILY | WORD_FOREIGN_FAMILY | WORD_FOREIGN;

/** Entry flags. */
/** The name is also a common word: matched only when context supports it («العالم», «أمل»). */
export const ENTRY_CONTEXT = 1 << 0;
/** A small place: matched only after a cue word («قرية», «بلدة»). */
export const ENTRY_CUE_TIER = 1 << 1;
/** Supplied by the caller at run time: preferred over bundled entries. */
export const ENTRY_CUSTOM = 1 << 2;

/** One entry as written in a `lexicons/*.tsv` file (or passed by the caller). */
export interface SourceEntry {
  readonly id: string;
  readonly type: EntryType;
  readonly subtype: string;
  readonly name: string;
  readonly variants: readonly string[];
  readonly attrs: Readonly<Record<string, string>>;
  readonly source: string;
  /** Where it was read from, for error messages. */
  readonly file?: string;
  readonly line?: number;
}

/** One-letter codes of the entry types in the artifact's `entryTypes` string. */
export const TYPE_CODES: Readonly<Record<EntryType, string>> = {
  PERSON: 'R',
  COUNTRY: 'C',
  ORGANIZATION: 'O',
  PLACE: 'P',
  NATIONALITY: 'N',
  NAME: 'M',
};

/** A class of cue phrases a rule needs to find: «الرئيس», «رئيس الوزراء» for titles; «مدينة», «قرية» for places. */
export interface CueClass {
  readonly name: string;
  /** The class's bit in `formCues` and in a document's per-token cue bits; one bit per class (the rules' classes take 1 << their position in CUE_CLASS_NAMES). */
  readonly bit: number;
  readonly phrases: readonly string[];
}

/**
 * The compiled runtime artifact (`data/lexicon.bin`, see artifact-file.ts). It holds the lookup
 * structures of the default extractor's index themselves — the word table and the phrase trie with
 * the rules' cue phrases in them, the entry list of every form and its cue bits, built by the
 * compiler with the code the runtime uses (createLexiconIndex) — so loading is array views on the
 * file's bytes rather than a rebuild.
 */
export interface LexiconArtifact {
  readonly format: 'alam-lexicon@6';
  /** sha256 over the source files and the compiler version; informative (the staleness test recompiles). */
  readonly sourceHash: string;
  readonly counts: Readonly<Record<string, number>>;
  /** Reviewed collisions: `[name as written, the type a bare mention takes]`. */
  readonly collisions: readonly (readonly [string, EntryType])[];
  readonly entryIds: StringColumn;
  /** One TYPE_CODES letter per entry. */
  readonly entryTypes: string;
  readonly entrySubtypes: StringColumn;
  /** ISO code of the country itself or of the country the entry belongs to ('' when unknown). */
  readonly entryCountries: StringColumn;
  /** ENTRY_* flags per entry. */
  readonly entryFlags: Int32Array;
  /** Ordering rank × 1000 per entry (lower comes first: type policy, priority, population). */
  readonly entryRanks: Int32Array;
  /** The surface forms as written, tab-separated, the canonical name first (re-folded by extractors with non-default normalization). */
  readonly entryForms: StringColumn;
  /**
   * The cue classes compiled in (none, or the rules' own): their phrases are forms of `trie`, each
   * class a pseudo-entry numbered after the lexicon's entries, in this order.
   */
  readonly cues: readonly CueClass[];
  /** Folded words (default normalization) with their WORD_* flags. */
  readonly words: WordTableParts;
  /** Forms as paths of word ids. */
  readonly trie: PhraseTrieParts;
  /** The entries of form f, best first: `entryList[formStart[f] … formStart[f] + formSize[f])`. */
  readonly formStart: Int32Array;
  readonly formSize: Int32Array;
  readonly entryList: Int32Array;
  /** Per form: the bits of the cue classes among its entries. */
  readonly formCues: Int32Array;
  /** Per entry, the lexicon's then the cue classes': its type as an index into INDEX_ENTRY_TYPES. */
  readonly entryTypeCode: Uint8Array;
  /** Common words and stopwords as written (for extractors with non-default normalization). */
  readonly commonWords: StringColumn;
  readonly stopwords: StringColumn;
  /** Place names that are also construct nouns, as written (see WORD_NOUN_HOMOGRAPH). */
  readonly homographs: StringColumn;
}
