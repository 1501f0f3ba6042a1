import type { EntityType } from '../../types';
import { createCandidate } from '../../candidate';
import { addCandidate, type Doc } from '../../document';
import type { TokenSpan } from './token-span';

/** Why a rule proposes a span: the rule, what it saw (the provenance detail), its score and priority (PRIORITY). */
export interface RuleFinding {
  readonly rule: string;
  readonly detail: string;
  readonly score: number;
  readonly priority: number;
  /** The lexicon entry the span names, when the rule re-read a known name (-1 or absent otherwise). */
  readonly entry?: number;
}

/**
 * Adds what a rule found: the tokens of `span`, from its folded offset `start` (after any proclitic),
 * as a candidate of `type` whose provenance is the rule. The end offset follows from the last token.
 */
export function addRuleCandidate(doc: Doc, type: EntityType, span: TokenSpan, found: RuleFinding): void {
  addCandidate(
    doc,
    createCandidate({
      type,
      tokStart: span.tokStart,
      tokEnd: span.tokEnd,
      start: span.start,
      end: doc.tokens.end[span.tokEnd - 1],
      entry: found.entry ?? -1,
      source: { kind: 'rule', id: found.rule, detail: found.detail },
      score: found.score,
      priority: found.priority,
      canonical: undefined,
    }),
  );
}
