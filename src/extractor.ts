import { ANNOTATION_CONVENTIONS, DEFAULT_TYPES, ENTITY_TYPES, type Entity, type EntityType, type Extractor, type ExtractorOptions } from './types';
import type { Doc } from './document';
import { compileFoldTable, type CompiledFolds } from './normalize/compile-fold-table';
import { createFoldedBuffer, foldText, type FoldedBuffer } from './normalize/fold-text';
import { describeValue } from './describe-value';
import { createTokenBuffer, type TokenBuffer } from './tokenize/scan-tokens';
import { tokenizeDoc } from './tokenize/tokenize-doc';
import { createLexiconIndex, type LexiconIndex } from './lexicon/create-lexicon-index';
import { loadBundledLexicon } from './lexicon/load-lexicon';
import { decodeArtifact } from './lexicon/artifact-file';
import type { LexiconArtifact } from './lexicon/lexicon-types';
import { createMatchBuffer, matchLexicon } from './match/match-lexicon';
import { proposeLexiconCandidates } from './propose/propose-lexicon-candidates';
import { createFuzzyIndex, loadFuzzyDistances, matchFuzzy, type FuzzyIndex } from './propose/match-fuzzy';
import { validateEntryInputs } from './lexicon/validate-entry-inputs';
import { RULES, RULES_AFTER_TAGGER, ruleCueClasses } from './rules';
import type { Rule } from './rules/helpers/rule';
import type { ProposerStage, Stage, StageContext, TaggerStage } from './stage';
import { createTagger, tagEntities, type Tagger } from './tag/tag-entities';
import { createRefold } from './tag/model-letters';
import { loadBundledModel, type TaggerModel } from './tag/model-file';
import { CUE_CLASS_NAMES } from './rules/helpers/cue-classes';
import { INDEX_ENTRY_TYPES } from './lexicon/create-lexicon-index';
import { propagateNames } from './resolve/propagate-names';
import { createOverlapScratch, resolveOverlaps, type Resolved } from './resolve/resolve-overlaps';
import { toEntities } from './resolve/to-entities';
import { linkEntities } from './link/link-entities';

/** A context rule as a stage of the pipeline, skipped under conventions other than its own. */
const ruleStage = (rule: Rule): Stage => ({
  id: rule.id,
  kind: 'rule',
  run: (doc, { conventions }) => void ((rule.conventions === undefined || rule.conventions === conventions) && rule.apply(doc, conventions)),
});

/**
 * The pipeline, in order (see docs/architecture.md). Each stage reads what the earlier ones left on
 * the document and fills in its next part; proposers only add candidates, rules add and edit them,
 * resolution picks the spans that come out.
 */
const PIPELINE: readonly Stage[] = [
  { id: 'normalize', kind: 'normalize', run: (doc, { folds }) => void (doc.folded = foldText(doc.input, folds, doc.folded)) },
  { id: 'tokenize', kind: 'tokenize', run: tokenizeDoc },
  { id: 'match-lexicon', kind: 'match', run: matchLexicon },
  { id: 'lexicon-candidates', kind: 'propose', run: proposeLexiconCandidates } satisfies ProposerStage,
  ...RULES.map(ruleStage),
  { id: 'tag-entities', kind: 'tag', run: (doc, { tagger }) => tagger && tagEntities(doc, tagger()) } satisfies TaggerStage,
  // After the model: what ANERcorp annotates otherwise, and no name inside a work's quoted title (rules/index.ts).
  ...RULES_AFTER_TAGGER.map(ruleStage),
  { id: 'propagate-names', kind: 'resolve', run: propagateNames },
  { id: 'match-fuzzy', kind: 'propose', run: (doc, { fuzzy }) => fuzzy && matchFuzzy(doc, fuzzy()) } satisfies ProposerStage,
  { id: 'resolve-overlaps', kind: 'resolve', run: (doc, { nested }) => void (doc.resolved = resolveOverlaps(doc.candidates, doc.tokens.count, nested, doc.overlaps)) },
  // Linking reads the kept spans, whoever proposed them (lexicon, rule, tagger): «الرئيس [دونالد ترامب]» gets its entry.
  { id: 'link-entities', kind: 'link', run: linkEntities },
];

const EMPTY = new Int32Array(0);

/** Buffers grown past this many folded characters are dropped before a far smaller document (see extract). */
const MAX_RETAINED_CHARS = 1 << 17;

const OPTION_KEYS = new Set(['types', 'normalize', 'entries', 'bundledLexicon', 'nested', 'fuzzy', 'model', 'conventions']);

