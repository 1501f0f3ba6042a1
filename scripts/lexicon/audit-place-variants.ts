// The audit of place names that are something else first: a common word, a given name, an
// organization, or another, more prominent place. Who's On First lists «النصر» (victory; the club)
// as a variant of the village «البيوك», names a Tunisian town «جمال» (a given name), and gives
// «بترا» (the Jordanian news agency) to «وادي موسى». Run by import-places after the tiers are set,
// on TRAIN80 + WikiFANE counts and the hand lists only, so the build stays reproducible and honest.
import type { BuildContext } from './build-context';
import type { PlaceDraft } from './create-place-index';
import { foldName } from './fold-name';
import { NAME_WORDS } from './import-names';
import { readEntries, readSideTable } from './read-lexicon-files';

/** How the corpora use a name as a whole: untagged, as a LOC mention, otherwise. */
export interface NameUses {
  readonly O: number;
  readonly LOC: number;
  readonly other: number;
}

export interface PlaceAuditCounts {
  /** Variants dropped: a common word, a given name, or a name the corpora use for something else («النصر» of «البيوك»). */
  readonly commonVariants: number;
  /** Variants dropped: the name of an organization of the hand lists («بترا» of «وادي موسى»). */
  readonly organizationVariants: number;
  /** Variants dropped: the name of another place with more people. */
  readonly otherPlaceVariants: number;
  /** One-word places demoted to tier=cue: a given name («جمال»). */
  readonly givenNamePlaces: number;
}

/** The corpora vouch for a name as a place: tagged LOC in at least half its uses. */
function isCorpusPlace(uses: NameUses | undefined): boolean {
  if (!uses) return false;
  return uses.LOC > 0 && uses.LOC * 2 >= uses.O + uses.LOC + uses.other;
}

/** A place of this many people keeps variants that are also words or given names: it is what they name first. */
const PROMINENT = 1_000_000;

/** A name the corpora use at least this often … */
const MIN_NON_PLACE_USES = 5;
/** … and as a place in less than this share of its uses is something else first («النصر»: victory, a club). */
const NON_PLACE_SHARE = 0.1;

function isCorpusNonPlace(uses: NameUses | undefined): boolean {
  if (!uses) return false;
  const total = uses.O + uses.LOC + uses.other;
  return total >= MIN_NON_PLACE_USES && uses.LOC < NON_PLACE_SHARE * total;
}

/**
 * Audits the drafts in place and returns the counts for the build log and lexicons/README.md.
 * `common` holds the folded common words; `usesOf` counts how the corpora use a folded name.
 * Capitals, the hand lists and names the corpora tag as places keep everything.
 */
export function auditPlaceVariants(ctx: BuildContext, drafts: readonly PlaceDraft[], common: ReadonlySet<string>, usesOf: (key: string) => NameUses | undefined): PlaceAuditCounts {
  const givenNames = new Set(NAME_WORDS.map(foldName));
  for (const row of readSideTable(ctx.inputs.curatedFile('curated/arabic-given-names.tsv'), ['name', 'gender'])) givenNames.add(foldName(row['name'] ?? ''));
  const organizations = new Set<string>();
  for (const e of readEntries(ctx.inputs.curatedFile('curated/organizations.tsv'))) for (const n of [e.name, ...e.variants]) organizations.add(foldName(n));
  // The most people a settlement of each name has, so a variant that is another town's name is
  // known. Districts and regions are left out: they share their names with their towns, which are
  // the better known even when smaller («زالنجي» the town, not the district around it).
  const largestByName = new Map<string, number>();
  for (const d of drafts) {
    if (!d.name || (d.subtype !== 'city' && d.subtype !== 'village')) continue;
    const key = foldName(d.name);
    largestByName.set(key, Math.max(largestByName.get(key) ?? 0, d.population));
  }
  let commonVariants = 0;
  let organizationVariants = 0;
  let otherPlaceVariants = 0;
  let givenNamePlaces = 0;
  for (const d of drafts) {
    if (d.capital || d.sources.has('curated') || !d.name) continue;
    const own = foldName(d.name);
    d.variants = d.variants.filter((variant) => {
      const key = foldName(variant);
      if (key === own || isCorpusPlace(usesOf(key))) return true;
      let why: 'common' | 'organization' | 'place' | undefined;
      // A region of millions keeps its short name though it is also a given name: «فارس» (Fars).
      if (d.population < PROMINENT && ((!key.includes(' ') && (common.has(key) || givenNames.has(key))) || isCorpusNonPlace(usesOf(key)))) why = 'common';
      else if (organizations.has(key)) why = 'organization';
      else if ((largestByName.get(key) ?? -1) > d.population) why = 'place';
      if (!why) return true;
      if (why === 'common') commonVariants++;
      else if (why === 'organization') organizationVariants++;
      else otherPlaceVariants++;
      d.keys.delete(key);
      return false;
    });
    // A one-word place named like a person is a person before it is a place: «يعيش [جمال] في القاهرة».
    if (d.tier !== 'cue' && !own.includes(' ') && givenNames.has(own) && !isCorpusPlace(usesOf(own))) {
      d.tier = 'cue';
      givenNamePlaces++;
    }
  }
  return { commonVariants, organizationVariants, otherPlaceVariants, givenNamePlaces };
}
