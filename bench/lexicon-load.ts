// Default-lexicon load time and memory of alam in THIS fresh process.
// Usage: node build/bench/lexicon-load.js [--json]   (env ALAM_DIST: another build of alam)
// Measures: require(dist), the first createExtractor() (loads the bundled lexicon), the first
// extract() (pays any lazy initialisation) and a second one, then RSS / heap / peak RSS.
// Kept free of the bench's other modules: what this process loads is what it measures.
import type { Extractor } from '#alam/types';
import { nowMs } from './lib/now-ms';
import { resolveBenchPaths } from './lib/resolve-bench-paths';

const SAMPLE = 'اكد امين المجلس الاعلى للامن القومي الايراني علي شمخاني ونظيره الروسي نيكولاي باتروشيف خلال لقائهما في موسكو';

function main(): void {
  const rssBareMB = process.memoryUsage().rss / 1e6;
  const { dist } = resolveBenchPaths();
  const t0 = nowMs();
  const alam = require(dist) as { createExtractor(): Extractor };
  const t1 = nowMs();
  const extractor = alam.createExtractor();
  const t2 = nowMs();
  const found = extractor.extract(SAMPLE);
  const t3 = nowMs();
  extractor.extract(SAMPLE);
  const t4 = nowMs();
  const mem = process.memoryUsage();
  const result = {
    requireMs: t1 - t0,
    createMs: t2 - t1,
    firstExtractMs: t3 - t2,
    secondExtractMs: t4 - t3,
    entities: found.length,
    rssBareMB,
    rssMB: mem.rss / 1e6,
    heapUsedMB: mem.heapUsed / 1e6,
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
  };
  if (process.argv.includes('--json')) {
    process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const f = (n: number): string => n.toFixed(1);
  process.stdout.write(
    [
      `require('dist')        ${f(result.requireMs)} ms`,
      `first createExtractor  ${f(result.createMs)} ms`,
      `first extract          ${f(result.firstExtractMs)} ms (${result.entities} entities)`,
      `second extract         ${f(result.secondExtractMs)} ms`,
      `RSS bare node          ${f(result.rssBareMB)} MB`,
      `RSS after load         ${f(result.rssMB)} MB (heap used ${f(result.heapUsedMB)} MB)`,
      `peak RSS               ${f(result.maxRssMB)} MB`,
      '',
    ].join('\n'),
  );
}

main();
