import type { Doc } from '../../document';
import type { CueClass } from '../../lexicon/create-lexicon-index';
import type { AnnotationConventions } from '../../types';

/**
 * A context rule: a named, tested transform of the document's candidates. Rules read the tokens,
 * the lexicon matches and the cue phrases they registered, and add, re-type or support candidates.
 * Every candidate a rule makes carries its id as provenance.
 */
export interface Rule {
  readonly id: string;
  /** One line: what the rule recognizes, with an example. */
  readonly description: string;
  /** Cue phrases the rule needs to find (registered in the lexicon index, so proclitics peel off them too). */
  readonly cues?: readonly CueClass[];
  /**
   * The annotation conventions the rule belongs to, when it belongs to one: the pipeline runs it only
   * under them («وزارة الخارجية» is dropped under 'anercorp' only). Without it the rule runs under any.
   */
  readonly conventions?: AnnotationConventions;
  /** `conventions`: the extractor's option; most rules read the same text the same way under any. */
  apply(doc: Doc, conventions: AnnotationConventions): void;
}
