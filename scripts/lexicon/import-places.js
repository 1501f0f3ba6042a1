// @ts-check
'use strict';
// PLACE entries: Who's On First + world-cities-translations + CLDR exemplar cities + capitals +
// Natural Earth rivers + continents/regions, merged so one place is one entry with variants.
// Written to generated/places.tsv (bare tier) and generated/places-villages.tsv (tier=cue: small
// places no other source or corpus vouches for).
const path = require('path');
const { LEXICON_DIR } = require('./resolve-shared-dir');
const { foldArabic } = require('./fold-arabic');
const { writeLexiconTsv } = require('./write-lexicon-tsv');
const { readLexiconTsv } = require('./read-lexicon-tsv');
const { readSideTable } = require('./read-side-table');
const { createPlaceIndex } = require('./create-place-index');
const { addWofPlaces, HAMLET_POPULATION } = require('./add-wof-places');
const { addWorldCities } = require('./add-world-cities');
const { addCldrCities } = require('./add-cldr-cities');
const { addCapitals } = require('./add-capitals');
const { addRivers } = require('./add-rivers');
const { addWorldRegions } = require('./add-world-regions');
const { collectMentions } = require('./collect-mentions');
const { loadTrain80, loadWikifane } = require('./read-corpora');

// Sources besides WOF whose knowing a place vouches for it at the bare tier.
const CORROBORATING_SOURCES = new Set(['cldr', 'natural-earth', 'world-cities', 'curated']);

/** Folded country names (generated/countries.tsv must exist: run import-countries first). */
function readCountryKeys() {
  /** @type {Map<string, string>} */
  const isoByKey = new Map();
  for (const e of readLexiconTsv(path.join(LEXICON_DIR, 'generated/countries.tsv'))) {
    for (const n of [e.name, ...e.variants]) isoByKey.set(foldArabic(n), e.attrs.iso ?? '');
  }
  return isoByKey;
}

/** Folded nationality forms («الرومانية»، «بريطانيون»): never a world-cities label. */
function readNationalityKeys() {
  const keys = new Set();
  for (const e of readLexiconTsv(path.join(LEXICON_DIR, 'generated/nationalities.tsv'))) {
    for (const n of [e.name, ...e.variants]) keys.add(foldArabic(n));
  }
  return keys;
}

/** Stopwords, frequent corpus words and faker given names: never a bare one-word village. */
function readBlockedWords() {
  const words = new Set();
  for (const row of readSideTable(path.join(LEXICON_DIR, 'generated/common-words.tsv'), ['word', 'o_count', 'entity_count', 'source'])) {
    words.add(foldArabic(row.word ?? ''));
  }
  return words;
}

/**
 * A small place (tier=cue) that another source or the corpora know matches bare after all: CLDR,
 * Natural Earth or the hand lists name it (world-cities lifts the tier when it merges), or, for a
 * place of HAMLET_POPULATION people or more, the gold mentions of TRAIN80 + WikiFANE tag its name
 * LOC at least half the time.
 * @param {import('./create-place-index').PlaceDraft[]} drafts
 */
function corroborateTiers(drafts) {
  const keys = new Set(drafts.flatMap((d) => [...d.keys]));
  const mentions = collectMentions(keys);
  /** @param {string} key */
  const isCorpusPlace = (key) => {
    const votes = mentions.get(key)?.votes ?? {};
    const total = Object.values(votes).reduce((a, b) => a + b, 0);
    return (votes.LOC ?? 0) > 0 && (votes.LOC ?? 0) * 2 >= total;
  };
  let lifted = 0;
  for (const d of drafts) {
    if (d.tier !== 'cue') continue;
    // A hamlet only shares its name with the place a corpus meant («الروضة», 44 people in Yemen).
    const corpusKnown = d.population >= HAMLET_POPULATION && [...d.keys].some(isCorpusPlace);
    if (d.capital || [...d.sources].some((s) => CORROBORATING_SOURCES.has(s)) || corpusKnown) {
      d.tier = '';
      lifted++;
    }
  }
  return lifted;
}

/**
 * A name the corpora use this often, as a place less than NON_PLACE_SHARE of the time and untagged
 * at least COMMON_SHARE of the time, is a common word before it is a place.
 */
const NON_PLACE_USES = 10;
const NON_PLACE_SHARE = 0.1;
const COMMON_SHARE = 0.5;

/**
 * A gazetteer place whose name the annotated corpora use often, mostly as plain words and almost
 * never as a place, matches only after a cue word: «العرب» (an Egyptian district; in the corpora the
 * Arabs, 0 LOC in 200 uses), «النصر» (victory), «الساحل الشمالي», «الحدود الشمالية» (regions named
 * by plain words). A name used mostly for a person or a club keeps its tier («ليون»: the rules tell
 * Lyon from Leon). Capitals and the hand lists keep theirs.
 * @param {import('./create-place-index').PlaceDraft[]} drafts
 */
