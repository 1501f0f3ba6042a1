import { DEFAULT_TYPES, ENTITY_TYPES, type Entity, type EntityType, type Extractor, type ExtractorOptions } from './types';
import type { Doc } from './document';
import { compileFoldTable, type CompiledFolds } from './normalize/compile-fold-table';
import { createFoldedBuffer, foldText, type FoldedBuffer } from './normalize/fold-text';
import { describe } from './normalize/normalize';
import { createTokenBuffer, scanTokens, type TokenBuffer } from './tokenize/scan-tokens';
import { createLexiconIndex, type LexiconIndex } from './lexicon/create-lexicon-index';
import { loadBundledLexicon } from './lexicon/load-lexicon';
import { createMatchBuffer, matchLexicon } from './lexicon/match-lexicon';
import { proposeLexiconCandidates } from './lexicon/propose-lexicon-candidates';
import { validateEntryInputs } from './lexicon/validate-entry-inputs';
import { RULES } from './rules';
import { propagateNames } from './resolve/propagate-names';
import { requireContext } from './resolve/require-context';
import { resolveOverlaps } from './resolve/resolve-overlaps';
import { toEntities } from './resolve/to-entities';

/** A step of the pipeline after tokenization: it reads the document and adds to or edits its candidates. */
interface Stage {
  readonly id: string;
  run(doc: Doc): void;
}

/**
 * The pipeline, in order. Normalization and tokenization come first (see `analyze`), overlap
 * resolution and the mapping back to original offsets last (see `extract`).
 */
const STAGES: readonly Stage[] = [
  { id: 'match-lexicon', run: matchLexicon },
  { id: 'lexicon-candidates', run: proposeLexiconCandidates },
  ...RULES.map((rule) => ({ id: rule.id, run: (doc: Doc) => rule.apply(doc) })),
  { id: 'require-context', run: requireContext },
  { id: 'propagate-names', run: propagateNames },
];

const OPTION_KEYS = new Set(['types', 'normalize', 'entries', 'bundledLexicon', 'nested', 'fuzzy']);

/** Indexes of the bundled lexicon shared by every extractor with the same normalization (immutable once built). */
const sharedIndexes = new Map<number, LexiconIndex>();

function indexFor(folds: CompiledFolds, options: ExtractorOptions): LexiconIndex {
  const custom = options.entries ? validateEntryInputs(options.entries) : [];
  const cues = [...new Map(RULES.flatMap((rule) => rule.cues ?? []).map((cue) => [cue.name, cue])).values()];
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
    throw new TypeError(`createExtractor(options): expected an options object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`createExtractor(options): unknown option "${key}"; expected one of ${[...OPTION_KEYS].join(', ')}`);
  }
  const { types } = options as ExtractorOptions;
  if (types !== undefined) {
    if (!Array.isArray(types)) throw new TypeError(`option "types": expected an array of entity types, got ${describe(types)}`);
    for (const type of types) {
      if (!(ENTITY_TYPES as readonly unknown[]).includes(type)) {
        throw new TypeError(`option "types": unknown entity type ${JSON.stringify(type)}; expected ${ENTITY_TYPES.join(', ')}`);
      }
    }
  }
  return options as ExtractorOptions;
}

/**
 * Creates an independent extractor. The bundled lexicon is read on the first call that needs it;
 * creating an extractor with custom entries builds its own index and shares nothing mutable.
 */
export function createExtractor(options?: ExtractorOptions): Extractor {
  const checked = checkOptions(options);
  const folds = compileFoldTable(checked.normalize);
  const types = new Set<EntityType>(checked.types ?? DEFAULT_TYPES);
  const nested = checked.nested === true;
  let index: LexiconIndex | undefined = checked.entries || checked.bundledLexicon === false ? indexFor(folds, checked) : undefined;
  let folded: FoldedBuffer = createFoldedBuffer();
  let tokens: TokenBuffer = createTokenBuffer();
  const matches = createMatchBuffer();

  const extract = (text: string): Entity[] => {
    if (typeof text !== 'string') throw new TypeError(`extract(text): expected text to be a string, got ${describe(text)}`);
    if (text.length === 0) return [];
    index ??= indexFor(folds, checked);
    folded = foldText(text, folds, folded);
    tokens = scanTokens(folded, tokens);
    const count = tokens.count;
    const doc: Doc = {
      input: text,
      index,
      folded,
      tokens,
      word: new Int32Array(count),
      tokenFlags: new Int32Array(count),
      stemStart: new Int32Array(count),
      matches,
      candidates: [],
    };
    for (const stage of STAGES) stage.run(doc);
    const live = doc.candidates.filter((candidate) => !candidate.dropped);
    return toEntities(doc, resolveOverlaps(live, count, nested), types);
  };

  return { extract, options: checked };
}
