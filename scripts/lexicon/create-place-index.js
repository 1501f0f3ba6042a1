// @ts-check
'use strict';
// The place drafts being merged across sources, indexed by (country, folded name), (country, English
// name) and folded name alone, so «دمشق» from WOF, CLDR and world-cities ends up as one entry.
const { foldArabic, cleanName, isArabicName } = require('./fold-arabic');

/**
 * @typedef {{ id: string, subtype: string, name: string, variants: string[], keys: Set<string>,
 *   country: string, population: number, placetype: string, tier: string, capital: boolean,
 *   sources: Set<string>, en: string, order: number }} PlaceDraft
 */

/** @type {Record<string, number>} */
const SUBTYPE_RANK = { city: 0, village: 1, neighbourhood: 2, district: 3, region: 4 };

/** Lower-case ASCII key of an English name: «Ḩimş» → «hims». @param {string} en */
function foldEnglish(en) {
  return en.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function createPlaceIndex() {
  /** @type {PlaceDraft[]} */
  const drafts = [];
  /** @type {Map<string, PlaceDraft[]>} */
  const byCountryName = new Map();
  /** @type {Map<string, PlaceDraft[]>} */
  const byCountryEn = new Map();
  /** @type {Map<string, PlaceDraft[]>} */
  const byName = new Map();
  /** @type {Map<string, PlaceDraft[]>} */
  const byEn = new Map();
  /** @param {Map<string, PlaceDraft[]>} map @param {string} key @param {PlaceDraft} d */
  const push = (map, key, d) => {
    const list = map.get(key);
    if (!list) map.set(key, [d]);
    else if (!list.includes(d)) list.push(d);
  };

  /**
   * Add a surface form to a draft (cleaned, Arabic only, at most 4 words, one per folded key).
   * @param {PlaceDraft} d @param {string} raw
   */
  function addName(d, raw) {
    const name = cleanName(raw);
    if (!isArabicName(name) || name.split(' ').length > 4) return false;
    const key = foldArabic(name);
    if (d.keys.has(key)) return true;
    d.keys.add(key);
    if (!d.name) d.name = name;
    else d.variants.push(name);
    push(byCountryName, `${d.country}|${key}`, d);
    push(byName, key, d);
    return true;
  }

  /**
   * @param {{ id: string, subtype: string, country?: string, population?: number | null, placetype?: string,
   *   tier?: string, source: string, en?: string }} init
   */
  function createDraft(init) {
    /** @type {PlaceDraft} */
    const d = {
      id: init.id, subtype: init.subtype, name: '', variants: [], keys: new Set(), country: init.country ?? '',
      population: init.population ?? 0, placetype: init.placetype ?? '', tier: init.tier ?? '', capital: false,
      sources: new Set([init.source]), en: init.en ?? '', order: drafts.length,
    };
    drafts.push(d);
    if (d.en) {
      push(byCountryEn, `${d.country}|${foldEnglish(d.en)}`, d);
      push(byEn, foldEnglish(d.en), d);
    }
    return d;
  }

  // Live drafts, settlements before districts before regions, then by population: a city source
  // («القاهرة» in world-cities) merges into the city, not the governorate of the same name.
  /** @param {PlaceDraft[] | undefined} list */
  const rank = (list) => (list ?? []).filter((d) => d.id).sort((a, b) => (SUBTYPE_RANK[a.subtype] ?? 9) - (SUBTYPE_RANK[b.subtype] ?? 9) || b.population - a.population || a.order - b.order);
  /** @param {string} country @param {string} name */
  const findByName = (country, name) => rank(byCountryName.get(`${country}|${foldArabic(cleanName(name))}`));
  /** @param {string} country @param {string} en */
  const findByEnglish = (country, en) => rank(byCountryEn.get(`${country}|${foldEnglish(en)}`));
  /** @param {string} name */
  const findAnywhere = (name) => rank(byName.get(foldArabic(cleanName(name))));
  /** @param {string} en */
  const findEnglishAnywhere = (en) => rank(byEn.get(foldEnglish(en)));

  /** Remove a draft (when a later check shows it is noise); its keys stay indexed but it is skipped. */
  /** @param {PlaceDraft} d */
  const dropDraft = (d) => { d.id = ''; };

  return { drafts, addName, createDraft, findByName, findByEnglish, findAnywhere, findEnglishAnywhere, dropDraft };
}

module.exports = { createPlaceIndex, foldEnglish };
