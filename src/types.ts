/** The kinds of entity alam returns. NATIONALITY is returned only when asked for in `types`. */
export type EntityType = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'PLACE' | 'NATIONALITY';

/** Every entity type, in a stable order (used for validation, legends and tables). */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY'];

/** The types returned when `types` is not given. */
export const DEFAULT_TYPES: readonly EntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE'];

/**
 * Why an entity was found — every kind, in one place:
 * - `lexicon`: an exact match of a lexicon entry, bundled or the caller's; `id` is the entry's (`country:IR`);
 * - `rule`: a context rule (`src/rules/`); `id` is the rule's (`person-title`);
 * - `propagation`: document-level resolution linked a bare mention to a full name found elsewhere in
 *   the document («[شمخاني]» after «علي شمخاني»); `id` is the rule or entry that found the full name;
 * - `fuzzy`: opt-in fuzzy matching (`fuzzy: true`) of a spelling variant of a lexicon name; `id` is the entry's;
 * - `model`: the learned sequence tagger (issue 13); `id` names the model.
 */
export type ProvenanceKind = 'lexicon' | 'rule' | 'propagation' | 'fuzzy' | 'model';

export interface Provenance {
  readonly kind: ProvenanceKind;
  /** The lexicon entry id (`country:IR`), the rule id (`person-title`) or, for propagation, the id of what found the full name (see ProvenanceKind). */
  readonly id: string;
  /** Human-readable reason, e.g. `title «الرئيس» before name`. */
  readonly detail?: string;
}

/** A named entity found in the input. Offsets are UTF-16 code units into the ORIGINAL input, end exclusive. */
export interface Entity {
  readonly type: EntityType;
  /** Start offset (inclusive) in the caller's original string. */
  readonly start: number;
  /** End offset (exclusive) in the caller's original string. */
  readonly end: number;
  /** Always `input.slice(start, end)`: proclitics (و ف ب ك ل) are outside the span. */
  readonly text: string;
  /** The span's text after normalization (the folded form that was matched). */
  readonly normalized: string;
  /** Canonical name, when a lexicon entry (or a linked mention) knows it. */
  readonly canonical?: string;
  /** Stable lexicon id (`country:IR`), when known. */
  readonly id?: string;
  /** Entry subtype when known (city, river, party, agency, …). */
  readonly subtype?: string;
  /** Confidence in [0, 1]: exact lexicon hits score highest, fuzzy matches lowest. */
  readonly score: number;
  /** Which lexicon entry or rule produced this entity. */
  readonly source: Provenance;
  /** For `nested: true`: entities contained inside this one (e.g. the PLACE in «جامعة القاهرة»). */
  readonly nested?: readonly Entity[];
}

/**
 * Whose annotation conventions to follow where the annotated corpora disagree on what is a name:
 * - `general` (the default): a ministry or an authority named by its domain is an organization,
 *   «[وزارة الصحة]», «[هيئة الطيران المدني]», as most guidelines (ACE, OntoNotes) and the
 *   Wikipedia corpora (WikiFANE, AQMAR) have it; so is an association named by a noun construct,
 *   «[جمعية رجال الأعمال]»;
 * - `anercorp`: those are left untagged, as ANERcorp's annotators left every ministry («وزارة الخارجية
 *   الألمانية») and most authorities («هيئة السكك الحديدية»).
 */
export type AnnotationConventions = 'general' | 'anercorp';

/** Every annotation convention, the default first (used for validation and usage texts). */
export const ANNOTATION_CONVENTIONS: readonly AnnotationConventions[] = ['general', 'anercorp'];

/** The switchable folds of `normalize`. All default to `true`. */
export interface NormalizeOptions {
  /** Remove harakat U+064B–U+065F and superscript alef U+0670. */
  readonly harakat?: boolean;
  /** Remove Quranic annotation marks U+06D6–U+06ED. */
  readonly quranicMarks?: boolean;
  /** Remove tatweel U+0640. */
  readonly tatweel?: boolean;
  /** أ إ آ ٱ → ا */
  readonly alef?: boolean;
  /** ى → ي */
  readonly alefMaksura?: boolean;
  /** ة → ه */
  readonly taMarbuta?: boolean;
  /** ؤ → و, ئ → ي */
  readonly hamzaCarriers?: boolean;
  /** Persian/Urdu letters (ک گ ی ۀ ە پ چ ژ ڤ …) → Arabic */
  readonly persianLetters?: boolean;
  /** Arabic-Indic and Persian digits → ASCII */
  readonly digits?: boolean;
  /** Presentation forms U+FB50–U+FDFF, U+FE70–U+FEFF → base letters */
  readonly presentationForms?: boolean;
  /** Remove zero-width and bidi control characters */
  readonly controls?: boolean;
}

/** A custom lexicon entry supplied by the caller. */
export interface LexiconEntryInput {
  readonly type: EntityType;
  readonly name: string;
  readonly variants?: readonly string[];
  readonly id?: string;
  readonly subtype?: string;
}

export interface ExtractorOptions {
  /** Entity types to return. Default: PERSON, COUNTRY, ORGANIZATION, PLACE. */
  readonly types?: readonly EntityType[];
  /** Normalization switches used for matching (lexicon and input alike). */
  readonly normalize?: NormalizeOptions;
  /** Extra lexicon entries, matched alongside (and preferred over) the bundled lexicon. */
  readonly entries?: readonly LexiconEntryInput[];
  /** Skip the bundled lexicon (only `entries` are used). Default false. */
  readonly bundledLexicon?: boolean;
  /** Also return entities nested inside longer ones. Default false. */
  readonly nested?: boolean;
  /** Opt-in fuzzy matching of long names (spelling variants), scored lower. Default false. */
  readonly fuzzy?: boolean | { readonly minLength?: number; readonly threshold?: number };
  /**
   * The learned sequence tagger (`data/model.bin`, read on first use): it finds the names no list
   * holds and decides spans and coarse types, with the lexicon and the rules as its evidence.
   * `false` gives the lexicon-and-rules output alone. Default true; off with `bundledLexicon: false`,
   * since the model weighs the bundled lexicon's evidence.
   */
  readonly model?: boolean;
  /**
   * Whose annotation conventions to follow where corpora disagree (see AnnotationConventions):
   * `'general'` (default) tags «[وزارة الصحة]», `'anercorp'` leaves it untagged, as ANERcorp does.
   */
  readonly conventions?: AnnotationConventions;
}

export interface Extractor {
  extract(text: string): Entity[];
  readonly options: Readonly<ExtractorOptions>;
}

/** Token kinds produced by `tokenize`. */
export type TokenKind = 'word' | 'latin' | 'number' | 'punct' | 'symbol';

/** One candidate proclitic split of an Arabic word. */
export interface CliticSplit {
  /** The proclitic letters as written (normalized), e.g. «و», «بال», «لل». */
  readonly prefix: string;
  /** The remaining stem, normalized; for «لل» the article is restored: «للامن» → «الامن». */
  readonly stem: string;
  /** Offset of the stem in the ORIGINAL input. */
  readonly start: number;
}

export interface Token {
  readonly kind: TokenKind;
  /** Offsets into the ORIGINAL input, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** `input.slice(start, end)` */
  readonly text: string;
  /** The folded form. */
  readonly normalized: string;
  /** Candidate proclitic splits (Arabic words only), shortest prefix first. */
  readonly splits?: readonly CliticSplit[];
}
