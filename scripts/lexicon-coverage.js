#!/usr/bin/env node
// @ts-check
// Lexicon coverage: the share of gold mentions (ANERcorp DEV20 and AQMAR dev) whose folded string is
// a form of the compiled lexicon with an entry of the right type (PER → PERSON, LOC → COUNTRY or
// PLACE, ORG → ORGANIZATION), proclitics peeled as the matcher peels them. Gazetteer villages of the
// cue tier count (they are in the lexicon, even if matched only after a cue word).
// Usage: npm run build && node scripts/lexicon-coverage.js [--markdown]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { readConll, selectSplit } = require('../dist');
const { compileFoldTable } = require('../dist/normalize/compile-fold-table');
const { foldText } = require('../dist/normalize/fold-text');
const { scanTokens } = require('../dist/tokenize/scan-tokens');
const { findProcliticStems, RESTORED_ARTICLE } = require('../dist/tokenize/find-proclitic-stems');
const { createLexiconIndex } = require('../dist/lexicon/create-lexicon-index');
const { loadBundledLexicon } = require('../dist/lexicon/load-lexicon');

const SHARED = process.env.ALAM_SHARED ?? path.resolve(__dirname, '..', '..', 'shared');
const CORPORA = [
  { name: 'ANERcorp DEV20', file: path.join(SHARED, 'corpora/anercorp/train.conll'), split: 'dev20' },
  { name: 'AQMAR dev', file: path.join(SHARED, 'corpora/aqmar/dev.conll'), split: 'all' },
];
const TYPES = { PER: ['PERSON'], LOC: ['COUNTRY', 'PLACE'], ORG: ['ORGANIZATION'] };

const folds = compileFoldTable();
const index = createLexiconIndex(folds, { artifact: loadBundledLexicon() });

/**
 * Does the mention's text, as a whole, spell a lexicon form with an entry of one of `types`?
 * @param {string} text @param {readonly string[]} types
 */
function covered(text, types) {
  const folded = foldText(text, folds);
  const tokens = scanTokens(folded);
  if (tokens.count === 0) return false;
  const codes = folded.codes;
  const first = [{ start: tokens.start[0], restored: false }];
  const stems = new Int32Array(4);
  const n = findProcliticStems(codes, tokens.start[0], tokens.end[0], stems);
  for (let k = 0; k < n; k++) first.push({ start: tokens.start[0] + (stems[k] >> 1), restored: (stems[k] & RESTORED_ARTICLE) !== 0 });
  for (const { start, restored } of first) {
    let node = index.trie.child(0, index.words.lookup(codes, start, tokens.end[0], restored));
    for (let t = 1; t < tokens.count && node >= 0; t++) node = index.trie.child(node, index.words.lookup(codes, tokens.start[t], tokens.end[t]));
    const form = node >= 0 ? index.trie.nodeForm[node] : -1;
    if (form < 0) continue;
    for (let i = index.formStart[form]; i < index.formStart[form] + index.formSize[form]; i++) {
      if (types.includes(index.entryType(index.entryList[i]))) return true;
    }
  }
  return false;
}

const rows = [];
for (const corpus of CORPORA) {
  const sentences = selectSplit(readConll(fs.readFileSync(corpus.file, 'utf8'), corpus.file), corpus.split);
  const counts = { PER: [0, 0], LOC: [0, 0], ORG: [0, 0] };
  for (const sentence of sentences) {
    let current;
    const close = () => {
      if (!current) return;
      const slot = counts[current.type];
      if (slot) {
        slot[1]++;
        if (covered(current.words.join(' '), TYPES[current.type])) slot[0]++;
      }
      current = undefined;
    };
    for (const token of sentence.tokens) {
      const [prefix, type] = token.tag.split('-');
      if (prefix === 'B' || (prefix === 'I' && current?.type !== type)) {
        close();
        current = { type, words: [token.text] };
      } else if (prefix === 'I') current.words.push(token.text);
      else close();
    }
    close();
  }
  const all = Object.values(counts).reduce((a, [c, n]) => [a[0] + c, a[1] + n], [0, 0]);
  rows.push({ corpus: corpus.name, ...counts, all });
}

const pct = ([c, n]) => `${((100 * c) / n).toFixed(1)}% (${c}/${n})`;
console.log('| corpus | PER | LOC | ORG | all |');
console.log('|---|--:|--:|--:|--:|');
for (const row of rows) console.log(`| ${row.corpus} | ${pct(row.PER)} | ${pct(row.LOC)} | ${pct(row.ORG)} | ${pct(row.all)} |`);
