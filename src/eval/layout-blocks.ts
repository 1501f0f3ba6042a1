import type { ConllSentence } from './types';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface BlockSentence {
  readonly sentence: ConllSentence;
  /** Offsets of each token in the block text, half-open. */
  readonly tokens: readonly Span[];
}

/** One extractor call: `blockSize` sentences, tokens joined with " ", sentences with "\n". */
export interface TextBlock {
  readonly text: string;
  readonly sentences: readonly BlockSentence[];
}

/**
 * Rebuilds running text from tokenized sentences so the extractor sees prose, not one word at a time,
 * and keeps every token's offsets to map entity spans back onto tokens.
 */
export function layoutBlocks(sentences: readonly ConllSentence[], blockSize: number): TextBlock[] {
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new RangeError(`block size must be a positive integer, got ${blockSize}`);
  }
  const blocks: TextBlock[] = [];
  for (let first = 0; first < sentences.length; first += blockSize) {
    blocks.push(layoutBlock(sentences.slice(first, first + blockSize)));
  }
  return blocks;
}

function layoutBlock(sentences: readonly ConllSentence[]): TextBlock {
  const parts: string[] = [];
  const laidOut: BlockSentence[] = [];
  let offset = 0;
  sentences.forEach((sentence, s) => {
    if (s > 0) {
      parts.push('\n');
      offset += 1;
    }
    const tokens: Span[] = [];
    sentence.tokens.forEach((token, t) => {
      if (t > 0) {
        parts.push(' ');
        offset += 1;
      }
      parts.push(token.text);
      tokens.push({ start: offset, end: offset + token.text.length });
      offset += token.text.length;
    });
    laidOut.push({ sentence, tokens });
  });
  return { text: parts.join(''), sentences: laidOut };
}
