import { performance } from 'node:perf_hooks';
import { collectErrors } from './collect-errors';
import { computeScore } from './compute-score';
import { layoutBlocks } from './layout-blocks';
import { projectEntities } from './project-entities';
import { readChunks } from './read-chunks';
import { scoreChunks } from './score-chunks';
import {
  SCORED_TYPES,
  type BlockCounts,
  type Chunk,
  type ChunkCounts,
  type ConllSentence,
  type EvalError,
  type EvalReport,
  type EvaluateOptions,
  type ExtractFunction,
  type ScoredType,
  type TypeScore,
} from './types';

const DEFAULT_BLOCK_SIZE = 10;
const DEFAULT_CONTEXT_TOKENS = 5;

/**
 * Runs `extract` over the sentences, `blockSize` sentences per call (tokens joined with spaces,
 * sentences with "\n"), projects the returned spans onto the gold tokens and scores chunks like
 * conlleval: PER, LOC, ORG and their micro average; gold MISC is not scored.
 */
export function evaluateConll(
  sentences: readonly ConllSentence[],
  extract: ExtractFunction,
  options: EvaluateOptions = {},
): EvalReport {
  const blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
  const contextTokens = options.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
  if (!Number.isInteger(contextTokens) || contextTokens < 0) {
    throw new RangeError(`context tokens must be a non-negative integer, got ${contextTokens}`);
  }
  const blocks = layoutBlocks(sentences, blockSize);
  const gold: Chunk[] = [];
  const predicted: Chunk[] = [];
  const errors: EvalError[] = [];
  const blockCounts: BlockCounts[] = [];
  const projection = { unscoredType: 0, crossSentence: 0, tokenConflicts: 0 };
  let extractMs = 0;
  let characters = 0;

  blocks.forEach((block, b) => {
    const started = performance.now();
    const entities = extract(block.text);
    extractMs += performance.now() - started;
    characters += block.text.length;
    if (!Array.isArray(entities)) {
      throw new TypeError(`extractor returned ${typeof entities} for block ${b}, expected an array of entities`);
    }
    const projected = projectEntities(block, entities, b);
    projection.unscoredType += projected.stats.unscoredType;
    projection.crossSentence += projected.stats.crossSentence;
    projection.tokenConflicts += projected.stats.tokenConflicts;
    const blockStart = { gold: gold.length, predicted: predicted.length };
    block.sentences.forEach(({ sentence }, s) => {
      const goldChunks = readChunks(
        sentence.tokens.map((token) => token.tag),
        sentence.index,
      );
      const predictedChunks = readChunks(projected.tags[s] ?? [], sentence.index);
      gold.push(...goldChunks);
      predicted.push(...predictedChunks);
      if (options.errors === true) errors.push(...collectErrors(sentence, goldChunks, predictedChunks, contextTokens));
    });
    if (options.blockCounts === true) blockCounts.push(scoreChunks(gold.slice(blockStart.gold), predicted.slice(blockStart.predicted)));
  });

  const counts = scoreChunks(gold, predicted);
  const byType = {
    PER: computeScore(counts.PER),
    LOC: computeScore(counts.LOC),
    ORG: computeScore(counts.ORG),
  } satisfies Record<ScoredType, TypeScore>;
  return {
    ...(options.label !== undefined ? { label: options.label } : {}),
    sentences: sentences.length,
    tokens: sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0),
    blockSize,
    blocks: blocks.length,
    characters,
    extractMs,
    byType,
    micro: computeScore(sumCounts(SCORED_TYPES.map((type) => counts[type]))),
    goldMisc: gold.filter((chunk) => chunk.type === 'MISC').length,
    projection,
    ...(options.errors === true ? { errors } : {}),
    ...(options.blockCounts === true ? { blockCounts } : {}),
  };
}

function sumCounts(counts: readonly ChunkCounts[]): ChunkCounts {
  return counts.reduce(
    (sum, c) => ({ gold: sum.gold + c.gold, predicted: sum.predicted + c.predicted, correct: sum.correct + c.correct }),
    { gold: 0, predicted: 0, correct: 0 },
  );
}
