// Whether two builds of alam give the same output on the bench corpus: every distinct document of
// docs.jsonl, then the 1 MB document, then every seventh document again in reverse (the word cache
// then holds other words), each as JSON with its provenance details. For speed work that must not
// change a byte: `npm run bench:compare -- --against /tmp/alam-main/dist` (a snapshot of main, built
// as bench/README.md shows). With --count, where a change is meant to move output at ties only
// (integer scoring): every extraction is compared and the differences counted, by span and by entity.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity, Extractor } from '#alam/types';
import { runScript, UsageError } from '../scripts/lib/script-args';
import { buildCorpus } from './lib/build-corpus';
import { createBenchConfig } from './lib/create-bench-config';
import { readDocs } from './lib/read-docs';
import { resolveBenchPaths } from './lib/resolve-bench-paths';

runScript(
  {
    name: 'bench:compare',
    usage: 'npm run bench:compare -- --against DIST [--options JSON] [--count]',
    about: "Extracts the bench corpus with this build (or ALAM_DIST) and with DIST, and names the first document whose output differs.",
    options: [
      { name: 'against', kind: 'value', valueName: 'DIST', description: "the other build's dist/ folder" },
      { name: 'options', kind: 'value', valueName: 'JSON', description: 'createExtractor options for both (default {})' },
      { name: 'count', kind: 'flag', description: 'count every difference (extractions, spans, entities) instead of stopping at the first' },
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
    const count = args.flag('count');
    const differences = { extractions: 0, spans: 0, entities: 0, examples: [] as string[] };
    let entities = 0;
    docs.forEach((text, i) => {
      const a = JSON.stringify(mine.extract(text));
      const b = JSON.stringify(theirs.extract(text));
      if (a !== b && count) {
        differences.extractions++;
        const ours = JSON.parse(a) as Entity[];
        const others = JSON.parse(b) as Entity[];
        const spans = (list: Entity[]): string[] => list.map((e) => `${e.type} ${e.start}-${e.end}`);
        differences.spans += symmetricDifference(spans(ours), spans(others)).length;
        const changed = symmetricDifference(ours.map((e) => JSON.stringify(e)), others.map((e) => JSON.stringify(e)));
        differences.entities += changed.length;
        if (differences.examples.length < 6) differences.examples.push(`document ${i}:\n    ${changed.slice(0, 4).join('\n    ')}`);
      } else if (a !== b) {
        let at = 0;
        while (a[at] === b[at]) at++;
        throw new Error(`document ${i} differs at character ${at} of its JSON:\n  ${paths.dist}: …${a.slice(Math.max(0, at - 80), at + 80)}…\n  ${against}: …${b.slice(Math.max(0, at - 80), at + 80)}…`);
      }
      entities += (JSON.parse(a) as unknown[]).length;
    });
    if (differences.extractions > 0) {
      process.stdout.write(
        `${differences.extractions} of ${docs.length} extractions differ: ${differences.spans} spans (type, start, end) in one output and not the other, ${differences.entities} entities in one output and not the other, comparing every field (a changed entity counts twice) (${entities} entities here; ${paths.dist} and ${resolve(against)})\n  ${differences.examples.join('\n  ')}\n`,
      );
      return;
    }
    process.stdout.write(`the same output: ${docs.length} extractions, ${entities} entities (${paths.dist} and ${resolve(against)})\n`);
  },
);

/** What differs from `b` (DIST's output) to `a` (this build's), as a diff: «- x» only in b, «+ x» only in a. */
function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of b) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(`- ${x}`);
  }
  for (const [x, n] of left) for (let k = 0; k < n; k++) out.push(`+ ${x}`);
  return out;
}
