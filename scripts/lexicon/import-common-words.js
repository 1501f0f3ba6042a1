// @ts-check
'use strict';
// Common words (one token, as written): both stopword lists plus corpus tokens that are frequent
// outside entities. The compiler marks a single-token entry equal to one of them as needing context
// («العالم» is the world far more often than the TV channel).
const fs = require('fs');
const path = require('path');
const { sharedPath, LEXICON_DIR } = require('./resolve-shared-dir');
const { cleanName } = require('./fold-arabic');
const { writePlainTsv } = require('./write-lexicon-tsv');
const { loadTrain80, loadWikifane } = require('./read-corpora');

// A corpus token is common when seen at least MIN_O times outside entities and at most
// MAX_ENTITY_RATIO of its occurrences inside one.
const MIN_O = 10;
const MAX_ENTITY_RATIO = 0.2;

/** @param {string} file */
function readWordList(file) {
  return fs.readFileSync(file, 'utf8').split('\n').map(cleanName).filter((w) => w && !w.includes(' ') && /[\u0621-\u064A]/.test(w));
}

function importCommonWords() {
  /** @type {Map<string, { o: number, e: number, sources: Set<string> }>} */
  const words = new Map();
  /** @param {string} w */
  const slot = (w) => {
    let s = words.get(w);
    if (!s) { s = { o: 0, e: 0, sources: new Set() }; words.set(w, s); }
    return s;
  };
  /** @type {[string, import('./read-conll').ConllToken[][]][]} */
  const corpora = [['anercorp-train80', loadTrain80()], ['wikifane', loadWikifane()]];
  /** @type {Map<string, { o: number, e: number, sources: Set<string> }>} */
  const counts = new Map();
  for (const [name, sentences] of corpora) {
    for (const s of sentences) for (const t of s) {
      const w = cleanName(t.token);
      if (!/[\u0621-\u064A]/.test(w) || w.includes(' ')) continue;
      let c = counts.get(w);
      if (!c) { c = { o: 0, e: 0, sources: new Set() }; counts.set(w, c); }
      if (t.tag === 'O') { c.o++; c.sources.add(name); } else c.e++;
    }
  }
  const stopSources = [
    ['stopwords-iso', 'sources/stopwords-ar/stopwords-iso/ar.txt'],
    ['mohataher-stopwords', 'sources/stopwords-ar/mohataher-arabic-stop-words/list.txt'],
  ];
  for (const [name, rel] of stopSources) for (const w of readWordList(sharedPath(rel ?? ''))) slot(w).sources.add(name ?? '');
  for (const [w, c] of counts) {
    if (c.o >= MIN_O && c.e / (c.o + c.e) <= MAX_ENTITY_RATIO) for (const s of c.sources) slot(w).sources.add(s);
  }
  const rows = [...words.keys()].sort().map((w) => {
    const c = counts.get(w);
    return [w, c?.o ?? 0, c?.e ?? 0, [...(words.get(w)?.sources ?? [])].sort().join('+')];
  });
  writePlainTsv(path.join(LEXICON_DIR, 'generated/common-words.tsv'), ['word', 'o_count', 'entity_count', 'source'], rows);
  return rows.length;
}

if (require.main === module) console.log(`common-words.tsv: ${importCommonWords()} words`);

module.exports = { importCommonWords, MIN_O, MAX_ENTITY_RATIO };
