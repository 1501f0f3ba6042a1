import type { EntityType } from '../../types';
import type { Candidate } from '../../candidate';
import type { Doc } from '../../document';
import type { IndexEntryType } from '../../lexicon/create-lexicon-index';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER } from '../../lexicon/lexicon-types';
import { hasArticle } from './has-article';
import { isCommon } from './is-name-word';
import type { TokenSpan } from './token-span';
import { findMatchEntry } from '../../match/find-match-entry';

/** The longest lexicon match of one of `types` starting at token t, with its entry. */
export function entityAt(
  doc: Doc,
  t: number,
  types: ReadonlySet<string>,
  standalone = false,
): (TokenSpan & { readonly entry: number; readonly type: EntityType }) | undefined {
  if (t < 0 || t >= doc.tokens.count) return undefined;
  const { matches, index } = doc;
  let best: (TokenSpan & { entry: number; type: EntityType }) | undefined;
  for (let m = matches.head[t]; m < matches.head[t + 1]; m++) {
    const form = matches.form[m];
    for (let i = index.formStart[form], last = i + index.formSize[form]; i < last; i++) {
      const entry = index.entryList[i];
      const type = index.entryType(entry);
      if (!types.has(type)) continue;
      // With `standalone`, only readings that need no context: not a gazetteer village, not a common
      // word — but a nationality adjective is common by nature («الايراني»).
      if (standalone && (index.entryFlags(entry) & (ENTRY_CONTEXT | ENTRY_CUE_TIER) || (type !== 'NATIONALITY' && matches.tokEnd[m] - t === 1 && isCommon(doc, t)))) {
        continue;
      }
      const tokEnd = matches.tokEnd[m];
      if (!best || tokEnd > best.tokEnd) best = { tokStart: t, tokEnd, start: matches.start[m], entry, type: type as EntityType };
      break;
    }
  }
  return best;
}

/**
 * The lexicon's candidates for a city named without the article («ليون», «كوبنهاغن», not «القاهرة»),
 * taken before the caller adds its own. Reading those, not every token, keeps the club rules cheap.
 */
export function bareCityCandidates(doc: Doc): Candidate[] {
  return doc.candidates.filter((c) => c.type === 'PLACE' && c.entry >= 0 && doc.index.entrySubtype(c.entry) === 'city' && !hasArticle(doc, c.tokStart));
}

/**
 * The first entry of `type` among the readings of the lexicon match over tokens [t, tokEnd), or -1;
 * with `start`, only a match that starts at that folded offset. «وكالة [فارس]» reads the agency among
 * the readings of «فارس»; «[مكة المكرمة]» is trimmed only when «مكة» alone is a place.
 */
export function readingOf(doc: Doc, t: number, tokEnd: number, type: IndexEntryType, start = -1): number {
  return findMatchEntry(doc, { tokStart: t, tokEnd, start }, type, false);
}