/** The word flags by bit (lexicon-types.ts WORD_*), as --explain names them. */
const WORD_FLAG_NAMES = ['male given name', 'female given name', 'given name', 'family name', 'foreign given name', 'foreign family name', 'foreign name', 'common word', 'stopword', 'noun homograph'];

/** Indexes of the bundled lexicon shared by every extractor with the same normalization (immutable once built). */
const sharedIndexes = new Map<number, LexiconIndex>();

/**
 * The lexicon index of an extractor: over the artifact given to createExtractorWith, or the bundled
 * one (shared when no caller entries are added), with the caller's entries and the rules' cues.
 */
function indexFor(folds: CompiledFolds, options: ExtractorOptions, artifact: LexiconArtifact | undefined): LexiconIndex {
  const custom = options.entries ? validateEntryInputs(options.entries) : [];
  const cues = ruleCueClasses();
  if (artifact) return createLexiconIndex(folds, { artifact, entries: custom, cues });
  const bundled = options.bundledLexicon !== false;
  if (custom.length === 0 && bundled) {
    let index = sharedIndexes.get(folds.key);
    if (!index) {
      index = createLexiconIndex(folds, { artifact: loadBundledLexicon(), cues });
      sharedIndexes.set(folds.key, index);
    }
    return index;
  }
  return createLexiconIndex(folds, { artifact: bundled ? loadBundledLexicon() : undefined, entries: custom, cues });
}

