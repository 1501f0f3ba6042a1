import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '#alam/types';
import type { AccuracyResult, AccuracySet, BenchSystem } from './bench-types';
import { nowMs } from './now-ms';

/** The benched build's eval module (dist/eval): scored exactly like `npm run eval`. */
type EvalModule = typeof import('#alam/eval/index');

/**
 * Scores a system on a CoNLL gold set with the benched build's own eval module (dist/eval), so
 * peers and alam are scored exactly like `npm run eval`: blocks of 10 sentences, spans projected
 * onto the gold tokens, conlleval chunk scores for PER/LOC/ORG (gold MISC not scored).
 * alam is run under each corpus's own annotation conventions (`extractUnder`), as `npm run eval` runs it.
 * The eval calls its extractor synchronously, so a system is run over the blocks first
 * (async peers included, timed) and the eval is then fed those answers in order.
 */
export async function scoreWithEval(system: BenchSystem, { dist, file, split, name, conventions, maxSentences }: AccuracySet & { readonly dist: string }): Promise<AccuracyResult> {
  const evalModule = require(join(dist, 'eval')) as EvalModule;
  let sentences = evalModule.selectSplit(evalModule.readConll(readFileSync(file, 'utf8'), file), split);
  if (maxSentences !== null) sentences = sentences.slice(0, maxSentences);
  const blockSize = 10;
  const blocks = evalModule.layoutBlocks(sentences, blockSize);
  const answers: (readonly unknown[])[] = [];
  // alam under the corpus's own conventions (ANERcorp: 'anercorp'), as `npm run eval` scores it.
  const extractUnder = system.extractUnder?.(conventions);
  const t0 = nowMs();
  for (const block of blocks) answers.push(extractUnder ? extractUnder(block.text) : system.isAsync ? await system.extract(block.text) : (system.extract(block.text) as readonly unknown[]));
  const ms = nowMs() - t0;
  let next = 0;
  const report = evalModule.evaluateConll(
    sentences,
    (text) => {
      const block = blocks[next];
      const answer = answers[next];
      next += 1;
      if (!block || !answer || block.text !== text) throw new Error(`eval asked for a block the bench did not run (block ${next - 1} of ${name})`);
      return system.toSpans(answer).map((s) => ({ type: s.type as EntityType, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
    },
    { blockSize, label: name },
  );
  const chars = blocks.reduce((sum, b) => sum + b.text.length, 0);
  return { name, sentences: report.sentences, blocks: report.blocks, chars, ms, mcharsPerSec: chars / ms / 1e3, micro: report.micro, byType: report.byType, projection: report.projection };
}
