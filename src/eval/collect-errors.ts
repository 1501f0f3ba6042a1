import { chunkKey, isScored } from './score-chunks';
import type { Chunk, ConllSentence, EvalError, EvalErrorKind, OverlapNote, ScoredType } from './types';

/**
 * The unmatched chunks of one sentence, conlleval-consistent: a prediction with the span of a gold
 * chunk but another type is one type confusion (conlleval counts it as one false positive and one
 * miss); every other unmatched prediction is a false positive (including one over a gold MISC chunk,
 * listed in `overlaps`), every other unmatched scored gold chunk a miss.
 * So false positives + confusions = predicted − correct and misses + confusions = gold − correct.
 */
export function collectErrors(
  sentence: ConllSentence,
  gold: readonly Chunk[],
  predicted: readonly Chunk[],
  contextTokens: number,
): EvalError[] {
  const scoredGold = gold.filter((chunk) => isScored(chunk.type));
  const goldKeys = new Set(scoredGold.map(chunkKey));
  const predictedKeys = new Set(predicted.map(chunkKey));
  const errors: EvalError[] = [];

  for (const chunk of predicted) {
    if (goldKeys.has(chunkKey(chunk)) || !isScored(chunk.type)) continue;
    const sameSpan = scoredGold.find((g) => g.start === chunk.start && g.end === chunk.end);
    if (sameSpan !== undefined) {
      errors.push(describeError('type-confusion', sentence, chunk, sameSpan.type, chunk.type, [], contextTokens));
    } else {
      const overlaps = notes(sentence, gold, chunk);
      errors.push(describeError('false-positive', sentence, chunk, null, chunk.type, overlaps, contextTokens));
    }
  }
  for (const chunk of scoredGold) {
    if (predictedKeys.has(chunkKey(chunk))) continue;
    const confused = predicted.some((p) => p.start === chunk.start && p.end === chunk.end);
    if (confused) continue;
    errors.push(describeError('miss', sentence, chunk, chunk.type, null, notes(sentence, predicted, chunk), contextTokens));
  }
  return errors.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

function notes(sentence: ConllSentence, others: readonly Chunk[], chunk: Chunk): OverlapNote[] {
  return others
    .filter((other) => other.start < chunk.end && chunk.start < other.end)
    .map((other) => ({ text: chunkText(sentence, other.start, other.end), type: other.type }));
}

function describeError(
  kind: EvalErrorKind,
  sentence: ConllSentence,
  chunk: Chunk,
  gold: EvalError['gold'],
  predicted: ScoredType | null,
  overlaps: readonly OverlapNote[],
  contextTokens: number,
): EvalError {
  const first = sentence.tokens[chunk.start];
  return {
    kind,
    sentence: sentence.index,
    line: first === undefined ? 0 : first.line,
    start: chunk.start,
    end: chunk.end,
    text: chunkText(sentence, chunk.start, chunk.end),
    gold,
    predicted,
    context: contextOf(sentence, chunk, contextTokens),
    overlaps,
  };
}

function chunkText(sentence: ConllSentence, start: number, end: number): string {
  return sentence.tokens
    .slice(start, end)
    .map((token) => token.text)
    .join(' ');
}

function contextOf(sentence: ConllSentence, chunk: Chunk, width: number): string {
  const from = Math.max(0, chunk.start - width);
  const to = Math.min(sentence.tokens.length, chunk.end + width);
  const parts = [
    from > 0 ? '…' : '',
    chunkText(sentence, from, chunk.start),
    `[${chunkText(sentence, chunk.start, chunk.end)}]`,
    chunkText(sentence, chunk.end, to),
    to < sentence.tokens.length ? '…' : '',
  ];
  return parts.filter((part) => part !== '').join(' ');
}
