import type { EntryType } from './lexicon-types';

/**
 * The one policy that orders the entries sharing a form, best first: caller-supplied entries,
 * then the type a reviewed collision names («الجزائر» → COUNTRY before the city), then the
 * compiled rank (type policy, priority, population), then the id. Never load order.
 */
export function orderEntries(
  entries: number[],
  preferred: EntryType | undefined,
  type: readonly EntryType[],
  rank: ArrayLike<number>,
  id: readonly string[],
  custom: (entry: number) => boolean,
): number[] {
  return entries.sort((a, b) => {
    const customA = custom(a) ? 0 : 1;
    const customB = custom(b) ? 0 : 1;
    if (customA !== customB) return customA - customB;
    if (preferred !== undefined) {
      const prefA = type[a] === preferred ? 0 : 1;
      const prefB = type[b] === preferred ? 0 : 1;
      if (prefA !== prefB) return prefA - prefB;
    }
    const byRank = rank[a] - rank[b];
    if (byRank !== 0) return byRank;
    const idA = id[a];
    const idB = id[b];
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
}

/** Type policy for bare mentions when no collision is reviewed: a country before an organization before a place … */
const TYPE_RANK: Readonly<Record<EntryType, number>> = {
  COUNTRY: 0,
  ORGANIZATION: 1,
  PLACE: 2,
  PERSON: 3,
  NATIONALITY: 4,
  NAME: 5,
};
/** A village known only from a gazetteer ranks below a person or a name token of the same spelling. */
const CUE_TIER_RANK = 6;

/** The compiled rank of an entry: lower is preferred. */
export function rankEntry(type: EntryType, attrs: Readonly<Record<string, string>>): number {
  const typeRank = type === 'PLACE' && attrs['tier'] === 'cue' ? CUE_TIER_RANK : TYPE_RANK[type];
  const priority = Number(attrs['priority'] ?? 0) || 0;
  const population = Number(attrs['population'] ?? 0) || 0;
  return Math.round((typeRank * 1000 - priority * 100 - Math.log10(population + 1)) * 1000) / 1000;
}
