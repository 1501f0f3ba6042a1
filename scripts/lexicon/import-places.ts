// PLACE entries: Who's On First + world-cities-translations + CLDR exemplar cities + capitals +
// Natural Earth rivers + continents/regions, merged so one place is one entry with variants.
// Written to generated/places.tsv (bare tier) and generated/places-villages.tsv (tier=cue: small
// places no other source or corpus vouches for).
import { addCapitals } from './add-capitals';
import { addCldrCities } from './add-cldr-cities';
import { addRivers } from './add-rivers';
import { addWofPlaces, HAMLET_POPULATION } from './add-wof-places';
import { addWorldCities } from './add-world-cities';
import { addWorldRegions } from './add-world-regions';
import { auditPlaceVariants } from './audit-place-variants';
import { generatedPath, readGenerated, type BuildContext, type StepResult } from './build-context';
import { collectMentions, groupByFirstWord } from './collect-mentions';
import { createPlaceIndex, type PlaceContext, type PlaceDraft } from './create-place-index';
import { foldName } from './fold-name';
import { formatLexiconTsv, type LexiconRow } from './format-lexicon-tsv';
import { readCommonWords, readEntries } from './read-lexicon-files';
import type { Corpora } from './read-corpora';

// Sources besides WOF whose knowing a place vouches for it at the bare tier.
const CORROBORATING_SOURCES = new Set(['cldr', 'natural-earth', 'world-cities', 'curated']);

/** What the place sources are checked against: the countries and nationalities built before, and the common words. */
function readPlaceContext(ctx: BuildContext): PlaceContext {
  const countryIsoByKey = new Map<string, string>();
  for (const e of readEntries(readGenerated(ctx, 'countries.tsv'))) {
    for (const n of [e.name, ...e.variants]) countryIsoByKey.set(foldName(n), e.attrs['iso'] ?? '');
  }
  const nationalityKeys = new Set<string>();
  for (const e of readEntries(readGenerated(ctx, 'nationalities.tsv'))) {
    for (const n of [e.name, ...e.variants]) nationalityKeys.add(foldName(n));
  }
  // Stopwords, frequent corpus words and faker given names: never a bare one-word village.
  const blockedWords = new Set(readCommonWords(readGenerated(ctx, 'common-words.tsv')).map((row) => foldName(row.word)));
  return { countryKeys: new Set(countryIsoByKey.keys()), countryIsoByKey, nationalityKeys, blockedWords };
}

/**
 * A small place (tier=cue) that another source or the corpora know matches bare after all: CLDR,
 * Natural Earth or the hand lists name it (world-cities lifts the tier when it merges), or, for a
 * place of HAMLET_POPULATION people or more, the gold mentions of TRAIN80 + WikiFANE tag its name
 * LOC at least half the time.
 */
function corroborateTiers(corpora: Corpora, drafts: readonly PlaceDraft[]): number {
  const keys = new Set(drafts.flatMap((d) => [...d.keys]));
  const mentions = collectMentions(corpora, keys);
  const isCorpusPlace = (key: string): boolean => {
    const votes = mentions.get(key)?.votes ?? {};
    const total = Object.values(votes).reduce((a, b) => a + b, 0);
    return (votes['LOC'] ?? 0) > 0 && (votes['LOC'] ?? 0) * 2 >= total;
  };
  let lifted = 0;
  for (const d of drafts) {
    if (d.tier !== 'cue') continue;
    // A hamlet only shares its name with the place a corpus meant («الروضة», 44 people in Yemen).
    const corpusKnown = d.population >= HAMLET_POPULATION && [...d.keys].some(isCorpusPlace);
    if (d.capital || [...d.sources].some((s) => CORROBORATING_SOURCES.has(s)) || corpusKnown) {
      d.tier = '';
      lifted++;
    }
  }
  return lifted;
}

/**
 * A name the corpora use this often, as a place less than NON_PLACE_SHARE of the time and untagged
 * at least COMMON_SHARE of the time, is a common word before it is a place.
 */
const NON_PLACE_USES = 10;
const NON_PLACE_SHARE = 0.1;
const COMMON_SHARE = 0.5;

/**
 * A gazetteer place whose name the annotated corpora use often, mostly as plain words and almost
 * never as a place, matches only after a cue word: «العرب» (an Egyptian district; in the corpora the
 * Arabs, 0 LOC in 200 uses), «النصر» (victory), «الساحل الشمالي», «الحدود الشمالية» (regions named
 * by plain words). A name used mostly for a person or a club keeps its tier («ليون»: the rules tell
 * Lyon from Leon). Capitals and the hand lists keep theirs.
 */
function demoteNonPlaces(corpora: Corpora, drafts: readonly PlaceDraft[]): number {
  const keys = new Set(drafts.map((d) => foldName(d.name ?? '')));
  const votes = countUses(corpora, keys);
  const isNonPlace = (key: string): boolean => {
    const v = votes.get(key);
    if (!v) return false;
    const total = v.O + v.LOC + v.other;
    return total >= NON_PLACE_USES && v.LOC < NON_PLACE_SHARE * total && v.O >= COMMON_SHARE * total;
  };
  let demoted = 0;
  for (const d of drafts) {
    if (d.tier === 'cue' || d.capital || d.sources.has('curated') || !d.name) continue;
    if (!isNonPlace(foldName(d.name))) continue;
    d.tier = 'cue';
    demoted++;
  }
  return demoted;
}

