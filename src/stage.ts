import type { Doc } from './document';
import type { CompiledFolds } from './normalize/compile-fold-table';
import type { FuzzyIndex } from './propose/match-fuzzy';
import type { Tagger } from './tag/tag-entities';
import type { AnnotationConventions } from './types';

/**
 * What a stage may use besides the document: the extractor's folds and options, and the resources
 * an option needs, built on the first call that uses them (the fuzzy index, the tagger's model). Modules of a stage folder do not import this file: their functions take what
 * they need, and `src/extractor.ts` adapts them to the contract, so no stage depends on another.
 */
export interface StageContext {
  readonly folds: CompiledFolds;
  /** `nested: true`: resolution keeps the entities that lie inside longer ones. */
  readonly nested: boolean;
  /** The fuzzy index when `fuzzy` is on, built on first use. */
  readonly fuzzy: (() => FuzzyIndex) | undefined;
  /** The tagger (its model read on first use) unless `model: false`. */
  readonly tagger: (() => Tagger) | undefined;
  /** Whose annotation conventions the rules follow (`conventions`, default `'general'`). */
  readonly conventions: AnnotationConventions;
}

/**
 * The kinds of stage, in the order they run: fold the text, cut it into tokens, match the lexicon,
 * propose candidates, apply the context rules, tag with a learned model, resolve at document level,
 * link the kept spans to their lexicon entries.
 */
export type StageKind = 'normalize' | 'tokenize' | 'match' | 'propose' | 'rule' | 'tag' | 'resolve' | 'link';

/** A step of the pipeline: it reads the document and fills in or edits its next part. */
export interface Stage {
  readonly id: string;
  readonly kind: StageKind;
  run(doc: Doc, context: StageContext): void;
}

/**
 * A proposer adds candidates from evidence of its own — the lexicon's matches (`lexicon`), a fuzzy
 * index (`fuzzy`) — each with its provenance kind. It only adds (addCandidate): what to keep is
 * decided by the rules and the resolution after it.
 */
export interface ProposerStage extends Stage {
  readonly kind: 'propose';
}

/**
 * A learned sequence tagger (issue 13, `src/tag/`): it reads the tokens, the lexicon matches and the
 * candidates of the rules as features and adds the spans it finds, with provenance `model`.
 */
export interface TaggerStage extends Stage {
  readonly kind: 'tag';
}
