// Whether this build extracts faster than another, on a shared machine whose load moves more than the
// difference: both builds in one process, extracting the bench documents in turn, a block of 395 at a
// time (the order alternating), so that both see the same load. CPU time (process.cpuUsage) per
// build; the ratio is this build's time over DIST's. `npm run bench:speed -- --against /tmp/alam-main/dist`
// (a snapshot of main, built as bench/README.md shows). The two caches share the CPU's, so the
// absolute figures are below what `npm run bench` measures for each build alone.
import { join, resolve } from 'node:path';
import type { Extractor } from '#alam/types';
import { readInteger, runScript, UsageError } from '../scripts/lib/script-args';
import { buildCorpus } from './lib/build-corpus';
import { createBenchConfig } from './lib/create-bench-config';
import { readDocs } from './lib/read-docs';
import { resolveBenchPaths } from './lib/resolve-bench-paths';

const BLOCK = 395;

runScript(
  {
    name: 'bench:speed',
    usage: 'npm run bench:speed -- --against DIST [--passes N] [--options JSON]',
    about: 'Extracts the bench documents with this build (or ALAM_DIST) and with DIST in turn, in one process, and compares their CPU time.',
    options: [
      { name: 'against', kind: 'value', valueName: 'DIST', description: "the other build's dist/ folder" },
      { name: 'passes', kind: 'value', valueName: 'N', description: 'timed passes over the documents after a warm-up pass (default 3)' },
      { name: 'options', kind: 'value', valueName: 'JSON', description: 'createExtractor options for both (default {})' },
    ],
  },
  (args) => {
    const against = args.value('against');
    if (!against) throw new UsageError('--against DIST is required');
    const passes = readInteger(args, 'passes', 3, 1);
    const options = JSON.parse(args.value('options') ?? '{}') as object;
    const paths = resolveBenchPaths();
    const corpus = buildCorpus({ sources: [paths.anercorp, paths.wikifane], outDir: join(paths.out, 'corpus-full'), ...createBenchConfig('full').corpus });
    const docs = readDocs(corpus.docsFile);
    const chars = docs.reduce((sum, doc) => sum + doc.length, 0);
    const load = (dist: string): Extractor => (require(resolve(dist)) as { createExtractor(options: object): Extractor }).createExtractor(options);
    const builds = [load(paths.dist), load(against)];
    for (const extractor of builds) for (const doc of docs) extractor.extract(doc);
    const total = [0, 0];
    const ratios: number[] = [];
    let turn = 0;
    for (let pass = 0; pass < passes; pass++) {
      for (let from = 0; from < docs.length; from += BLOCK) {
        const block = docs.slice(from, from + BLOCK);
        const spent = [0, 0];
        for (const k of turn++ % 2 === 0 ? [0, 1] : [1, 0]) {
          const before = process.cpuUsage();
          for (const doc of block) (builds[k] as Extractor).extract(doc);
          const used = process.cpuUsage(before);
          spent[k] = used.user + used.system;
          total[k] = (total[k] as number) + (spent[k] as number);
        }
        ratios.push((spent[0] as number) / (spent[1] as number));
      }
    }
    ratios.sort((a, b) => a - b);
    const line = (name: string, micros: number): string => `${name}: ${(micros / 1000 / passes).toFixed(0)} ms CPU per pass, ${(chars / (micros / passes)).toFixed(2)} M chars/s`;
    const quantile = (q: number): string => (ratios[Math.floor(q * (ratios.length - 1))] as number).toFixed(3);
    process.stdout.write(
      `${line(paths.dist, total[0] as number)}\n${line(resolve(against), total[1] as number)}\n` +
        `this build ÷ DIST: ${((total[0] as number) / (total[1] as number)).toFixed(3)} over ${passes} passes of ${docs.length} documents; per block of ${BLOCK}: median ${quantile(0.5)} (quartiles ${quantile(0.25)}, ${quantile(0.75)})\n`,
    );
  },
);
