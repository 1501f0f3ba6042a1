'use strict';

function verdict(ok) {
  if (ok === null) return 'n/a';
  return ok ? 'met' : 'MISSED';
}

/**
 * The issue's targets, judged on the measured figures. A figure that could not be measured
 * (peer skipped, CLI missing) is `n/a`, never `met`.
 */
function checkTargets(results) {
  const s = results.systems;
  const alam = s.alam || {};
  const get = (fn) => {
    try {
      const v = fn();
      return v === undefined || v === null || Number.isNaN(v) ? null : v;
    } catch {
      return null;
    }
  };
  const docRate = get(() => alam.docs.mcharsPerSec);
  const bigRate = get(() => alam.big.mcharsPerSec);
  const winkRatio = get(() => docRate / s.wink.docs.mcharsPerSec);
  const nlpRatio = get(() => docRate / s.nlpjs.docs.mcharsPerSec);
  const nlpSentenceRatio = get(() => docRate / s['nlpjs-sentence'].docs.mcharsPerSec);
  const cold = get(() => results.coldStart.alam.ms);
  const load = get(() => results.lexiconLoad.createMs);
  const loadFirst = get(() => results.lexiconLoad.createMs + results.lexiconLoad.firstExtractMs);
  const rss = get(() => alam.rss.maxRssMB);
  const scale = get(() => alam.scaling.points.find((p) => p.factor === 16).ratio);
  // The largest input: the steady state a corpus-scale job sees (see measure-workers).
  const workerInputs = get(() => results.workers.inputs ?? [results.workers]);
  const largest = workerInputs === null ? null : workerInputs[workerInputs.length - 1];
  const workers = get(() => largest.points.find((p) => p.label === '--workers 2').speedup);
  const rows = [
    ['per-document throughput, one thread', '≥ 20 M chars/s', docRate, docRate === null ? null : docRate >= 20, 'M chars/s'],
    ['1 MB document throughput, one thread', '≥ 20 M chars/s', bigRate, bigRate === null ? null : bigRate >= 20, 'M chars/s'],
    ['speed vs wink-ner (per document)', '≥ ×5', winkRatio, winkRatio === null ? null : winkRatio >= 5, 'ratio'],
    ['speed vs @nlpjs/ner (per document)', '≥ ×50', nlpRatio, nlpRatio === null ? null : nlpRatio >= 50, 'ratio'],
    ['speed vs @nlpjs/ner called per line', '≥ ×50', nlpSentenceRatio, nlpSentenceRatio === null ? null : nlpSentenceRatio >= 50, 'ratio'],
    ['cold start (spawn → first result)', '≤ 150 ms', cold, cold === null ? null : cold <= 150, 'ms'],
    ['lexicon load (first createExtractor)', '≤ 100 ms', load, load === null ? null : load <= 100, 'ms'],
    ['lexicon load + first extract', '≤ 100 ms', loadFirst, loadFirst === null ? null : loadFirst <= 100, 'ms'],
    ['peak RSS, full streaming run', '≤ 150 MB', rss, rss === null ? null : rss <= 150, 'MB'],
    ['16× input → time ratio', '≤ 17', scale, scale === null ? null : scale <= 17, 'ratio'],
    [`--workers 2 vs --workers 1, ${largest && largest.bytes ? `${Math.round(largest.bytes / 1e6)} MB` : 'large'} JSONL input`, '≥ ×1.7', workers, workers === null ? null : workers >= 1.7, 'ratio'],
  ];
  return rows.map(([what, target, value, ok, unit]) => ({ what, target, value, unit, status: verdict(ok) }));
}

module.exports = { checkTargets };
