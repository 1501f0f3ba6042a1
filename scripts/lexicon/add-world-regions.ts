// Continents and UN M49 regions from CLDR («غرب آسيا»، «أمريكا اللاتينية») as PLACE continent/region,
// merged with the WOF continents; Antarctica (ISO AQ) is a continent, not a country. «العالم» (001)
// is a common word and is skipped.
import type { BuildInputs } from './build-inputs';
import type { PlaceIndex } from './create-place-index';
import { cleanName } from './fold-name';

const CONTINENT_CODES = new Set(['002', '009', '019', '142', '150', 'AQ']);

export function addWorldRegions(inputs: BuildInputs, index: PlaceIndex): number {
  const data = inputs.sharedJson('sources/cldr-ar/territories/ar.json') as { main: { ar: { localeDisplayNames: { territories: Record<string, string> } } } };
  const territories = data.main.ar.localeDisplayNames.territories;
  let added = 0;
  for (const code of Object.keys(territories).sort()) {
    if (!(/^\d{3}$/.test(code) || code === 'AQ') || code === '001') continue;
    const name = cleanName(territories[code] ?? '');
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
