// Who's On First places → drafts. Tiers: regions, counties, airports and towns of at least
// BARE_POPULATION people match bare; smaller localities, neighbourhoods and districts (localadmin)
// get tier=cue (only after قرية/بلدة/حي …) — WOF names thousands of hamlets after plain words
// («المجلس» pop. 12, «الاتحاد» pop. 2,978, «التحالف» a neighbourhood) — unless another source or
// the corpora know the place (import-places lifts the tier then). Hamlets (population under
// HAMLET_POPULATION) are kept once per distinct name, none whose name is already a bigger place,
// a common word or a country. Villages without any population are 53k names, mostly one-off
// hamlets: only those of the news-heavy Levant and Yemen with a name of three words or more are
// kept («عين الشعرة الفوقا»): after «قرية» a short name needs no lexicon to find its end, and all
// of them would more than double the compiled artifact (~8 MB budget).
import type { BuildInputs } from './build-inputs';
import type { PlaceContext, PlaceIndex } from './create-place-index';
import { cleanName, foldName } from './fold-name';
import { stripAdminPrefix } from './strip-admin-prefix';

/** The fields of a Who's On First record (`sources/whosonfirst-ar/by-country/*.jsonl`) the import reads. */
interface WofRecord {
  readonly wof_id: number;
  readonly placetype: string;
  readonly population?: number | null;
  readonly country?: string;
  readonly name_en?: string;
  readonly names?: Readonly<Record<string, readonly string[] | undefined>>;
}

const SKIP_PLACETYPES = new Set(['country', 'empire', 'planet', 'microhood', 'dependency', 'disputed', 'macroregion']);
const CITY_POPULATION = 10000;
// Below this a populated locality is a hamlet: kept once per distinct name, like cue villages.
export const HAMLET_POPULATION = 1000;
// Below this (or unknown) a locality, neighbourhood or localadmin district matches only after a cue word.
export const BARE_POPULATION = 2000;
const CUE_PLACETYPES = new Set(['locality', 'neighbourhood', 'localadmin']);
// Iraq is left out: its 3,600 long village names («البو X Y») alone would cost ~0.5 MB.
const CUE_VILLAGE_COUNTRIES = new Set(['SY', 'LB', 'PS', 'YE', 'JO']);
const CUE_VILLAGE_MIN_WORDS = 3;
// Generic words an admin label leaves after its prefix is stripped («محافظة العاصمة» → «العاصمة»).
const GENERIC_NAMES = new Set(['العاصمة', 'الوسطى', 'الوسط', 'الشمال', 'الجنوب', 'الشمالية', 'الجنوبية', 'الغربية', 'المركز', 'الساحل', 'الحدود', 'المدينة', 'البلد', 'المنطقة'].map(foldName));
// A place named like a country is kept only when it is a big city («عمان» Amman vs Oman).
const COUNTRY_NAMED_CITY_POPULATION = 100000;

function subtypeOf(r: WofRecord): string {
  switch (r.placetype) {
    case 'region':
      return 'region';
    case 'county':
    case 'localadmin':
      return 'district';
    case 'locality':
      return (r.population ?? 0) >= CITY_POPULATION ? 'city' : 'village';
    case 'neighbourhood':
      return 'neighbourhood';
    case 'campus':
      return 'airport';
    case 'marinearea':
    case 'ocean':
      return 'sea';
    case 'continent':
      return 'continent';
    default:
      return '';
  }
}

/**
 * 'cue' for a small or unpopulated locality, neighbourhood or localadmin district, else '' (bare).
 * Airports (campus) stay bare: their names carry their own cue word («مطار القاهرة الدولي»).
 */
function tierOf(r: WofRecord): string {
  return CUE_PLACETYPES.has(r.placetype) && (r.population ?? 0) < BARE_POPULATION ? 'cue' : '';
}

/** Arabic names of a record: MSA first, then Egyptian, and Moroccan only for Morocco. */
function namesOf(r: WofRecord): string[] {
  const n = r.names ?? {};
  return [...(n['ara_x_preferred'] ?? []), ...(n['ara_x_variant'] ?? []), ...(n['arz_x_preferred'] ?? []), ...(r.country === 'MA' ? n['ary_x_preferred'] ?? [] : [])];
}

