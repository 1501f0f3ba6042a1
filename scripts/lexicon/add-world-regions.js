// @ts-check
'use strict';
// Continents and UN M49 regions from CLDR («غرب آسيا»، «أمريكا اللاتينية») as PLACE continent/region,
// merged with the WOF continents; Antarctica (ISO AQ) is a continent, not a country. «العالم» (001)
// is a common word and is skipped.
const fs = require('fs');
const { sharedPath } = require('./resolve-shared-dir');
const { cleanName } = require('./fold-arabic');

const CONTINENT_CODES = new Set(['002', '009', '019', '142', '150', 'AQ']);

/** @param {ReturnType<typeof import('./create-place-index').createPlaceIndex>} index */
function addWorldRegions(index) {
  const territories = JSON.parse(fs.readFileSync(sharedPath('sources/cldr-ar/territories/ar.json'), 'utf8')).main.ar.localeDisplayNames.territories;
  let added = 0;
  for (const code of Object.keys(territories).sort()) {
    if (!(/^\d{3}$/.test(code) || code === 'AQ') || code === '001') continue;
    const name = cleanName(territories[code]);
    const subtype = CONTINENT_CODES.has(code) ? 'continent' : 'region';
    const existing = index.findAnywhere(name).find((d) => d.id && (d.subtype === 'continent' || d.subtype === 'region'));
    if (existing) {
      existing.sources.add('cldr');
      continue;
    }
    const d = index.createDraft({ id: `place:cldr:m49-${code}`, subtype, placetype: subtype, source: 'cldr' });
    index.addName(d, name);
    added++;
  }
  return added;
}

module.exports = { addWorldRegions };
