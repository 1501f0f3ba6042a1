import { existsSync, closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readConll } from '#alam/eval/read-conll';
import type { CorpusManifest } from './bench-types';
import { createRandom } from './create-random';
import { joinDocument } from './join-document';

const MB = 1e6;

export interface CorpusOptions {
  readonly sources: readonly string[];
  readonly outDir: string;
  readonly targetBytes: number;
  readonly bigBytes: number;
  readonly docSentences?: number;
  readonly maxSentences?: number;
  readonly seed?: number;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

function sourceStamp(files: readonly string[]): string[] {
  return files.map((file) => {
    const stat = statSync(file);
    return `${basename(file)}:${stat.size}:${Math.floor(stat.mtimeMs)}`;
  });
}

/**
 * Builds the bench input in `outDir` (never in the repo's tracked files):
 * - docs.jsonl: `{"id","text"}` lines, each ~`docSentences` sentences of ANERcorp train or
 *   WikiFANE, shuffled (seeded) so any prefix is representative, repeated until ≥ targetBytes UTF-8;
 * - big.txt: one document of ≥ bigBytes UTF-8 made of unrepeated documents.
 * A manifest keyed by the parameters and source file stamps lets later runs reuse the files.
 */
export function buildCorpus({ sources, outDir, targetBytes, bigBytes, docSentences = 10, maxSentences = Infinity, seed = 20240601 }: CorpusOptions): CorpusManifest {
  const params = { sources: sourceStamp(sources), targetBytes, bigBytes, docSentences, maxSentences: String(maxSentences), seed };
  const manifestFile = join(outDir, 'manifest.json');
  const docsFile = join(outDir, 'docs.jsonl');
  const bigFile = join(outDir, 'big.txt');
  if (existsSync(manifestFile) && existsSync(docsFile) && existsSync(bigFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CorpusManifest;
    if (JSON.stringify(manifest.params) === JSON.stringify(params)) return manifest;
  }
  const base: string[] = [];
  for (const file of sources) {
    const sentences = readConll(readFileSync(file, 'utf8'), file).slice(0, maxSentences);
    for (let i = 0; i < sentences.length; i += docSentences) base.push(joinDocument(sentences.slice(i, i + docSentences)).text);
  }
  if (base.length === 0) throw new Error(`bench corpus: no sentences read from ${sources.join(', ')}`);
  const random = createRandom(seed);
  const baseBytes = base.reduce((sum, doc) => sum + Buffer.byteLength(doc, 'utf8'), 0);
  const copies = Math.max(1, Math.ceil(targetBytes / baseBytes));
  const docs: string[] = [];
  for (let c = 0; c < copies; c += 1) docs.push(...base);
  shuffle(docs, random);

  mkdirSync(outDir, { recursive: true });
  const out = openSync(docsFile, 'w');
  let docChars = 0;
  docs.forEach((text, i) => {
    docChars += text.length;
    writeSync(out, `${JSON.stringify({ id: `d${i + 1}`, text })}\n`);
  });
  closeSync(out);

  const bigParts: string[] = [];
  let bigSize = 0;
  for (const doc of shuffle(base.slice(), random)) {
    if (bigSize >= bigBytes) break;
    bigParts.push(doc);
    bigSize += Buffer.byteLength(doc, 'utf8') + 1;
  }
  while (bigSize < bigBytes) {
    bigParts.push(...bigParts);
    bigSize *= 2;
  }
  const big = bigParts.join('\n');
  writeFileSync(bigFile, big);

  const docBytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc, 'utf8'), 0);
  const manifest: CorpusManifest = {
    params,
    docsFile,
    bigFile,
    docs: docs.length,
    baseDocs: base.length,
    copies,
    docChars,
    docBytes,
    bigChars: big.length,
    bigBytes: Buffer.byteLength(big, 'utf8'),
    docsMB: docBytes / MB,
  };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