function demoteNonPlaces(drafts) {
  const keys = new Set(drafts.map((d) => foldArabic(d.name ?? '')));
  const votes = countUses(keys);
  /** @param {string} key */
  const isNonPlace = (key) => {
    const v = votes.get(key);
    if (!v) return false;
    const total = v.O + v.LOC + v.other;
    return total >= NON_PLACE_USES && v.LOC < NON_PLACE_SHARE * total && v.O >= COMMON_SHARE * total;
  };
  let demoted = 0;
  for (const d of drafts) {
    if (d.tier === 'cue' || d.capital || d.sources.has('curated') || !d.name) continue;
    if (!isNonPlace(foldArabic(d.name))) continue;
    d.tier = 'cue';
    demoted++;
  }
  return demoted;
}

/**
 * How TRAIN80 and WikiFANE use each of `keys` (folded, one or more words) as a whole: untagged (every
 * token O), as an exact LOC mention, or otherwise (another type, or part of a longer mention).
 * @param {Set<string>} keys
 */
function countUses(keys) {
  /** @type {Map<string, string[][]>} */
  const byFirst = new Map();
  for (const key of keys) {
    const toks = key.split(' ');
    const list = byFirst.get(toks[0] ?? '') ?? [];
    list.push(toks);
    byFirst.set(toks[0] ?? '', list);
  }
  /** @type {Map<string, { O: number, LOC: number, other: number }>} */
  const uses = new Map();
  for (const s of [...loadTrain80(), ...loadWikifane()]) {
    const folded = s.map((t) => foldArabic(t.token));
    for (let i = 0; i < s.length; i++) {
      for (const toks of byFirst.get(folded[i] ?? '') ?? []) {
        const n = toks.length;
        if (i + n > s.length || toks.some((tok, j) => folded[i + j] !== tok)) continue;
        const tags = s.slice(i, i + n).map((t) => t.tag);
        const key = toks.join(' ');
        const u = uses.get(key) ?? { O: 0, LOC: 0, other: 0 };
        uses.set(key, u);
        if (tags.every((t) => t === 'O')) u.O++;
        else if (tags[0] === 'B-LOC' && tags.slice(1).every((t) => t === 'I-LOC') && s[i + n]?.tag !== 'I-LOC') u.LOC++;
        else u.other++;
      }
    }
  }
  return uses;
}

/**
 * Same-type ties are ranked by the compiler on priority then population: a capital gets priority 1
 * («عمان» Amman the city, not the bigger governorate), and a governorate or district that shares
 * its name with a town of its country gets -1 («حمص» is the city first).
 * @param {import('./create-place-index').PlaceDraft[]} drafts
 */
function assignPriorities(drafts) {
  const settlementKeys = new Set();
  for (const d of drafts) {
    if (d.subtype === 'city' || (d.subtype === 'village' && d.tier !== 'cue')) for (const k of d.keys) settlementKeys.add(`${d.country}|${k}`);
  }
  /** @type {Map<import('./create-place-index').PlaceDraft, number>} */
  const priority = new Map();
  for (const d of drafts) {
    if (d.capital) priority.set(d, 1);
    else if ((d.subtype === 'region' || d.subtype === 'district') && [...d.keys].some((k) => settlementKeys.has(`${d.country}|${k}`))) priority.set(d, -1);
  }
  return priority;
}

/** @param {import('./create-place-index').PlaceDraft} d @param {number | undefined} priority */
function toRow(d, priority) {
  return {
    id: d.id, type: 'PLACE', subtype: d.subtype, name: d.name, variants: d.variants,
    attrs: {
      country: d.country || undefined, population: d.population || undefined, placetype: d.placetype || undefined,
      tier: d.tier || undefined, capital: d.capital ? '1' : undefined, priority,
    },
    source: [...d.sources].join('+'),
  };
}

function importPlaces() {
  const index = createPlaceIndex();
  const countryIsoByKey = readCountryKeys();
  const ctx = { countryKeys: new Set(countryIsoByKey.keys()), countryIsoByKey, nationalityKeys: readNationalityKeys(), blockedWords: readBlockedWords() };
  /** @type {Record<string, unknown>} */
  const stats = {
    wof: addWofPlaces(index, ctx),
    worldCities: addWorldCities(index, ctx),
    capitals: addCapitals(index, ctx),
    cldrCities: addCldrCities(index, ctx),
    regions: addWorldRegions(index),
    rivers: addRivers(index, ctx),
  };
  const live = index.drafts.filter((d) => d.id && d.name);
  stats.corroborated = corroborateTiers(live);
  stats.demoted = demoteNonPlaces(live);
  const priority = assignPriorities(live);
  const bare = live.filter((d) => d.tier !== 'cue').map((d) => toRow(d, priority.get(d)));
  const cue = live.filter((d) => d.tier === 'cue').map((d) => toRow(d, priority.get(d)));
  const header = 'generated by scripts/lexicon/import-places.js from whosonfirst-ar, world-cities-translations, cldr-ar, natural-earth-ar + curated/capitals.tsv';
  writeLexiconTsv(path.join(LEXICON_DIR, 'generated/places.tsv'), bare, [header]);
  writeLexiconTsv(path.join(LEXICON_DIR, 'generated/places-villages.tsv'), cue, [`${header}; small localities, neighbourhoods and districts no other source or corpus knows, tier=cue`]);
  return { ...stats, bare: bare.length, cue: cue.length };
}

if (require.main === module) console.log(JSON.stringify(importPlaces()));

module.exports = { importPlaces };
