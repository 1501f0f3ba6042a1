// @ts-check
'use strict';
// COUNTRY entries: one per ISO 3166-1 code (plus Kosovo), names from CLDR (ar + the ar-AE/ar-LY/ar-SA
// overrides), i18n-iso-countries and Natural Earth, merged with the hand list curated/country-variants.tsv.
// world-countries (ODbL) is read only to check that no code is missing; none of its names is written.
const fs = require('fs');
const path = require('path');
const { sharedPath, LEXICON_DIR } = require('./resolve-shared-dir');
const { foldArabic, cleanName } = require('./fold-arabic');
const { writeLexiconTsv } = require('./write-lexicon-tsv');
const { readSideTable } = require('./read-side-table');

// CLDR codes that are not countries: UN, EU, eurozone, pseudo-locales, outlying parts of other states.
// AQ (Antarctica) is a continent: it is written as a PLACE by import-places.js.
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ', 'AQ']);

/** @param {string} file */
function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Split a CLDR display form into usable names: «ميانمار (بورما)» → [ميانمار, بورما]; forms with an
 * administrative gloss («هونغ كونغ الصينية (منطقة إدارية خاصة)») are dropped.
 * @param {string} raw
 */
function splitDisplayName(raw) {
  const name = cleanName(raw);
  const m = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (!m) return [name];
  if (/منطقة|إدارية/.test(m[2] ?? '')) return [];
  return [m[1] ?? '', m[2] ?? ''].filter(Boolean);
}

function loadCountryNames() {
  /** @type {Map<string, { names: string[], sources: Set<string> }>} */
  const byCode = new Map();
  /** @param {string} code @param {string} raw @param {string} source */
  const add = (code, raw, source) => {
    if (NOT_COUNTRIES.has(code) || !/^[A-Z]{2}$/.test(code)) return;
    const slot = byCode.get(code) ?? { names: [], sources: new Set() };
    byCode.set(code, slot);
    for (const n of splitDisplayName(raw)) slot.names.push(n);
    slot.sources.add(source);
  };
  const i18n = readJson(sharedPath('sources/i18n-iso-countries/ar.json')).countries;
  const cldrLocales = ['ar', 'ar-AE', 'ar-LY', 'ar-SA'];
  // CLDR first: its main form is the canonical one unless it is a display gloss («الكونغو - كينشاسا»).
  for (const loc of cldrLocales) {
    const file = sharedPath(`sources/cldr-ar/territories/${loc}.json`);
    const territories = readJson(file).main[loc].localeDisplayNames.territories;
    for (const key of Object.keys(territories).sort()) {
      if (/^\d/.test(key)) continue;
      add(key.split('-')[0] ?? key, territories[key], 'cldr');
    }
  }
  for (const code of Object.keys(i18n).sort()) add(code, i18n[code], 'i18n-iso-countries');
  const codes = readJson(sharedPath('sources/i18n-iso-countries/codes.json'));
  /** @type {Record<string, string>} */
  const alpha3 = {};
  for (const c of codes) alpha3[c[1]] = c[0];
  alpha3.KOS = 'XK';
  for (const r of readJson(sharedPath('sources/natural-earth-ar/ne_50m_admin_0_countries.names.json'))) {
    const code = /^[A-Z]{2}$/.test(r.ISO_A2) ? r.ISO_A2 : alpha3[r.ADM0_A3];
    if (code && r.NAME_AR && byCode.has(code)) add(code, r.NAME_AR, 'natural-earth');
  }
  return { byCode, i18n };
}

/** Codes of the ODbL file, for the completeness check only. */
function readValidationCodes() {
  const file = sharedPath('sources/world-countries/countries_ar.json');
  if (!fs.existsSync(file)) return [];
  const data = readJson(file);
  const list = Array.isArray(data) ? data : Object.values(data);
  return list.map((c) => c.cca2).filter((c) => typeof c === 'string');
}

function importCountries() {
  const { byCode, i18n } = loadCountryNames();
  const hand = readSideTable(path.join(LEXICON_DIR, 'curated/country-variants.tsv'), ['iso', 'name', 'variants', 'note']);
  /** @type {Map<string, Record<string, string>>} */
  const handByCode = new Map();
  for (const row of hand) {
    if (!byCode.has(row.iso ?? '')) throw new Error(`curated/country-variants.tsv: unknown or non-country code ${row.iso}`);
    handByCode.set(row.iso ?? '', row);
  }
  const rows = [];
  for (const code of [...byCode.keys()].sort()) {
    const slot = byCode.get(code);
    if (!slot) continue;
    const handRow = handByCode.get(code);
    const handVariants = handRow?.variants ? handRow.variants.split('|').map(cleanName) : [];
    const cldrMain = slot.names[0] ?? '';
    const canonical = handRow?.name || (/ - /.test(cldrMain) ? cleanName(i18n[code] ?? cldrMain) : cldrMain);
    const seen = new Set([foldArabic(canonical)]);
    const variants = [];
    for (const n of [...slot.names, ...handVariants]) {
      const key = foldArabic(n);
      if (!n || seen.has(key)) continue;
      seen.add(key);
      variants.push(n);
    }
    const sources = [...slot.sources];
    if (handRow) sources.push('curated');
    rows.push({ id: `country:${code}`, type: 'COUNTRY', subtype: '', name: canonical, variants, attrs: { iso: code }, source: sources.join('+') });
  }
  const missing = readValidationCodes().filter((c) => !byCode.has(c) && !NOT_COUNTRIES.has(c));
  if (missing.length) throw new Error(`countries missing from CLDR/i18n: ${missing.join(', ')}`);
  return writeLexiconTsv(path.join(LEXICON_DIR, 'generated/countries.tsv'), rows, [
    'generated by scripts/lexicon/import-countries.js from cldr-ar, i18n-iso-countries, natural-earth-ar + curated/country-variants.tsv',
  ]);
}

if (require.main === module) console.log(`countries.tsv: ${importCountries()} entries`);

module.exports = { importCountries, NOT_COUNTRIES };
