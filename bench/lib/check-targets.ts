import type { BenchResults, TargetRow } from './bench-types';

function verdict(ok: boolean | null): string {
  if (ok === null) return 'n/a';
  return ok ? 'met' : 'MISSED';
}

/** A figure, or null when it could not be measured (peer skipped, CLI missing, NaN). */
function get(read: () => number | undefined | null): number | null {
  try {
    const v = read();
    return v === undefined || v === null || Number.isNaN(v) ? null : v;
  } catch {
    return null;
  }
}

/**
 * The targets, judged on the measured figures. A figure that could not be measured
 * (peer skipped, CLI missing) is `n/a`, never `met`.
 */
export function checkTargets(results: BenchResults): TargetRow[] {
  const s = results.systems;
  const alam = s.alam ?? {};
  const docRate = get(() => alam.docs?.mcharsPerSec);
  const bigRate = get(() => alam.big?.mcharsPerSec);
  const ratio = (peer: number | undefined): number | null => get(() => (docRate === null || peer === undefined ? null : docRate / peer));
  const winkRatio = ratio(s.wink?.docs?.mcharsPerSec);
  const nlpRatio = ratio(s.nlpjs?.docs?.mcharsPerSec);
  const nlpSentenceRatio = ratio(s['nlpjs-sentence']?.docs?.mcharsPerSec);
  const cold = get(() => results.coldStart?.alam?.ms);
  const load = get(() => results.lexiconLoad?.createMs);
  const loadFirst = get(() => (results.lexiconLoad?.createMs ?? NaN) + (results.lexiconLoad?.firstExtractMs ?? NaN));
  const rss = get(() => alam.rss?.maxRssMB);
  const scale = get(() => alam.scaling?.points.find((p) => p.factor === 16)?.ratio);
  // The largest input: the steady state a corpus-scale job sees (see measure-workers).
  const workerInputs = results.workers?.inputs ?? (results.workers?.points ? [results.workers as { points: NonNullable<typeof results.workers.points> }] : []);
  const largest = workerInputs[workerInputs.length - 1];
  const workers = get(() => largest?.points.find((p) => p.label === '--workers 2')?.speedup);
  const size = largest && 'bytes' in largest && largest.bytes ? `${Math.round(largest.bytes / 1e6)} MB` : 'large';
  const rows: [string, string, number | null, (v: number) => boolean, string][] = [
    ['per-document throughput, one thread', '≥ 20 M chars/s', docRate, (v) => v >= 20, 'M chars/s'],
    ['1 MB document throughput, one thread', '≥ 20 M chars/s', bigRate, (v) => v >= 20, 'M chars/s'],
    ['speed vs wink-ner (per document)', '≥ ×5', winkRatio, (v) => v >= 5, 'ratio'],
    ['speed vs @nlpjs/ner (per document)', '≥ ×50', nlpRatio, (v) => v >= 50, 'ratio'],
    ['speed vs @nlpjs/ner called per line', '≥ ×50', nlpSentenceRatio, (v) => v >= 50, 'ratio'],
    ['cold start (spawn → first result)', '≤ 150 ms', cold, (v) => v <= 150, 'ms'],
    ['lexicon load (first createExtractor)', '≤ 100 ms', load, (v) => v <= 100, 'ms'],
    ['lexicon load + first extract', '≤ 100 ms', loadFirst, (v) => v <= 100, 'ms'],
    ['peak RSS, full streaming run', '≤ 150 MB', rss, (v) => v <= 150, 'MB'],
    ['16× input → time ratio', '≤ 17', scale, (v) => v <= 17, 'ratio'],
    [`--workers 2 vs --workers 1, ${size} JSONL input`, '≥ ×1.7', workers, (v) => v >= 1.7, 'ratio'],
  ];
  return rows.map(([what, target, value, meets, unit]) => ({ what, target, value, unit, status: verdict(value === null ? null : meets(value)) }));
}
