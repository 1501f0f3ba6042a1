import type { BenchConfig, BenchMode } from './bench-types';

/**
 * Sizes, run counts and time budgets for a bench mode. `full` is the published run; `tiny`
 * runs every part once on a few KB so the scripts never rot (tests/bench spawns it).
 * Budgets cap how long a slow peer is timed per run: it then covers a prefix of the corpus.
 */
export function createBenchConfig(mode: BenchMode, { runs }: { readonly runs?: number | undefined } = {}): BenchConfig {
  if (mode === 'tiny') {
    return {
      mode,
      corpus: { targetBytes: 8000, bigBytes: 4000, maxSentences: 40 },
      runs: runs ?? 1,
      coldStartRuns: 1,
      lexiconLoadRuns: 1,
      workers: [{ minBytes: 0, runs: 1 }],
      separateChildren: false,
      accuracyMaxSentences: 40,
      perSystem: {
        alam: { budgetMs: null, bigBudgetMs: 10000, streamRss: true, scaling: { baseChars: 400, factors: [1, 4, 16], budgetMs: 5000 } },
        'alam-no-model': { budgetMs: null, bigBudgetMs: 10000, streamRss: true, scaling: { baseChars: 400, factors: [1, 4, 16], budgetMs: 5000 } },
        wink: { budgetMs: 2000, bigBudgetMs: 2000, streamRss: true, scaling: { baseChars: 400, factors: [1, 4, 16], budgetMs: 2000 } },
        nlpjs: { budgetMs: 2000, skipBig: 'n/a (O(words²) per call; see scaling)', scaling: { baseChars: 150, factors: [1, 4, 16], budgetMs: 2000 } },
        'nlpjs-sentence': { budgetMs: 2000, bigBudgetMs: 2000, scaling: { baseChars: 400, factors: [1, 4, 16], budgetMs: 2000 } },
      },
    };
  }
  return {
    mode: 'full',
    corpus: { targetBytes: 20e6, bigBytes: 1e6, maxSentences: Infinity },
    runs: runs ?? 5,
    coldStartRuns: 9,
    lexiconLoadRuns: 7,
    // The CLI's --workers on 100 MB and on 500 MB of JSONL (see measure-workers).
    workers: [
      { minBytes: 100e6, runs: 5 },
      { minBytes: 500e6, runs: 5 },
    ],
    separateChildren: true,
    accuracyMaxSentences: null,
    perSystem: {
      alam: { budgetMs: null, bigBudgetMs: 20000, streamRss: true, scaling: { baseChars: 250000, factors: [1, 4, 16], budgetMs: 20000 } },
      'alam-no-model': { budgetMs: null, bigBudgetMs: 20000, streamRss: true, scaling: { baseChars: 250000, factors: [1, 4, 16], budgetMs: 20000 } },
      wink: { budgetMs: 10000, bigBudgetMs: 10000, streamRss: true, scaling: { baseChars: 100000, factors: [1, 4, 16], budgetMs: 15000 } },
      nlpjs: { budgetMs: 5000, skipBig: 'n/a (O(words²) per call; see scaling)', scaling: { baseChars: 500, factors: [1, 4, 16], budgetMs: 15000 } },
      'nlpjs-sentence': { budgetMs: 5000, bigBudgetMs: 10000, scaling: { baseChars: 20000, factors: [1, 4, 16], budgetMs: 15000 } },
    },
  };
}
