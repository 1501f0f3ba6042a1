import type { Doc } from '../../document';
import type { CompiledFolds } from '../../normalize/compile-fold-table';
import { foldText, foldedString } from '../../normalize/fold-text';

/**
 * The sets already folded, per fold table and list: folding a list costs about 7 µs a word, which a
 * rule checking 47 heads in every document would pay again each time. Both keys are immutable (an
 * extractor's fold table, a rule's constant list), so the cache only saves work and goes when the
 * extractor does.
 */
const folded = new WeakMap<CompiledFolds, WeakMap<readonly string[], ReadonlySet<string>>>();

/**
 * Helper: a closed word list as the document's folds write it, to compare with its folded text:
 * «وزارة» is «وزاره» under the default folds and stays «وزارة» with `taMarbuta: false`.
 */
export function foldedWordSet(doc: Doc, words: readonly string[]): ReadonlySet<string> {
  const folds = doc.index.folds;
  let byList = folded.get(folds);
  if (!byList) folded.set(folds, (byList = new WeakMap()));
  let set = byList.get(words);
  if (!set) byList.set(words, (set = new Set(words.map((word) => foldedString(foldText(word, folds))))));
  return set;
}
