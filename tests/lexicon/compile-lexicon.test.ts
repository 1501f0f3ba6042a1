import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, type LexiconSourceFile } from '../../src/lexicon/compile-lexicon';
import { decodeArtifact, encodeArtifact } from '../../src/lexicon/artifact-file';
import { createLexiconIndex } from '../../src/lexicon/create-lexicon-index';
import { compileFoldTable } from '../../src/normalize/compile-fold-table';
import { LEXICON_ARTIFACT_PATH } from '../../src/lexicon/load-lexicon';
import { columnValue } from '../../src/lexicon/string-column';
import { WORD_COMMON, WORD_FOREIGN_GIVEN } from '../../src/lexicon/lexicon-types';
import { readLexiconSources } from '../../scripts/lexicon/build-inputs';
import { ruleCueClasses } from '../../src/rules';

const HEADER = 'id\ttype\tsubtype\tname\tvariants\tattrs\tsource';
const file = (path: string, ...rows: string[]): LexiconSourceFile => ({ path, text: [HEADER, ...rows].join('\n') + '\n' });

describe('the compiled artifact', () => {
  // data/lexicon.bin is not in git: `npm ci` builds it (prepare) and `npm pack` ships it. It goes stale
  // when lexicons/ (or the compiler) changes after that, until `npm run compile:lexicons`.
  test('data/lexicon.bin is what lexicons/ compiles to (run `npm run compile:lexicons`)', () => {
    const fresh = encodeArtifact(compileLexicon(readLexiconSources(join(__dirname, '..', '..')), ruleCueClasses()));
    if (!existsSync(LEXICON_ARTIFACT_PATH)) throw new Error(`${LEXICON_ARTIFACT_PATH} is missing: npm ci (prepare) or npm run compile:lexicons builds it`);
    const built = readFileSync(LEXICON_ARTIFACT_PATH);
    expect(decodeArtifact(built).sourceHash).toBe(decodeArtifact(fresh).sourceHash);
    expect(built.equals(fresh)).toBe(true);
  });

  test('a lexicon edit makes the artifact stale: its source hash changes', () => {
    const sources = readLexiconSources(join(__dirname, '..', '..'));
    const edited = sources.map((f) => (f.path === 'lexicons/curated/places.tsv' ? { ...f, text: `${f.text}place:test:x\tPLACE\tcity\tقرية الاختبار\t\t\tcurated\n` } : f));
    expect(edited).not.toEqual(sources);
    expect(compileLexicon(edited).sourceHash).not.toBe(decodeArtifact(readFileSync(LEXICON_ARTIFACT_PATH)).sourceHash);
  });

  test('compiling is deterministic whatever the file order', () => {
    const a = file('lexicons/a.tsv', 'country:RU\tCOUNTRY\t\tروسيا\tروسيا الاتحادية\tiso=RU\tcldr');
    const b = file('lexicons/b.tsv', 'place:moscow\tPLACE\tcity\tموسكو\t\tcountry=RU\tcldr');
    expect(encodeArtifact(compileLexicon([a, b])).equals(encodeArtifact(compileLexicon([b, a])))).toBe(true);
  });
});

