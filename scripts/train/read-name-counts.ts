import { normalize } from '#alam/normalize/normalize';
import { hashWord } from '#alam/lexicon/word-table';
import { countBucket, type NameCounts } from '#alam/tag/token-features';

/** The Wikidata person-name token list (MIT, names CC0; see its SOURCE.md): `english<TAB>ا ر ب ي<TAB>count` lines. */
export const NAME_TOKENS_FILE = 'sources/netransliteration-wikidata-ar/wd_arabic.normalized.aligned.tokens';

/**
 * Every Arabic token of the list, folded as the extractor folds text, with its summed count as a
 * bucket, sorted by the word hash the features look up («ميلر» 41 times → bucket 4).
 */
export function readNameCounts(text: string): NameCounts {
  const counts = new Map<number, number>();
  for (const line of text.split('\n')) {
    const [, letters = '', count = ''] = line.split('\t');
    const word = normalize(letters.replace(/ /g, '')).text;
    if (word.length < 2 || !/^\d+$/.test(count)) continue;
    const codes = Uint16Array.from(word, (c) => c.charCodeAt(0));
    const hash = hashWord(codes, 0, codes.length);
    counts.set(hash, (counts.get(hash) ?? 0) + Number(count));
  }
  const hashes = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const buckets = Uint8Array.from(hashes, (hash) => countBucket(counts.get(hash) ?? 0));
  return { hashes, buckets };
}
