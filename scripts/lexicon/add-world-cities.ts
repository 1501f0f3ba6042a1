// world-cities-translations (CC BY 4.0, noisy Wikidata labels) → merged into WOF drafts of the same
// place, else new `place:wc:<cc>:<slug>` cities. Filters from its SOURCE.md: admin prefixes stripped
// into variants, labels over 4 words dropped, labels that are a country, a common word or an obvious
// non-place («المجلس الوطني …»، «كنيسة») or a nationality word dropped, and where WOF knows the same city by its English
// name under a dissimilar Arabic label (Tartus → «تارتو»), the WOF label wins.
import type { BuildInputs } from './build-inputs';
import { foldEnglish, type PlaceContext, type PlaceIndex } from './create-place-index';
import { cleanName, foldName, isArabicName } from './fold-name';
import { stripAdminPrefix } from './strip-admin-prefix';

// Country names of the CSV that i18n-iso-countries' English list spells differently.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'bosnia and herzevina': 'BA',
  brunei: 'BN',
  'fiji islands': 'FJ',
  'hong kong s.a.r.': 'HK',
  'man (isle of)': 'IM',
  laos: 'LA',
  moldova: 'MD',
  'palestinian territory occupied': 'PS',
  syria: 'SY',
};

// Words that never occur in a city label but do in the wrong Wikidata matches seen in this file.
const NON_PLACE_WORDS = /(^|\s)(مجلس|المجلس|كنيسة|حزب|جامعة|شركة|نادي|الشرق الأوسط|بطم|نهر|جبل|بحيرة|جزيرة|مطار|قلعة|فريق|منتخب)(\s|$)/;

/** The cells of one CSV line (quoted cells may hold commas, not quotes). */
export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  const re = /"([^"]*)"|([^,]*)/g;
  let pos = 0;
  while (pos <= line.length) {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (!m) break;
    cells.push(m[1] ?? m[2] ?? '');
    pos = re.lastIndex + 1;
  }
  return cells;
}

/** Share of the shorter folded name's letters that start both names («بجاية» / «ولاية بجاية» → 1). */
function prefixSimilarity(a: string, b: string): number {
  const x = foldName(a).replace(/^ال/, '');
  const y = foldName(b).replace(/^ال/, '');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i / Math.max(1, Math.min(x.length, y.length));
}

function readCountryCodes(inputs: BuildInputs): Map<string, string> {
  const en = (inputs.sharedJson('sources/i18n-iso-countries/en.json') as { countries: Record<string, string | string[]> }).countries;
  const map = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  for (const [code, v] of Object.entries(en)) for (const n of [v].flat()) map.set(String(n).toLowerCase(), code);
  return map;
}

export function addWorldCities(inputs: BuildInputs, index: PlaceIndex, ctx: PlaceContext): { merged: number; added: number; dropped: number } {
  const codes = readCountryCodes(inputs);
  const stats = { merged: 0, added: 0, dropped: 0 };
  const lines = inputs.sharedText('sources/world-cities-translations/world-cities.csv').replace(/^\uFEFF/, '').split('\n');
  const slugs = new Set<string>();
  lines.forEach((line, i) => {
    if (i === 0 || !line.trim()) return;
    const [, countryEn = '', labelRaw = '', cityEn = '', popRaw = ''] = parseCsvLine(line);
    const cc = codes.get(countryEn.toLowerCase());
    if (!cc) throw new Error(`world-cities.csv:${i + 1}: unknown country «${countryEn}»`);
    const label = cleanName(labelRaw);
    const short = stripAdminPrefix(label) ?? label;
    const key = foldName(short);
    const population = Number(popRaw) || 0;
    // A label that is a nationality word (Rum → «الرومانية», Brits → «بريطانيون») is a bad match too.
    if (
      !isArabicName(label) ||
      short.split(' ').length > 4 ||
      NON_PLACE_WORDS.test(short) ||
      ctx.countryKeys.has(key) ||
      ctx.nationalityKeys.has(key) ||
      (!short.includes(' ') && ctx.blockedWords.has(key))
    ) {
      stats.dropped++;
      return;
    }
    const sameName = index.findByName(cc, short).concat(index.findByName(cc, label)).filter((d) => d.id);
    const sameEnglish = index.findByEnglish(cc, cityEn).filter((d) => d.id);
    let target = sameName[0];
    if (!target && sameEnglish[0]) {
      if (prefixSimilarity(sameEnglish[0].name, short) < 0.5) {
        stats.dropped++;
        return;
      }
      target = sameEnglish[0];
    }
    if (target) {
      index.addName(target, short);
      if (label !== short) index.addName(target, label);
      target.sources.add('world-cities');
      if (!target.population && population) target.population = population;
      // A WOF village without population that world-cities knows as a city is not a cue-only village.
      if (target.tier === 'cue') {
        target.tier = '';
        target.subtype = target.population >= 10000 ? 'city' : 'village';
      }
      stats.merged++;
      return;
    }
    let slug = `${cc.toLowerCase()}:${foldEnglish(cityEn).replace(/ /g, '-') || 'x'}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${slug.replace(/~\d+$/, '')}~${n}`;
    slugs.add(slug);
    const d = index.createDraft({ id: `place:wc:${slug}`, subtype: 'city', country: cc, population, placetype: 'locality', source: 'world-cities', en: cityEn });
    index.addName(d, short);
    if (label !== short) index.addName(d, label);
    stats.added++;
  });
  return stats;
}
