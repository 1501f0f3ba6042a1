import type { Provenance } from '../../types';
import { createCandidate, type Candidate } from '../../candidate';
import { addCandidate, type Doc } from '../../document';

/** What a rule says about a candidate; the end offset follows from the last token. */
export interface RuleCandidate {
  readonly type: Candidate['type'];
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
  readonly source: Provenance;
  readonly score: number;
  readonly priority: number;
  /** The lexicon entry it names, when a known name was re-read by the rule (-1 or absent otherwise). */
  readonly entry?: number;
}

/** Adds a rule-made candidate. */
export function addRuleCandidate(doc: Doc, init: RuleCandidate): void {
  addCandidate(
    doc,
    createCandidate({
      type: init.type,
      tokStart: init.tokStart,
      tokEnd: init.tokEnd,
      start: init.start,
      end: doc.tokens.end[init.tokEnd - 1] as number,
      entry: init.entry ?? -1,
      source: init.source,
      score: init.score,
      priority: init.priority,
      canonical: undefined,
    }),
  );
}
