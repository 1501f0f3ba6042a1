// @ts-check
'use strict';
// CLDR time-zone exemplar cities («موسكو»، «تورونتو»): clean labels, one per zone. Merged into an
// existing city of the same Arabic or English name, else added as `place:cldr:<Area/City>`.
const fs = require('fs');
const { sharedPath } = require('./resolve-shared-dir');
const { foldArabic, cleanName, isArabicName } = require('./fold-arabic');

/** @returns {[string, string][]} zone path («America/Argentina/Buenos_Aires») and exemplar city */
function readExemplarCities() {
  const zones = JSON.parse(fs.readFileSync(sharedPath('sources/cldr-ar/timeZoneNames.ar.json'), 'utf8')).main.ar.dates.timeZoneNames.zone;
  /** @type {[string, string][]} */
  const out = [];
  /** @param {any} node @param {string[]} trail */
  const walk = (node, trail) => {
    for (const key of Object.keys(node).sort()) {
      const v = node[key];
      if (v && typeof v === 'object') {
        if (typeof v.exemplarCity === 'string') out.push([[...trail, key].join('/'), v.exemplarCity]);
        else walk(v, [...trail, key]);
      }
    }
  };
  walk(zones, []);
  return out.filter(([zone]) => !zone.startsWith('Etc/'));
}

/**
 * @param {ReturnType<typeof import('./create-place-index').createPlaceIndex>} index
 * @param {{ countryKeys: Set<string> }} ctx
 */
function addCldrCities(index, ctx) {
  const stats = { merged: 0, added: 0 };
  for (const [zone, label] of readExemplarCities()) {
    const name = cleanName(label);
    if (!isArabicName(name) || ctx.countryKeys.has(foldArabic(name))) continue;
    const en = (zone.split('/').pop() ?? '').replace(/_/g, ' ');
    // A capital wins a name shared by several cities: Europe/London is not London, Ontario.
    const sameName = index.findAnywhere(name).filter((d) => d.subtype !== 'village');
    const target = sameName.find((d) => d.capital) ?? sameName[0]
      ?? index.findEnglishAnywhere(en).find((d) => d.id && ['city', 'village', 'district'].includes(d.subtype));
    if (target) {
      index.addName(target, name);
      target.sources.add('cldr');
      stats.merged++;
      continue;
    }
    const d = index.createDraft({ id: `place:cldr:${zone}`, subtype: 'city', source: 'cldr', en });
    index.addName(d, name);
    stats.added++;
  }
  return stats;
}

module.exports = { addCldrCities };
