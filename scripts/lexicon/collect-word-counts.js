// @ts-check
'use strict';
// How every single word of TRAIN80 and WikiFANE is used: untagged (O), as a whole one-word entity
// («لبنان» B-LOC), as a token of a multi-word person name («حسني» in «محمد حسني مبارك»), or as a
// token of another multi-word entity («المجلس» in «المجلس الأعلى للأمن القومي»). Keyed by the
// folded word; a token with proclitics («والمجلس»، «للجيش») also counts for its stem when the stem
// occurs on its own somewhere, because the runtime peels them and looks the stem up.
const { foldArabic, cleanName } = require('./fold-arabic');
const { readChunks } = require('./read-conll');
const { loadTrain80, loadWikifane } = require('./read-corpora');
const { listProcliticStems } = require('./list-proclitic-stems');

/**
 * @typedef {{ o: number, single: Record<string, number>, perPart: number, otherPart: number,
 *   bare: number, corpora: Set<string>, byCorpus: Record<string, { o: number, entity: number }>,
 *   surfaces: Map<string, number> }} WordCounts
 * `corpora`: where the word was seen untagged; `byCorpus`: O and entity uses (see entityUses) per corpus.
 */

/** @returns {WordCounts} */
function emptyCounts() {
  return { o: 0, single: {}, perPart: 0, otherPart: 0, bare: 0, corpora: new Set(), byCorpus: {}, surfaces: new Map() };
}

/** Occurrences as a whole one-word entity, all types (MISC included: «رمضان» is no common word either). */
/** @param {WordCounts} c */
function singleTotal(c) {
  return Object.values(c.single).reduce((a, b) => a + b, 0);
}

/** Uses as a name of its own: a whole one-word entity or a token of a person's name. */
/** @param {WordCounts} c */
function entityUses(c) {
  return singleTotal(c) + c.perPart;
}

/**
 * The role of every token of a sentence: 'O', 'single:<TYPE>', 'part:PER' or 'part:other'.
 * @param {import('./read-conll').ConllToken[]} sentence
 */
function readRoles(sentence) {
  /** @type {string[]} */
  const roles = sentence.map(() => 'O');
  for (const ch of readChunks(sentence)) {
    for (let i = 0; i < ch.tokens.length; i++) {
      roles[ch.start + i] = ch.tokens.length === 1 ? `single:${ch.type}` : ch.type === 'PER' ? 'part:PER' : 'part:other';
    }
  }
  return roles;
}

/** @param {WordCounts} into @param {WordCounts} from */
function addCounts(into, from) {
  into.o += from.o;
  into.perPart += from.perPart;
  into.otherPart += from.otherPart;
  for (const [type, n] of Object.entries(from.single)) into.single[type] = (into.single[type] ?? 0) + n;
  for (const corpus of from.corpora) into.corpora.add(corpus);
  for (const [corpus, n] of Object.entries(from.byCorpus)) {
    const slot = (into.byCorpus[corpus] ??= { o: 0, entity: 0 });
    slot.o += n.o;
    slot.entity += n.entity;
  }
}

/** @type {Map<string, WordCounts> | undefined} */
let cache;

/** @returns {Map<string, WordCounts>} folded word → counts (its own plus those of its proclitic forms) */
function collectWordCounts() {
  if (cache) return cache;
  /** @type {Map<string, WordCounts>} */
  const own = new Map();
  /** @type {[string, import('./read-conll').ConllToken[][]][]} */
  const corpora = [['anercorp-train80', loadTrain80()], ['wikifane', loadWikifane()]];
  for (const [corpus, sentences] of corpora) {
    for (const sentence of sentences) {
      const roles = readRoles(sentence);
      sentence.forEach((t, i) => {
        const surface = cleanName(t.token);
        if (!/^[\u0621-\u064A]+$/.test(surface)) return;
        const key = foldArabic(surface);
        let c = own.get(key);
        if (!c) { c = emptyCounts(); own.set(key, c); }
        c.bare++;
        c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
        const role = roles[i] ?? 'O';
        const inCorpus = (c.byCorpus[corpus] ??= { o: 0, entity: 0 });
        if (role === 'O') { c.o++; c.corpora.add(corpus); inCorpus.o++; }
        else if (role === 'part:PER') { c.perPart++; inCorpus.entity++; }
        else if (role === 'part:other') c.otherPart++;
        else { const type = role.slice('single:'.length); c.single[type] = (c.single[type] ?? 0) + 1; inCorpus.entity++; }
      });
    }
  }
  /** @type {Map<string, WordCounts>} */
  const total = new Map();
  for (const [key, c] of own) {
    const t = emptyCounts();
    addCounts(t, c);
    t.bare = c.bare;
    t.surfaces = c.surfaces;
    total.set(key, t);
  }
  for (const [key, c] of own) {
    for (const stem of listProcliticStems(key)) {
      const t = total.get(stem);
      if (t) addCounts(t, c);
    }
  }
  cache = total;
  return total;
}

module.exports = { collectWordCounts, singleTotal, entityUses };
