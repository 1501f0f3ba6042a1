'use strict';
const fs = require('fs');
const path = require('path');
const { readConll } = require('./read-conll');
const { joinDocument } = require('./join-document');
const { createRandom } = require('./create-random');

const MB = 1e6;

function groupDocuments(sentences, docSentences) {
  const docs = [];
  for (let i = 0; i < sentences.length; i += docSentences) {
    docs.push(joinDocument(sentences.slice(i, i + docSentences)).text);
  }
  return docs;
}

function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

function sourceStamp(files) {
  return files.map((file) => {
    const stat = fs.statSync(file);
    return `${path.basename(file)}:${stat.size}:${Math.floor(stat.mtimeMs)}`;
  });
}

/**
 * Builds the bench input in `outDir` (never in the repo's tracked files):
 * - docs.jsonl: `{"id","text"}` lines, each ~`docSentences` sentences of ANERcorp train or
 *   WikiFANE, shuffled (seeded) so any prefix is representative, repeated until ≥ targetBytes UTF-8;
 * - big.txt: one document of ≥ bigBytes UTF-8 made of unrepeated documents.
 * A manifest keyed by the parameters and source file stamps lets later runs reuse the files.
 */
function buildCorpus({ sources, outDir, targetBytes, bigBytes, docSentences = 10, maxSentences = Infinity, seed = 20240601 }) {
  const params = { sources: sourceStamp(sources), targetBytes, bigBytes, docSentences, maxSentences: String(maxSentences), seed };
  const manifestFile = path.join(outDir, 'manifest.json');
  const docsFile = path.join(outDir, 'docs.jsonl');
  const bigFile = path.join(outDir, 'big.txt');
  if (fs.existsSync(manifestFile) && fs.existsSync(docsFile) && fs.existsSync(bigFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (JSON.stringify(manifest.params) === JSON.stringify(params)) return manifest;
  }
  const base = [];
  for (const file of sources) {
    for (const doc of groupDocuments(readConll(file, { maxSentences }), docSentences)) base.push(doc);
  }
  if (base.length === 0) throw new Error(`bench corpus: no sentences read from ${sources.join(', ')}`);
  const random = createRandom(seed);
  const baseBytes = base.reduce((sum, doc) => sum + Buffer.byteLength(doc, 'utf8'), 0);
  const copies = Math.max(1, Math.ceil(targetBytes / baseBytes));
  const docs = [];
  for (let c = 0; c < copies; c += 1) docs.push(...base);
  shuffle(docs, random);

  fs.mkdirSync(outDir, { recursive: true });
  const out = fs.openSync(docsFile, 'w');
  let docChars = 0;
  docs.forEach((text, i) => {
    docChars += text.length;
    fs.writeSync(out, `${JSON.stringify({ id: `d${i + 1}`, text })}\n`);
  });
  fs.closeSync(out);

  const bigParts = [];
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
  fs.writeFileSync(bigFile, big);

  const manifest = {
    params,
    docsFile,
    bigFile,
    docs: docs.length,
    baseDocs: base.length,
    copies,
    docChars,
    docBytes: docs.reduce((sum, doc) => sum + Buffer.byteLength(doc, 'utf8'), 0),
    bigChars: big.length,
    bigBytes: Buffer.byteLength(big, 'utf8'),
    docsMB: 0,
  };
  manifest.docsMB = manifest.docBytes / MB;
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

module.exports = { buildCorpus };