/** Every record of the WOF extract, by id (parsed once per BuildInputs). */
function readWofRecords(inputs: BuildInputs): readonly WofRecord[] {
  return inputs.memo('wof-records', () => {
    const folder = 'sources/whosonfirst-ar/by-country';
    const records: WofRecord[] = [];
    for (const file of inputs.sharedList(folder).filter((f) => f.endsWith('.jsonl'))) {
      inputs
        .sharedText(`${folder}/${file}`)
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          try {
            records.push(JSON.parse(line) as WofRecord);
          } catch (e) {
            throw new Error(`${file}:${i + 1}: bad JSON (${(e as Error).message})`);
          }
        });
    }
    return records.sort((a, b) => a.wof_id - b.wof_id);
  });
}

export function addWofPlaces(inputs: BuildInputs, index: PlaceIndex, ctx: PlaceContext): number {
  const records = readWofRecords(inputs).filter((r) => !SKIP_PLACETYPES.has(r.placetype) && subtypeOf(r));
  // Folded names of populated localities per country: a district's stripped short form («منطقة دوما» →
  // «دوما») is left to the city of that name.
  const localityKeys = new Set<string>();
  for (const r of records) {
    if (r.placetype === 'locality' && r.population) for (const n of namesOf(r)) localityKeys.add(`${r.country}|${foldName(cleanName(n))}`);
  }
  const isCueVillage = (r: WofRecord): boolean => (r.placetype === 'locality' || r.placetype === 'neighbourhood') && (r.population ?? 0) < HAMLET_POPULATION;
  const isHamlet = (r: WofRecord): boolean => r.placetype === 'locality' && (r.population ?? 0) < HAMLET_POPULATION;
  // Bigger places first, so a hamlet named «القاهرة» is dropped in favour of Cairo.
  records.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.wof_id - b.wof_id);
  const keep = (r: WofRecord): boolean => {
    // Neighbourhoods without a population and campuses that are not airports are noise; the
    // neighbourhoods under IR are Dublin suburbs mis-filed in the WOF Iran repository.
    if (r.placetype === 'neighbourhood') return Boolean(r.population) && r.country !== 'IR';
    if (r.placetype === 'campus') return namesOf(r).some((n) => /^(مطار|قاعدة)/.test(cleanName(n)));
    return true;
  };
  let added = 0;
  // Places of HAMLET_POPULATION or more first, so hamlets can be checked against every one of them.
  for (const pass of ['bare', 'cue']) {
    for (const r of records) {
      if (!keep(r) || (pass === 'cue') !== isCueVillage(r)) continue;
      const names = namesOf(r)
        .map(cleanName)
        .filter((n) => n && !GENERIC_NAMES.has(foldName(n)));
      if (!names.length) continue;
      if (isCueVillage(r) && !r.population && !(CUE_VILLAGE_COUNTRIES.has(r.country ?? '') && (names[0] ?? '').split(' ').length >= CUE_VILLAGE_MIN_WORDS)) continue;
      const key = foldName(names[0] ?? '');
      if (isHamlet(r) && (key.length < 3 || ctx.blockedWords.has(key) || ctx.countryKeys.has(key) || index.findAnywhere(names[0] ?? '').length)) continue;
      const country = r.country || '';
      const d = index.createDraft({
        id: `place:wof:${r.wof_id}`,
        subtype: subtypeOf(r),
        country,
        population: r.population ?? 0,
        placetype: r.population ? r.placetype : '',
        tier: tierOf(r),
        source: 'wof',
        en: r.name_en ?? '',
      });
      for (const n of names) {
        // A label equal to a country name is that country (or a WOF mix-up), not this place, unless
        // it is a big city of another country: «عمان» Amman stays, the Yemeni village «لبنان» does not.
        const countryIso = ctx.countryIsoByKey.get(foldName(n));
        if (countryIso && d.subtype !== 'region' && (countryIso === country || (r.population ?? 0) < COUNTRY_NAMED_CITY_POPULATION)) continue;
        index.addName(d, n);
        const short = stripAdminPrefix(n);
        if (short && !GENERIC_NAMES.has(foldName(short)) && !(r.placetype !== 'locality' && localityKeys.has(`${country}|${foldName(short)}`))) index.addName(d, short);
      }
      if (!d.name) index.dropDraft(d);
      else added++;
    }
  }
  return added;
}
