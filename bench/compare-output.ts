// Whether two builds of alam give the same output on the bench corpus: every distinct document of
// docs.jsonl, then the 1 MB document, then every seventh document again in reverse (the word cache
// then holds other words), each as JSON with its provenance details. For speed work that must not
// change a byte: `npm run bench:compare -- --against /tmp/alam-main/dist` (a snapshot of main, built
// as bench/README.md shows).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Extractor } from '#alam/types';
import { runScript, UsageError } from '../scripts/lib/script-args';
import { buildCorpus } from './lib/build-corpus';
import { createBenchConfig } from './lib/create-bench-config';
import { readDocs } from './lib/read-docs';
import { resolveBenchPaths } from './lib/resolve-bench-paths';

runScript(
  {
    name: 'bench:compare',
    usage: 'npm run bench:compare -- --against DIST [--options JSON]',
    about: "Extracts the bench corpus with this build (or ALAM_DIST) and with DIST, and names the first document whose output differs.",
    options: [
      { name: 'against', kind: 'value', valueName: 'DIST', description: "the other build's dist/ folder" },
      { name: 'options', kind: 'value', valueName: 'JSON', description: 'createExtractor options for both (default {})' },
    ],
  },
  (args) => {
    const against = args.value('against');
    if (!against) throw new UsageError('--against DIST is required');
    const options = JSON.parse(args.value('options') ?? '{}') as object;
    const paths = resolveBenchPaths();
    const corpus = buildCorpus({ sources: [paths.anercorp, paths.wikifane], outDir: join(paths.out, 'corpus-full'), ...createBenchConfig('full').corpus });
    const docs = [...new Set(readDocs(corpus.docsFile))];
    docs.push(readFileSync(corpus.bigFile, 'utf8'));
    for (let i = docs.length - 2; i >= 0; i -= 7) docs.push(docs[i] as string);
    const load = (dist: string): Extractor => (require(resolve(dist)) as { createExtractor(options: object): Extractor }).createExtractor(options);
    const mine = load(paths.dist);
    const theirs = load(against);
    let entities = 0;
    docs.forEach((text, i) => {
      const a = JSON.stringify(mine.extract(text));
      const b = JSON.stringify(theirs.extract(text));
      if (a !== b) {
        let at = 0;
        while (a[at] === b[at]) at++;
        throw new Error(`document ${i} differs at character ${at} of its JSON:\n  ${paths.dist}: …${a.slice(Math.max(0, at - 80), at + 80)}…\n  ${against}: …${b.slice(Math.max(0, at - 80), at + 80)}…`);
      }
      entities += (JSON.parse(a) as unknown[]).length;
    });
    process.stdout.write(`the same output: ${docs.length} extractions, ${entities} entities (${paths.dist} and ${resolve(against)})\n`);
  },
);
