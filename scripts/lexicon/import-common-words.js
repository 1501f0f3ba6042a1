// @ts-check
'use strict';
// Common words (one token, as written): both stopword lists plus every corpus word that is used
// mostly outside entities. The compiler flags them (WORD_COMMON): a one-word lexicon entry equal to
// one («المجلس» a Yemeni hamlet, «العالم» a TV channel) matches only when a rule vouches for it, and
// the person rules do not take one for a name by itself («الدولة» in «الدولة الأموية»).
const fs = require('fs');
const path = require('path');
const { sharedPath, LEXICON_DIR } = require('./resolve-shared-dir');
const { cleanName, foldArabic } = require('./fold-arabic');
const { writePlainTsv } = require('./write-lexicon-tsv');
const { collectWordCounts, entityUses } = require('./collect-word-counts');

// A corpus word is common when seen at least MIN_O times untagged and less than MAX_ENTITY_RATIO of
// its uses are entities: a whole one-word entity («لبنان») or a token of a person's name («حسني»).
// A token of a longer organization or place name («المجلس» in «المجلس الأعلى …», «العربية» in
// «المملكة العربية السعودية») is not a use as a name of its own and counts for neither side.
const MIN_O = 2;
const MAX_ENTITY_RATIO = 1 / 3;
// …and not a name in most of its uses in one corpus where it is seen at least MIN_CORPUS_USES times.
const MIN_CORPUS_USES = 5;
const MAX_CORPUS_ENTITY_SHARE = 0.5;

/**
 * Common overall and not mostly a name in either corpus: Wikipedia's islands outnumber the news
 * channel in the pooled counts, but in news «الجزيرة» is the channel (18 of 30 in TRAIN80).
 * @param {import('./collect-word-counts').WordCounts} c
 */
function isCommon(c) {
  const entity = entityUses(c);
  if (c.o < MIN_O || entity >= MAX_ENTITY_RATIO * (entity + c.o)) return false;
  return Object.values(c.byCorpus).every((n) => n.o + n.entity < MIN_CORPUS_USES || n.entity < MAX_CORPUS_ENTITY_SHARE * (n.o + n.entity));
}

/** @param {string} file */
function readWordList(file) {
  return fs.readFileSync(file, 'utf8').split('\n').map(cleanName).filter((w) => w && !w.includes(' ') && /[\u0621-\u064A]/.test(w));
}

/** The most frequent spelling of a word in the corpora: «الأمم» rather than the rarer «الامم». */
/** @param {Map<string, number>} surfaces @param {string} fallback */
function pickSurface(surfaces, fallback) {
  let best = fallback;
  let n = 0;
  for (const [s, k] of surfaces) if (k > n || (k === n && s < best)) { best = s; n = k; }
  return best;
}

function importCommonWords() {
  const counts = collectWordCounts();
  /** @type {Map<string, { o: number, e: number, sources: Set<string> }>} surface → row */
  const words = new Map();
  const stopSources = [
    ['stopwords-iso', 'sources/stopwords-ar/stopwords-iso/ar.txt'],
    ['mohataher-stopwords', 'sources/stopwords-ar/mohataher-arabic-stop-words/list.txt'],
  ];
  /** @param {string} surface @param {import('./collect-word-counts').WordCounts | undefined} c */
  const slot = (surface, c) => {
    let row = words.get(surface);
    if (!row) {
      row = { o: c?.o ?? 0, e: c ? entityUses(c) : 0, sources: new Set() };
      words.set(surface, row);
    }
    return row;
  };
  for (const [name, rel] of stopSources) {
    for (const w of readWordList(sharedPath(rel ?? ''))) slot(w, counts.get(foldArabic(w))).sources.add(name ?? '');
  }
  for (const [key, c] of counts) {
    if (!isCommon(c)) continue;
    const row = slot(pickSurface(c.surfaces, key), c);
    for (const corpus of c.corpora) row.sources.add(corpus);
  }
  const rows = [...words.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w, row]) => [w, row.o, row.e, [...row.sources].sort().join('+')]);
  writePlainTsv(path.join(LEXICON_DIR, 'generated/common-words.tsv'), ['word', 'o_count', 'entity_count', 'source'], rows);
  return rows.length;
}

if (require.main === module) console.log(`common-words.tsv: ${importCommonWords()} words`);

module.exports = { importCommonWords, MIN_O, MAX_ENTITY_RATIO };
