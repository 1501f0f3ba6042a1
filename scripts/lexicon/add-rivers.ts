// Natural Earth rivers: one entry per river (Wikidata id), with both «نهر X» and bare X. The bare form
// is kept only when it names nothing else («الأردن» is the country, «ألاباما» the state); a label that
// is a country name is a wrong Wikidata match (Albany → «ألبانيا») and the river is dropped.
import type { BuildInputs } from './build-inputs';
import type { PlaceContext, PlaceIndex } from './create-place-index';
import { cleanName, foldName, isArabicName } from './fold-name';

interface RiverFeature {
  readonly ne_id: number | string;
  readonly name?: string;
  readonly name_en?: string;
  readonly name_ar?: string;
  readonly wikidataid?: string;
}

export function addRivers(inputs: BuildInputs, index: PlaceIndex, ctx: PlaceContext): number {
  const features = inputs.sharedJson('sources/natural-earth-ar/ne_50m_rivers_lake_centerlines.names.json') as RiverFeature[];
  const rivers = new Map<string, { id: string; labels: string[]; en: string }>();
  for (const f of features) {
    const label = cleanName(f.name_ar ?? '');
    if (!isArabicName(label)) continue;
    const key = f.wikidataid || f.name_en || f.name || '';
    const r = rivers.get(key) ?? { id: String(f.ne_id), labels: [], en: f.name_en || f.name || '' };
    if (Number(f.ne_id) < Number(r.id)) r.id = String(f.ne_id);
    r.labels.push(label);
    rivers.set(key, r);
  }
  let added = 0;
  for (const r of [...rivers.values()].sort((a, b) => Number(a.id) - Number(b.id))) {
    const bare = r.labels.map((l) => l.replace(/^نهر /, ''));
    if (bare.some((b) => ctx.countryKeys.has(foldName(b)))) continue;
    const d = index.createDraft({ id: `place:ne:${r.id}`, subtype: 'river', placetype: 'river', source: 'natural-earth', en: r.en });
    for (const b of bare) {
      index.addName(d, `نهر ${b}`);
      const key = foldName(b);
      const other = index.findAnywhere(b).some((o) => o !== d && o.id);
      if (!other && !ctx.blockedWords.has(key) && !(b.split(' ').length === 1 && !b.startsWith('ال'))) index.addName(d, b);
    }
    added++;
  }
  return added;
}
