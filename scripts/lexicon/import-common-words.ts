// Common words (one token, as written): both stopword lists plus every corpus word that is used
// mostly outside entities. The compiler flags them (WORD_COMMON): a one-word lexicon entry equal to
// one («المجلس» a Yemeni hamlet, «العالم» a TV channel) matches only when a rule vouches for it, and
// the person rules do not take one for a name by itself («الدولة» in «الدولة الأموية»).
import { generatedPath, type BuildContext, type StepResult } from './build-context';
import { entityUses, type WordCounts } from './collect-word-counts';
import { formatPlainTsv } from './format-lexicon-tsv';
import { cleanName, foldName } from './fold-name';

// A corpus word is common when seen at least MIN_O times untagged and less than MAX_ENTITY_RATIO of
// its uses are entities: a whole one-word entity («لبنان») or a token of a person's name («حسني»).
// A token of a longer organization or place name («المجلس» in «المجلس الأعلى …», «العربية» in
// «المملكة العربية السعودية») is not a use as a name of its own and counts for neither side.
export const MIN_O = 2;
export const MAX_ENTITY_RATIO = 1 / 3;
// …and not a name in most of its uses in one corpus where it is seen at least MIN_CORPUS_USES times.
const MIN_CORPUS_USES = 5;
const MAX_CORPUS_ENTITY_SHARE = 0.5;

export const COMMON_WORDS_HEADER = ['word', 'o_count', 'entity_count', 'source'] as const;

/**
 * Common overall and not mostly a name in either corpus: Wikipedia's islands outnumber the news
 * channel in the pooled counts, but in news «الجزيرة» is the channel (18 of 30 in TRAIN80).
 */
function isCommon(c: WordCounts): boolean {
  const entity = entityUses(c);
  if (c.o < MIN_O || entity >= MAX_ENTITY_RATIO * (entity + c.o)) return false;
  return Object.values(c.byCorpus).every((n) => n.o + n.entity < MIN_CORPUS_USES || n.entity < MAX_CORPUS_ENTITY_SHARE * (n.o + n.entity));
}

function readWordList(text: string): string[] {
  return text
    .split('\n')
    .map(cleanName)
    .filter((w) => w && !w.includes(' ') && /[\u0621-\u064A]/.test(w));
}

/** The most frequent spelling of a word in the corpora: «الأمم» rather than the rarer «الامم». */
function pickSurface(surfaces: ReadonlyMap<string, number>, fallback: string): string {
  let best = fallback;
  let n = 0;
  for (const [s, k] of surfaces) {
    if (k > n || (k === n && s < best)) {
      best = s;
      n = k;
    }
  }
  return best;
}

const STOPWORD_SOURCES: readonly (readonly [string, string])[] = [
  ['stopwords-iso', 'sources/stopwords-ar/stopwords-iso/ar.txt'],
  ['mohataher-stopwords', 'sources/stopwords-ar/mohataher-arabic-stop-words/list.txt'],
];

export function importCommonWords(ctx: BuildContext): StepResult {
  const counts = ctx.wordCounts();
  const words = new Map<string, { o: number; e: number; sources: Set<string> }>();
  const slot = (surface: string, c: WordCounts | undefined): { o: number; e: number; sources: Set<string> } => {
    let row = words.get(surface);
    if (!row) {
      row = { o: c?.o ?? 0, e: c ? entityUses(c) : 0, sources: new Set() };
      words.set(surface, row);
    }
    return row;
  };
  for (const [name, path] of STOPWORD_SOURCES) {
    for (const w of readWordList(ctx.inputs.sharedText(path))) slot(w, counts.get(foldName(w))).sources.add(name);
  }
  for (const [key, c] of counts) {
    if (!isCommon(c)) continue;
    const row = slot(pickSurface(c.surfaces, key), c);
    for (const corpus of c.corpora) row.sources.add(corpus);
  }
  const rows = [...words.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w, row]) => [w, row.o, row.e, [...row.sources].sort().join('+')]);
  const path = generatedPath('common-words.tsv');
  return { files: [{ path, text: formatPlainTsv(path, COMMON_WORDS_HEADER, rows) }], stats: { words: rows.length } };
}
