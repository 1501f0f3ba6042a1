// Capitals from the hand list curated/capitals.tsv: merged into the city of that country with the
// same name (attr capital=1), else added as `place:curated:capital-<cc>`. A capital named like its
// own country («الكويت»، «تونس») keeps only its disambiguated forms («مدينة الكويت»، «تونس العاصمة»);
// one named like another country («عمّان» / Oman) stays, and collisions.tsv decides the bare form.
import type { BuildInputs } from './build-inputs';
import type { PlaceContext, PlaceIndex } from './create-place-index';
import { cleanName, foldName } from './fold-name';
import { readSideTable } from './read-lexicon-files';

export function addCapitals(inputs: BuildInputs, index: PlaceIndex, ctx: PlaceContext): { merged: number; added: number } {
  const rows = readSideTable(inputs.curatedFile('curated/capitals.tsv'), ['iso', 'name', 'variants']);
  const stats = { merged: 0, added: 0 };
  for (const row of rows) {
    const cc = row['iso'] ?? '';
    const names = [row['name'] ?? '', ...(row['variants'] ?? '').split('|')].map(cleanName).filter((n) => n && ctx.countryIsoByKey.get(foldName(n)) !== cc);
    if (!names.length) continue;
    const target =
      names.flatMap((n) => index.findByName(cc, n)).find((d) => d.id && d.subtype !== 'region' && d.subtype !== 'district') ??
      names.flatMap((n) => index.findByName(cc, n)).find((d) => d.id);
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