describe('compileLexicon', () => {
  const folds = compileFoldTable();
  const compileAndIndex = (...files: LexiconSourceFile[]) => {
    const artifact = decodeArtifact(encodeArtifact(compileLexicon(files)));
    return { artifact, index: createLexiconIndex(folds, { artifact }) };
  };
  const typesOf = (index: ReturnType<typeof compileAndIndex>['index'], words: string[]): string[] => {
    let node = 0;
    for (const word of words) node = index.trie.child(node, index.words.get(word));
    const form = index.trie.nodeForm[node] as number;
    const entries = index.entryList.subarray(index.formStart[form], (index.formStart[form] as number) + (index.formSize[form] as number));
    return Array.from(entries, (e) => `${index.entryType(e)}:${index.entryId(e)}`);
  };

  test('folds every form with the runtime normalize() and tokenizer', () => {
    const { index } = compileAndIndex(file('lexicons/x.tsv', 'country:US\tCOUNTRY\t\tالولايات المتحدة الأمريكية\tأمريكا|أميركا\tiso=US\tcurated'));
    expect(typesOf(index, ['الولايات', 'المتحده', 'الامريكيه'])).toEqual(['COUNTRY:country:US']);
    expect(typesOf(index, ['اميركا'])).toEqual(['COUNTRY:country:US']);
    expect(index.canonical(0)).toBe('الولايات المتحدة الأمريكية');
  });

  test('orders the entries of a shared form by the reviewed collisions, then by type policy', () => {
    const entries = file(
      'lexicons/x.tsv',
      'country:DZ\tCOUNTRY\t\tالجزائر\t\tiso=DZ\tcurated',
      'place:algiers\tPLACE\tcity\tالجزائر\t\tcountry=DZ;population=3000000\tcurated',
      'org:fars\tORGANIZATION\tagency\tفارس\t\t\tcurated',
      'place:fars\tPLACE\tregion\tفارس\t\tcountry=IR\tcurated',
      'name:given-m:فارس\tNAME\tgiven-m\tفارس\t\tgender=m\tfaker',
    );
    const collisions: LexiconSourceFile = { path: 'lexicons/collisions.tsv', text: 'name\ttype\tnote\nفارس\tPLACE\ttest: prefer the province\n' };
    const { index } = compileAndIndex(entries, collisions);
    expect(typesOf(index, ['الجزاير'])).toEqual(['COUNTRY:country:DZ', 'PLACE:place:algiers']);
    expect(typesOf(index, ['فارس'])).toEqual(['PLACE:place:fars', 'ORGANIZATION:org:fars', 'NAME:name:given-m:فارس']);
  });

  test('finds every form when the trie grows while it is built', () => {
    // Three words a form: the trie needs about three nodes a form and grows several times.
    const rows = Array.from({ length: 200 }, (_, i) => `place:p${i}\tPLACE\tcity\tعين ${'ب'.repeat(i + 1)} ${'ت'.repeat(i + 1)}\t\t\tcurated`);
    const { index } = compileAndIndex(file('lexicons/x.tsv', ...rows));
    const lost = rows.filter((_, i) => typesOf(index, ['عين', 'ب'.repeat(i + 1), 'ت'.repeat(i + 1)]).length !== 1);
    expect(lost).toEqual([]);
  });

  test('name tokens and common words become word flags', () => {
    const { index } = compileAndIndex(
      file('lexicons/x.tsv', 'name:foreign-given:نيكولاي\tNAME\tforeign-given\tنيكولاي\t\t\twikidata-translit'),
      { path: 'lexicons/common-words.tsv', text: 'word\to_count\tentity_count\tsource\nالعالم\t300\t12\tanercorp-train80\n' },
    );
    expect(index.words.flags[index.words.get('نيكولاي')]).toBe(WORD_FOREIGN_GIVEN);
    expect(index.words.flags[index.words.get('العالم')]! & WORD_COMMON).toBe(WORD_COMMON);
  });

  test('keeps the raw forms and the provenance columns', () => {
    const { artifact } = compileAndIndex(file('lexicons/x.tsv', 'place:moscow\tPLACE\tcity\tموسكو\tموسكوفا\tcountry=RU\tcldr'));
    expect(columnValue(artifact.entryForms, 0)).toBe('موسكو\tموسكوفا');
    expect(columnValue(artifact.entryCountries, 0)).toBe('RU');
    expect(columnValue(artifact.entrySubtypes, 0)).toBe('city');
  });

  test.each<[string, LexiconSourceFile[], string]>([
    ['a duplicate id', [file('lexicons/a.tsv', 'x:1\tPLACE\t\tا\t\t\ts'), file('lexicons/b.tsv', 'x:1\tPLACE\t\tب\t\t\ts')], 'lexicons/b.tsv:line 2, entry x:1: duplicate id (first defined in lexicons/a.tsv:2)'],
    ['an unknown type', [file('lexicons/a.tsv', 'x:1\tCITY\t\tا\t\t\ts')], 'lexicons/a.tsv:line 2: unknown type "CITY"; expected one of PERSON, COUNTRY, ORGANIZATION, PLACE, NATIONALITY, NAME'],
    ['a missing column', [file('lexicons/a.tsv', 'x:1\tPLACE\t\tا\t\ts')], 'lexicons/a.tsv:line 2: expected 7 tab-separated columns (id, type, subtype, name, variants, attrs, source), found 6'],
    ['an empty name', [file('lexicons/a.tsv', 'x:1\tPLACE\t\t\t\t\ts')], 'lexicons/a.tsv:line 2, entry x:1: empty name'],
    ['a missing source', [file('lexicons/a.tsv', 'x:1\tPLACE\t\tا\t\t\t')], 'lexicons/a.tsv:line 2, entry x:1: empty source: every entry records its provenance'],
    ['a bad attribute', [file('lexicons/a.tsv', 'x:1\tPLACE\t\tا\t\tPopulation\ts')], 'lexicons/a.tsv:line 2, entry x:1: invalid attribute "Population": expected key=value with a lowercase key'],
    ['a forbidden attribute key', [file('lexicons/a.tsv', 'x:1\tPLACE\t\tا\t\t__proto__=1\ts')], 'lexicons/a.tsv:line 2, entry x:1: invalid attribute "__proto__=1": expected key=value with a lowercase key'],
    ['a form empty after normalization', [file('lexicons/a.tsv', 'x:1\tPLACE\t\tًٌ\t\t\ts')], 'lexicons/a.tsv:line 2, entry x:1: form "ًٌ" is empty after normalization'],
    ['an unknown NAME subtype', [file('lexicons/a.tsv', 'x:1\tNAME\tnickname\tابو\t\t\ts')], 'lexicons/a.tsv:line 2, entry x:1: NAME subtype "nickname" is not one of given-m, given-f, given, family, foreign-given, foreign-family, foreign'],
  ])('rejects %s with a message naming file and line', (_case, files, message) => {
    expect(() => compileLexicon(files)).toThrow(message);
  });
});
