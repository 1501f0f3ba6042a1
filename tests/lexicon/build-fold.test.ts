import { decodeArtifact } from '../../src/lexicon/artifact-file';
import { createLexiconIndex } from '../../src/lexicon/create-lexicon-index';
import { loadBundledLexicon } from '../../src/lexicon/load-lexicon';
import { readLexiconTsv } from '../../src/lexicon/read-lexicon-tsv';
import { compileFoldTable } from '../../src/normalize/compile-fold-table';
import { tokenize } from '../../src/tokenize/tokenize';
import { readLexiconSources } from '../../scripts/lexicon/build-inputs';
import { compileLexiconArtifact } from '../../scripts/lexicon/build-lexicon-lists';
import { cleanName, foldName } from '../../scripts/lexicon/fold-name';
import { join } from 'node:path';

// The lexicon build dedupes variants, compares names with the common words and counts corpus words
// under a key; that key must be the one run time matches on, or the build keeps two spellings the
// compiler merges, or drops one it would tell apart. Run time here is the public tokenize():
// its tokens' folded forms, joined by a space.
const runtimeKey = (text: string): string =>
  tokenize(text)
    .map((t) => t.normalized)
    .join(' ');

describe('the lexicon build folds exactly as run time', () => {
  test('every UTF-16 code unit, alone and inside a word', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `ب${ch}ب`, `${ch}ال`]) {
        if (foldName(text) !== runtimeKey(text)) differ.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(text)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  test.each([
    // Code points the old script-side fold kept apart while run time merged them.
    ['أڭادير', 'أكادير'],
    ['ٲبو عريش', 'أبو عريش'],
    ['عام ٢٠١٧', 'عام 2017'],
    ['ٹرمپ', 'ترمب'],
    ['الجُمهوريّة', 'الجمهوريه'],
    ['غينيا-بيساو', 'غينيا - بيساو'],
  ])('«%s» and «%s» get one key', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  test('every name and variant of every lexicon file, and every common word', () => {
    const differ: string[] = [];
    let forms = 0;
    for (const file of readLexiconSources(join(__dirname, '..', '..'))) {
      const parsed = readLexiconTsv(file.text, file.path);
      const texts =
        parsed.kind === 'entries' ? parsed.entries.flatMap((e) => [e.name, ...e.variants]) : parsed.kind === 'common-words' ? parsed.words.map((w) => w.word) : [];
      for (const text of texts) {
        forms++;
        if (foldName(text) !== runtimeKey(text)) differ.push(`${file.path}: «${text}»`);
      }
    }
    expect(forms).toBeGreaterThan(50000);
    expect(differ.slice(0, 20)).toEqual([]);
  });

  test('the compiled lexicon holds every entry under the key the build gave its forms', () => {
    const artifact = loadBundledLexicon();
    const index = createLexiconIndex(compileFoldTable(), { artifact });
    const missing: string[] = [];
    for (let entry = 0; entry < artifact.entryTypes.length; entry++) {
      for (const form of index.entryForms(entry)) {
        let node = 0;
        for (const word of foldName(form).split(' ')) node = node < 0 ? -1 : index.trie.child(node, index.words.get(word));
        const at = node < 0 ? -1 : (index.trie.nodeForm[node] as number);
        const entries = at < 0 ? [] : Array.from(index.entryList.subarray(index.formStart[at], (index.formStart[at] as number) + (index.formSize[at] as number)));
        if (!entries.includes(entry)) missing.push(`${index.entryId(entry)}: «${form}»`);
      }
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });
});

describe('cleanName', () => {
  test.each([
    ['القاهـرة', 'القاهرة'],
    ['مُحَمَّد', 'محمد'],
    ['أمريكا', 'أمريكا'],
    ['  دار\u00a0 السلام ', 'دار السلام'],
    ['كتاب\u200fالعربي', 'كتابالعربي'],
  ])('«%s» → «%s»: marks, tatweel and controls go, letters stay as written', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });
});

test('compileLexiconArtifact is the compiler of data/lexicon.bin', () => {
  const files = readLexiconSources(join(__dirname, '..', '..'));
  expect(decodeArtifact(Buffer.from(compileLexiconArtifact({ files }))).sourceHash).toBe(loadBundledLexicon().sourceHash);
});
