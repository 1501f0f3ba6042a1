import { layoutBlocks } from '#alam/eval/layout-blocks';
import { readChunks } from '#alam/eval/read-chunks';
import type { ConllSentence, ScoredType } from '#alam/eval/types';

export interface JoinedDocument {
  readonly text: string;
  /** The gold mentions (MISC dropped: alam has no MISC) as spans into `text`. */
  readonly gold: readonly { readonly type: ScoredType; readonly start: number; readonly end: number }[];
}

/**
 * Joins sentences into one document laid out as the eval lays out a block (tokens with spaces,
 * sentences with newlines) and returns the gold mentions as spans into that text.
 * Example: tokens «في» «ألمانيا/B-LOC» → text «في ألمانيا», gold {type:'LOC', start:3, end:10}.
 */
export function joinDocument(sentences: readonly ConllSentence[]): JoinedDocument {
  const [block] = layoutBlocks(sentences, Math.max(1, sentences.length));
  if (!block) return { text: '', gold: [] };
  const gold = block.sentences.flatMap(({ sentence, tokens }) =>
    readChunks(
      sentence.tokens.map((t) => t.tag),
      sentence.index,
    ).flatMap((chunk) => (chunk.type === 'MISC' ? [] : [{ type: chunk.type, start: tokens[chunk.start]?.start ?? 0, end: tokens[chunk.end - 1]?.end ?? 0 }])),
  );
  return { text: block.text, gold };
}
