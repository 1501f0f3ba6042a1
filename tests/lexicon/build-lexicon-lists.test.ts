import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignFolds } from '../../src/eval/select-split';
import { buildLexiconLists, loadBuildInputs, type CorpusName, type LexiconLists } from '../../scripts/lexicon/build-lexicon-lists';
import { cleanName } from '../../scripts/lexicon/fold-name';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

// The jackknife build API (issue 13 §3): the lists in memory, from all of the corpora, from none, or
// without one fold's sentences. The writing build is the first of these.
const ROOT = join(__dirname, '..', '..');

const rowsOf = (lists: LexiconLists, name: string): { id: string; name: string; source: string; cells: string[] }[] => {
  const file = lists.generated.find((f) => f.path === `lexicons/generated/${name}`);
  if (!file) throw new Error(`${name} was not built`);
  return file.text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'))
    .map((cells) => ({ id: cells[0] ?? '', name: cells[3] ?? '', source: cells[cells.length - 1] ?? '', cells }));
};

describeWithShared('buildLexiconLists', ['sources', 'corpora'], () => {
  const inputs = loadBuildInputs({ shared: SHARED_DIR, root: ROOT });
  const build = (corpora: Parameters<typeof buildLexiconLists>[0]['corpora']): LexiconLists => buildLexiconLists({ shared: inputs, corpora });

  let full: LexiconLists;
  beforeAll(() => {
    full = build({ keepSentence: () => true });
  }, 120000);

  test('over every sentence it is what npm run build:lexicons wrote: lexicons/generated/ is up to date', () => {
    expect(full.generated.map((f) => f.path)).toEqual([
      'lexicons/generated/common-words.tsv',
      'lexicons/generated/countries.tsv',
      'lexicons/generated/harvested-organizations.tsv',
      'lexicons/generated/harvested-persons.tsv',
      'lexicons/generated/harvested-places.tsv',
      'lexicons/generated/names-arabic.tsv',
      'lexicons/generated/names-foreign.tsv',
      'lexicons/generated/nationalities.tsv',
      'lexicons/generated/places-villages.tsv',
      'lexicons/generated/places.tsv',
    ]);
    const stale = full.generated.filter((f) => readFileSync(join(ROOT, f.path), 'utf8') !== f.text).map((f) => f.path);
    expect(stale).toEqual([]);
    // Every file the compiler reads: the hand-edited ones beside the generated ones.
    expect(full.files.map((f) => f.path)).toContain('lexicons/curated/persons.tsv');
    expect(full.files.length).toBe(full.generated.length + inputs!.curated.length);
  });

  test('with corpora: false nothing comes from the corpora', () => {
    const none = build(false);
    for (const name of ['harvested-persons.tsv', 'harvested-organizations.tsv', 'harvested-places.tsv']) expect(rowsOf(none, name)).toEqual([]);
    const common = rowsOf(none, 'common-words.tsv');
    expect(common.length).toBeGreaterThan(500);
    expect(common.filter((r) => !/^(mohataher-stopwords|stopwords-iso)(\+(mohataher-stopwords|stopwords-iso))?$/.test(r.source) || r.cells[1] !== '0' || r.cells[2] !== '0')).toEqual([]);
    for (const name of ['names-arabic.tsv', 'names-foreign.tsv', 'places.tsv', 'places-villages.tsv']) {
      expect(rowsOf(none, name).filter((r) => /anercorp|wikifane/.test(r.source))).toEqual([]);
    }
    expect(none.steps.find((s) => s.name === 'places')?.stats['demoted']).toBe(0);
    // The sources alone still give every country and nationality.
    expect(rowsOf(none, 'countries.tsv')).toEqual(rowsOf(full, 'countries.tsv'));
  }, 120000);

  test('leaving out a fold leaves out what only its sentences hold, and DEV20 is never offered', () => {
    const asked: Record<CorpusName, number[]> = { anercorp: [], wikifane: [] };
    const folds = assignFolds(inputs!.corpora.anercorp.length, 5);
    const lists = build({
      keepSentence: (corpus, index) => {
        asked[corpus].push(index);
        return corpus !== 'anercorp' || folds[index] !== 0;
      },
    });
    // Every TRAIN80 sentence is asked about once, none of DEV20 (sentences 3177–3971).
    expect(asked.anercorp).toEqual(Array.from({ length: 3177 }, (_, i) => i));
    expect(asked.wikifane).toHaveLength(inputs!.corpora.wikifane.length);

    // A person harvested from ANERcorp alone is written as ANERcorp writes it: the build without
    // fold 0 has none that only fold 0's sentences hold, where the full build has some.
    const textOf = (keep: (index: number) => boolean): string =>
      inputs!.corpora.anercorp
        .filter((s) => keep(s.index))
        .map((s) => s.tokens.map((t) => cleanName(t.text)).join(' '))
        .join('\n');
    const kept = textOf((i) => folds[i] !== 0);
    const onlyAnercorp = (l: LexiconLists): string[] =>
      rowsOf(l, 'harvested-persons.tsv')
        .filter((r) => r.source === 'anercorp-train80')
        .map((r) => r.name);
    expect(onlyAnercorp(lists).filter((name) => !kept.includes(name))).toEqual([]);
    const lost = onlyAnercorp(full).filter((name) => !kept.includes(name));
    expect(lost.length).toBeGreaterThan(50);
    const names = new Set(rowsOf(lists, 'harvested-persons.tsv').map((r) => r.name));
    expect(lost.filter((name) => names.has(name))).toEqual([]);
  }, 120000);
});