/**
 * How TRAIN80 and WikiFANE use each of `keys` (folded, one or more words) as a whole: untagged (every
 * token O), as an exact LOC mention, or otherwise (another type, or part of a longer mention).
 */
function countUses(corpora: Corpora, keys: ReadonlySet<string>): Map<string, { O: number; LOC: number; other: number }> {
  const byFirst = groupByFirstWord(keys);
  const uses = new Map<string, { O: number; LOC: number; other: number }>();
  for (const s of [...corpora.anercorp, ...corpora.wikifane]) {
    const tokens = s.tokens;
    const folded = tokens.map((t) => foldName(t.text));
    for (let i = 0; i < tokens.length; i++) {
      for (const words of byFirst.get(folded[i] ?? '') ?? []) {
        const n = words.length;
        if (i + n > tokens.length || words.some((word, j) => folded[i + j] !== word)) continue;
        const tags = tokens.slice(i, i + n).map((t) => t.tag);
        const key = words.join(' ');
        const u = uses.get(key) ?? { O: 0, LOC: 0, other: 0 };
        uses.set(key, u);
        if (tags.every((t) => t === 'O')) u.O++;
        else if (tags[0] === 'B-LOC' && tags.slice(1).every((t) => t === 'I-LOC') && tokens[i + n]?.tag !== 'I-LOC') u.LOC++;
        else u.other++;
      }
    }
  }
  return uses;
}

/**
 * Same-type ties are ranked by the compiler on priority then population: a capital gets priority 1
 * («عمان» Amman the city, not the bigger governorate), and a governorate or district that shares
 * its name with a town of its country gets -1 («حمص» is the city first).
 */
function assignPriorities(drafts: readonly PlaceDraft[]): Map<PlaceDraft, number> {
  const settlementKeys = new Set<string>();
  for (const d of drafts) {
    if (d.subtype === 'city' || (d.subtype === 'village' && d.tier !== 'cue')) for (const k of d.keys) settlementKeys.add(`${d.country}|${k}`);
  }
  const priority = new Map<PlaceDraft, number>();
  for (const d of drafts) {
    if (d.capital) priority.set(d, 1);
    else if ((d.subtype === 'region' || d.subtype === 'district') && [...d.keys].some((k) => settlementKeys.has(`${d.country}|${k}`))) priority.set(d, -1);
  }
  return priority;
}

function toRow(d: PlaceDraft, priority: number | undefined): LexiconRow {
  return {
    id: d.id,
    type: 'PLACE',
    subtype: d.subtype,
    name: d.name,
    variants: d.variants,
    attrs: {
      country: d.country || undefined,
      population: d.population || undefined,
      placetype: d.placetype || undefined,
      tier: d.tier || undefined,
      capital: d.capital ? '1' : undefined,
      priority,
    },
    source: [...d.sources].join('+'),
  };
}

export function importPlaces(ctx: BuildContext): StepResult {
  const index = createPlaceIndex();
  const place = readPlaceContext(ctx);
  const inputs = ctx.inputs;
  const stats: Record<string, unknown> = {
    wof: addWofPlaces(inputs, index, place),
    worldCities: addWorldCities(inputs, index, place),
    capitals: addCapitals(inputs, index, place),
    cldrCities: addCldrCities(inputs, index, place),
    regions: addWorldRegions(inputs, index),
    rivers: addRivers(inputs, index, place),
  };
  const live = index.drafts.filter((d) => d.id && d.name);
  stats['corroborated'] = corroborateTiers(ctx.corpora, live);
  stats['demoted'] = demoteNonPlaces(ctx.corpora, live);
  const uses = countUses(ctx.corpora, new Set(live.flatMap((d) => [d.name, ...d.variants].map(foldName))));
  stats['audit'] = auditPlaceVariants(ctx, live, place.blockedWords, (key) => uses.get(key));
  const priority = assignPriorities(live);
  const bare = live.filter((d) => d.tier !== 'cue').map((d) => toRow(d, priority.get(d)));
  const cue = live.filter((d) => d.tier === 'cue').map((d) => toRow(d, priority.get(d)));
  const header = 'generated by scripts/lexicon/import-places.ts from whosonfirst-ar, world-cities-translations, cldr-ar, natural-earth-ar + curated/capitals.tsv';
  const barePath = generatedPath('places.tsv');
  const cuePath = generatedPath('places-villages.tsv');
  return {
    files: [
      { path: barePath, text: formatLexiconTsv(barePath, bare, [header]) },
      { path: cuePath, text: formatLexiconTsv(cuePath, cue, [`${header}; small localities, neighbourhoods and districts no other source or corpus knows, tier=cue`]) },
    ],
    stats: { ...stats, bare: bare.length, cue: cue.length },
  };
}
