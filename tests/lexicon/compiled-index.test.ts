import { compileLexicon, type LexiconSourceFile } from '../../src/lexicon/compile-lexicon';
import { decodeArtifact, encodeArtifact } from '../../src/lexicon/artifact-file';
import { createLexiconIndex, type CueClass, type LexiconIndex } from '../../src/lexicon/create-lexicon-index';
import { appendFileSync, copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_ARTIFACT_PATH, loadBundledLexicon, loadLexiconArtifact } from '../../src/lexicon/load-lexicon';
import { columnValue, columnValues } from '../../src/lexicon/string-column';
import { compileFoldTable } from '../../src/normalize/compile-fold-table';
import { createFormSplitter } from '../../src/lexicon/split-form';
import { ruleCueClasses } from '../../src/rules';
import { createExtractorWith } from '../../src/extractor';
import type { LexiconEntryInput } from '../../src/types';
import { createTempDir } from '../support/create-temp-dir';

/**
 * data/lexicon.bin holds the default extractor's lexicon index itself (the rules' cue phrases in
 * its word table and trie, every form's entry list and cue bits), so that loading it builds
 * nothing. These tests hold it to what the runtime would build over the lexicon alone.
 */
const HEADER = 'id\ttype\tsubtype\tname\tvariants\tattrs\tsource';
const FILES: LexiconSourceFile[] = [
  {
    path: 'lexicons/test.tsv',
    text: [
      HEADER,
      'country:RU\tCOUNTRY\t\tروسيا\tروسيا الاتحادية\tiso=RU\tcldr',
      'place:moscow\tPLACE\tcity\tموسكو\t\tcountry=RU\tcldr',
      // «الرئيس» is a lexicon form and a title cue: its form's list holds both.
      'org:presidency\tORGANIZATION\tgovernment\tالرئيس\t\t\tcurated',
      'person:putin\tPERSON\tpolitician\tفلاديمير بوتين\tبوتين\t\tcurated',
      'name:given-m:فلاديمير\tNAME\tgiven-m\tفلاديمير\t\t\tfaker',
    ].join('\n') + '\n',
  },
];
const CUES: CueClass[] = [
  { name: 'title', bit: 1, phrases: ['الرئيس', 'رئيس الوزراء'] },
  { name: 'place', bit: 2, phrases: ['مدينة'] },
];
const OTHER_CUES: CueClass[] = [{ name: 'title', bit: 1, phrases: ['الملك'] }];
const folds = compileFoldTable();
const split = createFormSplitter(folds);
const roundTrip = (cues: readonly CueClass[]) => decodeArtifact(encodeArtifact(compileLexicon(FILES, cues)));

/** What an index finds for a phrase: each of its entries as type:id and the form's cue bits. */
function lookup(index: LexiconIndex, phrase: string): string {
  let node = 0;
  for (const word of split(phrase)) {
    const id = index.words.get(word);
    node = id < 0 ? -1 : index.trie.child(node, id);
    if (node < 0) return 'none';
  }
  const form = index.trie.nodeForm[node] as number;
  if (form < 0) return 'none';
  const start = index.formStart[form] as number;
  const entries = Array.from(index.entryList.subarray(start, start + (index.formSize[form] as number)), (e) => `${index.entryType(e)}:${index.entryId(e)}`);
  return `${entries.join(' ')} cues=${index.formCues[form]}`;
}
const PHRASES = ['روسيا', 'روسيا الاتحادية', 'موسكو', 'الرئيس', 'رئيس الوزراء', 'رئيس', 'مدينة', 'بوتين', 'فلاديمير بوتين', 'فلاديمير', 'الملك'];
const everything = (index: LexiconIndex): Record<string, string> => Object.fromEntries(PHRASES.map((phrase) => [phrase, lookup(index, phrase)]));

