// CLDR time-zone exemplar cities («موسكو»، «تورونتو»): clean labels, one per zone. Merged into an
// existing city of the same Arabic or English name, else added as `place:cldr:<Area/City>`.
import type { BuildInputs } from './build-inputs';
import type { PlaceContext, PlaceIndex } from './create-place-index';
import { cleanName, foldName, isArabicName } from './fold-name';

type ZoneTree = { readonly [key: string]: ZoneTree | string };

/** Zone path («America/Argentina/Buenos_Aires») and exemplar city of every zone but Etc/. */
function readExemplarCities(inputs: BuildInputs): [string, string][] {
  const data = inputs.sharedJson('sources/cldr-ar/timeZoneNames.ar.json') as { main: { ar: { dates: { timeZoneNames: { zone: ZoneTree } } } } };
  const out: [string, string][] = [];
  const walk = (node: ZoneTree, trail: string[]): void => {
    for (const key of Object.keys(node).sort()) {
      const v = node[key];
      if (v && typeof v === 'object') {
        const city = v['exemplarCity'];
        if (typeof city === 'string') out.push([[...trail, key].join('/'), city]);
        else walk(v, [...trail, key]);
      }
    }
  };
  walk(data.main.ar.dates.timeZoneNames.zone, []);
  return out.filter(([zone]) => !zone.startsWith('Etc/'));
}

export function addCldrCities(inputs: BuildInputs, index: PlaceIndex, ctx: PlaceContext): { merged: number; added: number } {
  const stats = { merged: 0, added: 0 };
  for (const [zone, label] of readExemplarCities(inputs)) {
    const name = cleanName(label);
    if (!isArabicName(name) || ctx.countryKeys.has(foldName(name))) continue;
    const en = (zone.split('/').pop() ?? '').replace(/_/g, ' ');
    // A capital wins a name shared by several cities: Europe/London is not London, Ontario.
    const sameName = index.findAnywhere(name).filter((d) => d.subtype !== 'village');
    const target = sameName.find((d) => d.capital) ?? sameName[0] ?? index.findEnglishAnywhere(en).find((d) => d.id && ['city', 'village', 'district'].includes(d.subtype));
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
