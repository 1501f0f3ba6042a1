// alam's rules-only F1 on the training corpora with and without the jackknife (issue 13, §3): each
// sentence scored by an extractor over the shipped lexicon, which was harvested from it, and then
// over the lexicon built without its fold, the same folds `npm run train` reads its features from.
// The gap is how much the harvested lexicon flatters its own training text.
import { computeScore } from '#alam/eval/compute-score';
import { evaluateConll } from '#alam/eval/evaluate-conll';
import type { ConllSentence, EvalReport } from '#alam/eval/types';
import { SCORED_TYPES } from '#alam/eval/types';
import type { Extractor } from '#alam/types';
import { createExtractor, createExtractorWith } from '#alam/extractor';
import { loadBuildInputs } from './lexicon/build-lexicon-lists';
import { GOLD_CORPORA } from './lib/gold-corpora';
import { runScript } from './lib/script-args';
import { BLOCK_SIZE } from './train/collect-documents';
import { assignCorpusFolds, foldLexicons } from './train/fold-lexicons';

type Counts = Record<'PER' | 'LOC' | 'ORG' | 'ALL', { gold: number; predicted: number; correct: number }>;

function emptyCounts(): Counts {
  const zero = () => ({ gold: 0, predicted: 0, correct: 0 });
  return { PER: zero(), LOC: zero(), ORG: zero(), ALL: zero() };
}

function addReport(counts: Counts, report: EvalReport): void {
  for (const type of SCORED_TYPES) {
    for (const key of ['gold', 'predicted', 'correct'] as const) {
      counts[type][key] += report.byType[type][key];
      counts.ALL[key] += report.byType[type][key];
    }
  }
}

function score(sentences: readonly ConllSentence[], extractor: Extractor): EvalReport {
  return evaluateConll(sentences, (text) => extractor.extract(text), { blockSize: BLOCK_SIZE });
}

function formatRow(name: string, counts: Counts): string {
  const f1 = (key: keyof Counts): string => computeScore(counts[key]).f1.toFixed(1);
  return `| ${name} | ${f1('PER')} | ${f1('LOC')} | ${f1('ORG')} | ${f1('ALL')} |`;
}

runScript(
  {
    name: 'eval:jackknife',
    usage: 'npm run eval:jackknife',
    about:
      "alam's rules-only F1 (model: false) on ANERcorp TRAIN80 and WikiFANE: over the shipped lexicon (harvested from these very sentences) and jackknifed (each sentence over the lexicon built without its fold, as `npm run train` reads them). About a minute.",
    options: [],
  },
  () => {
    const inputs = loadBuildInputs();
    const { anercorp, wikifane } = inputs.corpora;
    const folds = assignCorpusFolds(inputs);
    // Each corpus under its own annotation conventions (GOLD_CORPORA), as `npm run eval` scores it: ANERcorp leaves ministries untagged.
    const conventions = { anercorp: GOLD_CORPORA.anercorp.conventions, wikifane: GOLD_CORPORA.wikifane.conventions };
    const shipped = { anercorp: createExtractor({ model: false, conventions: conventions.anercorp }), wikifane: createExtractor({ model: false, conventions: conventions.wikifane }) };
    const rows: string[] = [];
    // Both readings score the same documents: each fold's sentences, 10 to a document.
    const counts = { anercorp: [emptyCounts(), emptyCounts()], wikifane: [emptyCounts(), emptyCounts()] };
    for (const { fold, artifact } of foldLexicons(inputs, folds)) {
      for (const [corpus, sentences] of [['anercorp', anercorp], ['wikifane', wikifane]] as const) {
        const heldOut = createExtractorWith({ model: false, conventions: conventions[corpus] }, { artifact });
        const inFold = sentences.filter((s) => folds[corpus][s.index] === fold);
        addReport(counts[corpus][0] as Counts, score(inFold, shipped[corpus]));
        addReport(counts[corpus][1] as Counts, score(inFold, heldOut));
      }
    }
    for (const [corpus, name] of [['anercorp', 'ANERcorp TRAIN80'], ['wikifane', 'WikiFANE']] as const) {
      rows.push(formatRow(`${name}, shipped lexicon`, counts[corpus][0] as Counts), formatRow(`${name}, jackknifed`, counts[corpus][1] as Counts));
    }
    process.stdout.write(`| corpus, lexicon | PER F1 | LOC F1 | ORG F1 | micro F1 |\n|---|--:|--:|--:|--:|\n${rows.join('\n')}\n`);
  },
);