describe('the lexicon compiled with the cue classes', () => {
  const bare = roundTrip([]);
  const withCues = roundTrip(CUES);

  test('is the index the runtime builds over the lexicon alone, entry for entry', () => {
    const built = createLexiconIndex(folds, { artifact: bare, cues: CUES });
    const loaded = createLexiconIndex(folds, { artifact: withCues, cues: CUES });
    expect(everything(loaded)).toEqual(everything(built));
    expect(lookup(loaded, 'الرئيس')).toBe('ORGANIZATION:org:presidency CUE:cue:title cues=1');
    expect(Array.from(loaded.entryTypeCode)).toEqual(Array.from(built.entryTypeCode));
    expect(loaded.words.size).toBe(built.words.size);
  });

  test('loads as views on the file: the index copies none of its arrays', () => {
    const index = createLexiconIndex(folds, { artifact: withCues, cues: CUES });
    expect([index.formStart, index.formSize, index.entryList, index.formCues, index.entryTypeCode]).toEqual([withCues.formStart, withCues.formSize, withCues.entryList, withCues.formCues, withCues.entryTypeCode]);
    expect(index.formStart).toBe(withCues.formStart);
    expect(index.entryList).toBe(withCues.entryList);
  });

  test('with caller entries: the same index as over the lexicon alone, the caller first', () => {
    const entries: LexiconEntryInput[] = [
      { type: 'PERSON', name: 'الرئيس', id: 'mine' },
      { type: 'PLACE', name: 'مدينة', id: 'town' },
      { type: 'PLACE', name: 'موسكو الجديدة' },
    ];
    const built = createLexiconIndex(folds, { artifact: bare, entries, cues: CUES });
    const loaded = createLexiconIndex(folds, { artifact: withCues, entries, cues: CUES });
    const phrases = { ...everything(built), extra: lookup(built, 'موسكو الجديدة') };
    expect({ ...everything(loaded), extra: lookup(loaded, 'موسكو الجديدة') }).toEqual(phrases);
    expect(lookup(loaded, 'الرئيس')).toBe('PERSON:mine ORGANIZATION:org:presidency CUE:cue:title cues=1');
    // The shared artifact is left as it was.
    expect(everything(createLexiconIndex(folds, { artifact: withCues, cues: CUES }))).toEqual(everything(createLexiconIndex(folds, { artifact: bare, cues: CUES })));
  });

  test('asked for other cue classes: rebuilt from the forms as written, as over the lexicon alone', () => {
    const built = createLexiconIndex(folds, { artifact: bare, cues: OTHER_CUES });
    const loaded = createLexiconIndex(folds, { artifact: withCues, cues: OTHER_CUES });
    expect(everything(loaded)).toEqual(everything(built));
    expect(lookup(loaded, 'رئيس الوزراء')).toBe('none');
    expect(lookup(loaded, 'الملك')).toBe('CUE:cue:title cues=1');
  });

  test('under other folds: rebuilt from the forms as written, as over the lexicon alone', () => {
    const noAlef = compileFoldTable({ alef: false });
    expect(everything(createLexiconIndex(noAlef, { artifact: withCues, cues: CUES }))).toEqual(everything(createLexiconIndex(noAlef, { artifact: bare, cues: CUES })));
  });
});

describe('data/lexicon.bin', () => {
  test("holds the rules' cue classes, so the default extractor adds nothing to it", () => {
    const artifact = loadBundledLexicon();
    expect(artifact.cues.map((cue) => cue.name)).toEqual(ruleCueClasses().map((cue) => cue.name));
    const index = createLexiconIndex(folds, { artifact, cues: ruleCueClasses() });
    expect(index.trie.nodeForm).toBe(artifact.trie.nodeForm);
    expect(index.formCues).toBe(artifact.formCues);
  });

  test('an extractor over it finds what one over the lexicon compiled without cues finds', () => {
    const text = 'اكد الرئيس فلاديمير بوتين في مدينة موسكو ان روسيا الاتحادية';
    const over = (cues: readonly CueClass[]) => createExtractorWith({ model: false }, { artifact: roundTrip(cues) }).extract(text);
    expect(over(ruleCueClasses())).toEqual(over([]));
    expect(over(ruleCueClasses()).map((entity) => `${entity.type}:${entity.text}`)).toEqual(['ORGANIZATION:الرئيس', 'PERSON:فلاديمير بوتين', 'PLACE:موسكو', 'COUNTRY:روسيا الاتحادية']);
  });
});

describe('loadLexiconArtifact', () => {
  const dir = createTempDir('alam-lexicon-');
  const copy = (name: string): string => {
    const file = join(dir, name);
    copyFileSync(LEXICON_ARTIFACT_PATH, file);
    return file;
  };

  test('reads the texts it left for later as decodeArtifact reads them from the whole file', () => {
    const loaded = loadLexiconArtifact(copy('a.bin'));
    const whole = decodeArtifact(readFileSync(LEXICON_ARTIFACT_PATH));
    // Values from blocks far apart, then the whole columns.
    for (const entry of [0, 255, 256, 20000, loaded.entryFlags.length - 1]) {
      expect([columnValue(loaded.entryIds, entry), columnValue(loaded.entryForms, entry), columnValue(loaded.entrySubtypes, entry)]).toEqual([
        columnValue(whole.entryIds, entry),
        columnValue(whole.entryForms, entry),
        columnValue(whole.entrySubtypes, entry),
      ]);
    }
    expect(columnValues(loaded.commonWords)).toEqual(columnValues(whole.commonWords));
    expect(Array.from(loaded.entryRanks)).toEqual(Array.from(whole.entryRanks));
    expect(loaded.entryTypes).toBe(whole.entryTypes);
  });

  test('a file replaced after loading does not reach the loaded artifact', () => {
    const file = copy('b.bin');
    const loaded = loadLexiconArtifact(file);
    renameSync(file, join(dir, 'b-old.bin'));
    writeFileSync(file, 'not a lexicon');
    expect(columnValue(loaded.entryIds, 30000)).toBe(columnValue(decodeArtifact(readFileSync(LEXICON_ARTIFACT_PATH)).entryIds, 30000));
  });

  test('a file rewritten in place fails the next read, naming it', () => {
    const file = copy('c.bin');
    const loaded = loadLexiconArtifact(file);
    appendFileSync(file, 'x');
    expect(() => columnValue(loaded.entryIds, 12345)).toThrow(`${file}: the compiled lexicon was rewritten since it was loaded (restart the process)`);
  });
});
