import type { CliticSplit, NormalizeOptions, Token } from '../types';
import { compileFoldTable } from '../normalize/compile-fold-table';
import { foldText, foldedString, type FoldedBuffer } from '../normalize/fold-text';
import { describeValue } from '../describe-value';
import { MIN_STEM, RESTORED_ARTICLE, findProcliticStems } from './find-proclitic-stems';
import { TOKEN_KINDS, WORD, scanTokens } from './scan-tokens';
import { ALEF, LAM } from './arabic-letters';

export interface TokenizeOptions {
  /** Normalization switches applied before tokenizing (the `normalized` form of each token). */
  readonly normalize?: NormalizeOptions;
}


/**
 * Splits text into tokens with offsets into the original string, each with its folded form and,
 * for Arabic words, the candidate proclitic splits: «والعراق» → و + «العراق», وال + «عراق».
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  if (typeof text !== 'string') {
    throw new TypeError(`tokenize(text): expected text to be a string, got ${describeValue(text)}`);
  }
  const folded = foldText(text, compileFoldTable(options?.normalize));
  const tokens = scanTokens(folded);
  const out: Token[] = [];
  const stems = new Int32Array(4);
  for (let t = 0; t < tokens.count; t++) {
    const s = tokens.start[t];
    const e = tokens.end[t];
    const start = folded.starts[s];
    const end = folded.ends[e - 1];
    const kind = tokens.kind[t];
    const token: { -readonly [K in keyof Token]: Token[K] } = {
      kind: TOKEN_KINDS[kind],
      start,
      end,
      text: text.slice(start, end),
      normalized: foldedString(folded, s, e),
    };
    if (kind === WORD) {
      const splits = listSplits(folded, s, e, stems);
      if (splits.length > 0) token.splits = splits;
    }
    out.push(token);
  }
  return out;
}

/** Every proclitic split of one word, shortest prefix first, including those that peel the article. */
function listSplits(folded: FoldedBuffer, s: number, e: number, stems: Int32Array): CliticSplit[] {
  const splits: CliticSplit[] = [];
  const codes = folded.codes;
  const n = findProcliticStems(codes, s, e, stems);
  const candidates = [0];
  for (let k = 0; k < n; k++) candidates.push(stems[k]);
  for (const candidate of candidates) {
    const offset = candidate >> 1;
    const restored = (candidate & RESTORED_ARTICLE) !== 0;
    const stemStart = s + offset;
    if (offset > 0) {
      splits.push({
        prefix: foldedString(folded, s, stemStart),
        stem: (restored ? '\u0627' : '') + foldedString(folded, stemStart, e),
        start: folded.starts[stemStart],
      });
    }
    // The article after the proclitics: «بالعراق» → بال + «عراق»; «للامن» → لل + «امن».
    const articleEnd = restored ? stemStart + 1 : stemStart + 2;
    const hasArticle = restored || (codes[stemStart] === ALEF && codes[stemStart + 1] === LAM);
    if (hasArticle && e - articleEnd >= MIN_STEM - 1) {
      splits.push({
        prefix: foldedString(folded, s, articleEnd),
        stem: foldedString(folded, articleEnd, e),
        start: folded.starts[articleEnd],
      });
    }
  }
  return splits;
}
