import type { Doc } from '../../document';
import { foldText, foldedString } from '../../normalize/fold-text';

/**
 * Helper: closed word lists as the document's folds write them, to compare with its folded text:
 * «وزارة» is «وزاره» under the default folds and stays «وزارة» with `taMarbuta: false`.
 */
export function foldWords(doc: Doc, words: readonly string[]): string[] {
  return words.map((word) => foldedString(foldText(word, doc.index.folds)));
}
