// The place drafts being merged across sources, indexed by (country, folded name), (country, English
// name) and folded name alone, so «دمشق» from WOF, CLDR and world-cities ends up as one entry.
import { cleanName, foldName, isArabicName } from './fold-name';

export interface PlaceDraft {
  /** '' once dropped (see dropDraft). */
  id: string;
  subtype: string;
  name: string;
  variants: string[];
  keys: Set<string>;
  country: string;
  population: number;
  placetype: string;
  tier: string;
  capital: boolean;
  sources: Set<string>;
  en: string;
  order: number;
}

export interface DraftInit {
  readonly id: string;
  readonly subtype: string;
  readonly country?: string;
  readonly population?: number | null;
  readonly placetype?: string;
  readonly tier?: string;
  readonly source: string;
  readonly en?: string;
}

export interface PlaceIndex {
  readonly drafts: PlaceDraft[];
  /** Add a surface form to a draft (cleaned, Arabic only, at most 4 words, one per folded key). */
  addName(d: PlaceDraft, raw: string): boolean;
  createDraft(init: DraftInit): PlaceDraft;
  findByName(country: string, name: string): PlaceDraft[];
  findByEnglish(country: string, en: string): PlaceDraft[];
  findAnywhere(name: string): PlaceDraft[];
  findEnglishAnywhere(en: string): PlaceDraft[];
  /** Remove a draft (when a later check shows it is noise); its keys stay indexed but it is skipped. */
  dropDraft(d: PlaceDraft): void;
}

/** What the place sources are checked against: the countries, nationalities and common words. */
export interface PlaceContext {
  readonly countryKeys: ReadonlySet<string>;
  readonly countryIsoByKey: ReadonlyMap<string, string>;
  readonly nationalityKeys: ReadonlySet<string>;
  readonly blockedWords: ReadonlySet<string>;
}

const SUBTYPE_RANK: Readonly<Record<string, number>> = { city: 0, village: 1, neighbourhood: 2, district: 3, region: 4 };

/** Lower-case ASCII key of an English name: «Ḩimş» → «hims». */
export function foldEnglish(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function createPlaceIndex(): PlaceIndex {
  const drafts: PlaceDraft[] = [];
  const byCountryName = new Map<string, PlaceDraft[]>();
  const byCountryEn = new Map<string, PlaceDraft[]>();
  const byName = new Map<string, PlaceDraft[]>();
  const byEn = new Map<string, PlaceDraft[]>();
  const push = (map: Map<string, PlaceDraft[]>, key: string, d: PlaceDraft): void => {
    const list = map.get(key);
    if (!list) map.set(key, [d]);
    else if (!list.includes(d)) list.push(d);
  };

  function addName(d: PlaceDraft, raw: string): boolean {
    const name = cleanName(raw);
    if (!isArabicName(name) || name.split(' ').length > 4) return false;
    const key = foldName(name);
    if (d.keys.has(key)) return true;
    d.keys.add(key);
    if (!d.name) d.name = name;
    else d.variants.push(name);
    push(byCountryName, `${d.country}|${key}`, d);
    push(byName, key, d);
    return true;
  }

  function createDraft(init: DraftInit): PlaceDraft {
    const d: PlaceDraft = {
      id: init.id,
      subtype: init.subtype,
      name: '',
      variants: [],
      keys: new Set(),
      country: init.country ?? '',
      population: init.population ?? 0,
      placetype: init.placetype ?? '',
      tier: init.tier ?? '',
      capital: false,
      sources: new Set([init.source]),
      en: init.en ?? '',
      order: drafts.length,
    };
    drafts.push(d);
    if (d.en) {
      push(byCountryEn, `${d.country}|${foldEnglish(d.en)}`, d);
      push(byEn, foldEnglish(d.en), d);
    }
    return d;
  }

  // Live drafts, settlements before districts before regions, then by population: a city source
  // («القاهرة» in world-cities) merges into the city, not the governorate of the same name.
  const rank = (list: PlaceDraft[] | undefined): PlaceDraft[] =>
    (list ?? []).filter((d) => d.id).sort((a, b) => (SUBTYPE_RANK[a.subtype] ?? 9) - (SUBTYPE_RANK[b.subtype] ?? 9) || b.population - a.population || a.order - b.order);

  return {
    drafts,
    addName,
    createDraft,
    findByName: (country, name) => rank(byCountryName.get(`${country}|${foldName(cleanName(name))}`)),
    findByEnglish: (country, en) => rank(byCountryEn.get(`${country}|${foldEnglish(en)}`)),
    findAnywhere: (name) => rank(byName.get(foldName(cleanName(name)))),
    findEnglishAnywhere: (en) => rank(byEn.get(foldEnglish(en))),
    dropDraft: (d) => {
      d.id = '';
    },
  };
}
