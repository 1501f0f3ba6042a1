import type { CompiledFolds } from '../normalize/compile-fold-table';
import { foldText, foldedString, type FoldedBuffer } from '../normalize/fold-text';
import { createTokenBuffer, scanTokens, type TokenBuffer } from '../tokenize/scan-tokens';

/**
 * A lexicon form as the matcher sees it: folded and tokenized exactly like input text, so
 * «الولايات المتحدة الأمريكية» becomes the words «الولايات» «المتحده» «الامريكيه» and «غينيا-بيساو»
 * becomes «غينيا» «-» «بيساو».
 */
export function createFormSplitter(folds: CompiledFolds): (form: string) => string[] {
  let folded: FoldedBuffer | undefined;
  const tokens: TokenBuffer = createTokenBuffer();
  return (form: string): string[] => {
    folded = foldText(form, folds, folded);
    scanTokens(folded, tokens);
    const words: string[] = [];
    for (let t = 0; t < tokens.count; t++) words.push(foldedString(folded, tokens.start[t], tokens.end[t]));
    return words;
  };
}
