import { readChunks } from '#alam/eval/read-chunks';
import type { ConllSentence, ScoredType } from '#alam/eval/types';

export interface JoinedDocument {
  readonly text: string;
  /** The gold mentions (MISC dropped: alam has no MISC) as spans into `text`. */
  readonly gold: readonly { readonly type: ScoredType; readonly start: number; readonly end: number }[];
}

/**
 * Joins sentences into one document (tokens with spaces, sentences with newlines) and
 * returns the gold mentions as spans into that text.
 * Example: tokens «في» «ألمانيا/B-LOC» → text «في ألمانيا», gold {type:'LOC', start:3, end:10}.
 */
export function joinDocument(sentences: readonly ConllSentence[]): JoinedDocument {
  const parts: string[] = [];
  const gold: { type: ScoredType; start: number; end: number }[] = [];
  let offset = 0;
  sentences.forEach((sentence, s) => {
    if (s > 0) {
      parts.push('\n');
      offset += 1;
    }
    const starts: number[] = [];
    sentence.tokens.forEach((token, t) => {
      if (t > 0) {
        parts.push(' ');
        offset += 1;
      }
      starts.push(offset);
      parts.push(token.text);
      offset += token.text.length;
    });
    for (const chunk of readChunks(
      sentence.tokens.map((t) => t.tag),
      sentence.index,
    )) {
      if (chunk.type === 'MISC') continue;
      const last = sentence.tokens[chunk.end - 1];
      gold.push({ type: chunk.type, start: starts[chunk.start] as number, end: (starts[chunk.end - 1] as number) + (last?.text.length ?? 0) });
    }
  });
  return { text: parts.join(''), gold };
}
