// @ts-check
'use strict';
// Capitals from the hand list curated/capitals.tsv: merged into the city of that country with the
// same name (attr capital=1), else added as `place:curated:capital-<cc>`. A capital named like its
// own country («الكويت»، «تونس») keeps only its disambiguated forms («مدينة الكويت»، «تونس العاصمة»);
// one named like another country («عمّان» / Oman) stays, and collisions.tsv decides the bare form.
const path = require('path');
const { LEXICON_DIR } = require('./resolve-shared-dir');
const { foldArabic, cleanName } = require('./fold-arabic');
const { readSideTable } = require('./read-side-table');

/**
 * @param {ReturnType<typeof import('./create-place-index').createPlaceIndex>} index
 * @param {{ countryIsoByKey: Map<string, string> }} ctx
 */
function addCapitals(index, ctx) {
  const rows = readSideTable(path.join(LEXICON_DIR, 'curated/capitals.tsv'), ['iso', 'name', 'variants']);
  const stats = { merged: 0, added: 0 };
  for (const row of rows) {
    const cc = row.iso ?? '';
    const names = [row.name ?? '', ...(row.variants ?? '').split('|')].map(cleanName).filter((n) => n && ctx.countryIsoByKey.get(foldArabic(n)) !== cc);
    if (!names.length) continue;
    const target = names.flatMap((n) => index.findByName(cc, n)).find((d) => d.id && d.subtype !== 'region' && d.subtype !== 'district')
      ?? names.flatMap((n) => index.findByName(cc, n)).find((d) => d.id);
    const d = target ?? index.createDraft({ id: `place:curated:capital-${cc.toLowerCase()}`, subtype: 'city', country: cc, placetype: 'locality', source: 'curated' });
    for (const n of names) index.addName(d, n);
    d.capital = true;
    d.tier = '';
    if (d.subtype === 'village') d.subtype = 'city';
    d.sources.add('curated');
    if (target) stats.merged++;
    else stats.added++;
  }
  return stats;
}

module.exports = { addCapitals };