function checkOptions(options: unknown): ExtractorOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`createExtractor(options): expected an options object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`createExtractor(options): unknown option "${key}"; expected one of ${[...OPTION_KEYS].join(', ')}`);
  }
  const { types } = options as ExtractorOptions;
  if (types !== undefined) {
    if (!Array.isArray(types)) throw new TypeError(`option "types": expected an array of entity types, got ${describeValue(types)}`);
    for (const type of types) {
      if (!(ENTITY_TYPES as readonly unknown[]).includes(type)) {
        throw new TypeError(`option "types": unknown entity type ${JSON.stringify(type)}; expected ${ENTITY_TYPES.join(', ')}`);
      }
    }
  }
  const { nested, bundledLexicon, fuzzy, normalize, model, conventions } = options as ExtractorOptions;
  if (conventions !== undefined && !(ANNOTATION_CONVENTIONS as readonly unknown[]).includes(conventions)) {
    throw new TypeError(`option "conventions": expected one of ${ANNOTATION_CONVENTIONS.map((c) => `'${c}'`).join(', ')}, got ${describeValue(conventions)}`);
  }
  if (normalize !== undefined && (normalize === null || typeof normalize !== 'object' || Array.isArray(normalize))) {
    throw new TypeError(`option "normalize": expected an object of fold switches ({ harakat: false, … }), got ${describeValue(normalize)}`);
  }
  for (const [name, value] of [
    ['nested', nested],
    ['bundledLexicon', bundledLexicon],
    ['model', model],
  ] as const) {
    if (value !== undefined && typeof value !== 'boolean') throw new TypeError(`option "${name}": expected a boolean, got ${describeValue(value)}`);
  }
  if (fuzzy !== undefined && typeof fuzzy !== 'boolean') {
    if (fuzzy === null || typeof fuzzy !== 'object') throw new TypeError(`option "fuzzy": expected a boolean or { minLength?, threshold? }, got ${describeValue(fuzzy)}`);
    for (const key of Object.keys(fuzzy)) {
      if (key !== 'minLength' && key !== 'threshold') throw new TypeError(`option "fuzzy": unknown key "${key}"; expected minLength, threshold`);
    }
    const { minLength, threshold } = fuzzy;
    if (minLength !== undefined && (!Number.isInteger(minLength) || minLength < 3)) throw new TypeError(`option "fuzzy.minLength": expected an integer >= 3, got ${String(minLength)}`);
    if (threshold !== undefined && !(typeof threshold === 'number' && threshold > 0 && threshold <= 1)) {
      throw new TypeError(`option "fuzzy.threshold": expected a number in (0, 1], got ${String(threshold)}`);
    }
  }
  return options as ExtractorOptions;
}

/**
 * Creates an independent extractor. The bundled lexicon is read on the first call that needs it;
 * creating an extractor with custom entries builds its own index and shares nothing mutable.
 */
export function createExtractor(options?: ExtractorOptions): Extractor {
  return buildExtractor(checkOptions(options), undefined);
}

/**
 * What an internal caller may give an extractor in place of the bundled data. Not exported from the
 * package: the tagger's jackknife training (issue 13) runs extractors over lexicons built in memory
 * without the names harvested from one fold.
 */
export interface ExtractorData {
  /** A compiled lexicon used instead of `data/lexicon.bin`: the bytes encodeArtifact writes, or the artifact compileLexicon returns. */
  readonly artifact: LexiconArtifact | Uint8Array;
  /** A model used instead of `data/model.bin` (training scores each epoch's model on the dev sets). */
  readonly model?: TaggerModel;
  /** Run at the tagger's place instead of the model (training reads each document's features there). */
  readonly tag?: (doc: Doc) => void;
}

/**
 * Internal: an extractor like createExtractor(options), over the compiled lexicon of `data` instead
 * of the bundled one (the caller's `entries` are added to it as usual). Bytes are decoded and checked
 * at once: a bad artifact is a LexiconError here, not at the first extract.
 */
export function createExtractorWith(options: ExtractorOptions | undefined, data: ExtractorData): Extractor {
  const checked = checkOptions(options);
  if (checked.bundledLexicon === false) throw new TypeError('createExtractorWith: option "bundledLexicon: false" leaves no lexicon to use the given artifact in place of');
  const { artifact } = data;
  const decoded = artifact instanceof Uint8Array ? decodeArtifact(Buffer.from(artifact.buffer, artifact.byteOffset, artifact.byteLength), 'the artifact given to createExtractorWith') : artifact;
  return buildExtractor(checked, decoded, data);
}

function buildExtractor(checked: ExtractorOptions, artifact: LexiconArtifact | undefined, data?: ExtractorData): Extractor {
  const folds = compileFoldTable(checked.normalize);
  const types = new Set<EntityType>(checked.types ?? DEFAULT_TYPES);
  const fuzzyOptions = checked.fuzzy === true ? {} : checked.fuzzy || undefined;
  // Fuzzy matching needs natural, an optional dependency: a missing one fails here, not mid-stream.
  if (fuzzyOptions) loadFuzzyDistances();
  let fuzzy: FuzzyIndex | undefined;
  let tagger: Tagger | undefined;
  const names = { cues: CUE_CLASS_NAMES, entryTypes: INDEX_ENTRY_TYPES, flags: WORD_FLAG_NAMES };
  const tag = data?.tag;
  const context: StageContext = {
    folds,
    nested: checked.nested === true,
    conventions: checked.conventions ?? 'general',
    fuzzy: fuzzyOptions ? () => (fuzzy ??= createFuzzyIndex(index as LexiconIndex, fuzzyOptions)) : undefined,
    // The model reads the bundled lexicon's evidence: without that lexicon it would be reading text it was never trained on.
    tagger: checked.model === false || checked.bundledLexicon === false || tag ? undefined : () => (tagger ??= createTagger(data?.model ?? loadBundledModel(), names, createRefold(folds.isDefault))),
  };
  let index: LexiconIndex | undefined = checked.entries || checked.bundledLexicon === false ? indexFor(folds, checked, artifact) : undefined;
  let folded: FoldedBuffer = createFoldedBuffer();
  let tokens: TokenBuffer = createTokenBuffer();
  let matches = createMatchBuffer();
  const overlaps = createOverlapScratch();

  const extract = (text: string): Entity[] => {
    if (typeof text !== 'string') throw new TypeError(`extract(text): expected text to be a string, got ${describeValue(text)}`);
    if (text.length === 0) return [];
    // Buffers grown for a rare huge document are dropped when a far smaller one follows: a stream of
    // news articles should not hold a 1 MB document's buffers for the rest of its life, while a run
    // of huge documents keeps reusing them.
    if (folded.codes.length > MAX_RETAINED_CHARS && text.length * 8 < folded.codes.length) {
      folded = createFoldedBuffer();
      tokens = createTokenBuffer();
      matches = createMatchBuffer();
    }
    const doc: Doc = {
      input: text,
      index: (index ??= indexFor(folds, checked, artifact)),
      folded,
      tokens,
      word: EMPTY,
      tokenFlags: EMPTY,
      stemStart: EMPTY,
      cueBits: EMPTY,
      matches,
      overlaps,
      candidates: [],
      candidateIndex: undefined,
      resolved: undefined,
    };
    for (const stage of PIPELINE) {
      if (tag && stage.kind === 'tag') tag(doc);
      else stage.run(doc, context);
    }
    folded = doc.folded;
    tokens = doc.tokens;
    return toEntities(doc, doc.resolved as Resolved, types);
  };

  return { extract, options: checked };
}
