import { ENTRY_HEADER, ENTRY_TYPES, allEntries, lexiconFiles, listTsvFiles, parseAttrs, readHeader, readRows } from './read-lexicon-files';

const SIDE_TABLES: Record<string, string> = {
  'generated/common-words.tsv': 'word\to_count\tentity_count\tsource',
  'curated/collisions.tsv': 'name\ttype\tnote',
  'curated/noun-homographs.tsv': 'word\tnoun\tnote',
  'curated/country-variants.tsv': 'iso\tname\tvariants\tnote',
  'curated/nationality-stems.tsv': 'iso\tmasculine\tbroken_plurals\tnote',
  'curated/capitals.tsv': 'iso\tname\tvariants',
  'curated/arabic-given-names.tsv': 'name\tgender',
  'curated/arabic-family-names.tsv': 'name',
  'curated/foreign-given-names.tsv': 'name',
};
const KNOWN_ATTRS = new Set(['iso', 'country', 'population', 'placetype', 'tier', 'context', 'gender', 'votes', 'priority', 'capital']);
const KNOWN_SOURCES = new Set(['cldr', 'i18n-iso-countries', 'natural-earth', 'wof', 'world-cities', 'wikidata-translit', 'faker', 'anercorp-train80', 'wikifane', 'curated']);

describe('lexicon TSV files are well-formed', () => {
  test('every TSV is a lexicon file or a known side table with its header', () => {
    for (const file of listTsvFiles()) {
      const header = readHeader(file);
      expect([file, header]).toEqual([file, SIDE_TABLES[file] ?? ENTRY_HEADER]);
    }
  });

  test.each(lexiconFiles())('%s: 7 columns, valid type, name, source and attrs on every line', (file) => {
    for (const { line, cells } of readRows(file)) {
      const where = `${file}:${line}`;
      expect([where, cells.length]).toEqual([where, 7]);
      const [id = '', type = '', , name = '', variants = '', attrs = '', source = ''] = cells;
      expect([where, id.length > 0 && !/\s/.test(id)]).toEqual([where, true]);
      expect([where, (ENTRY_TYPES as readonly string[]).includes(type)]).toEqual([where, true]);
      expect([where, name.trim() !== '' && name === name.trim()]).toEqual([where, true]);
      const forms = variants === '' ? [] : variants.split('|');
      expect([where, forms.every((v) => v.trim() !== '' && v !== name), new Set(forms).size]).toEqual([where, true, forms.length]);
      const parsed = parseAttrs(attrs);
      expect([where, Object.keys(parsed).filter((k) => !KNOWN_ATTRS.has(k))]).toEqual([where, []]);
      expect([where, source.split('+').filter((s) => !KNOWN_SOURCES.has(s))]).toEqual([where, []]);
    }
  });

  test('ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of allEntries()) {
      const first = seen.get(e.id);
      if (first) dups.push(`${e.id} (${first} and ${e.file}:${e.line})`);
      else seen.set(e.id, `${e.file}:${e.line}`);
    }
    expect(dups).toEqual([]);
  });

  test('generated files are sorted by id (a rebuild is byte-stable)', () => {
    for (const file of lexiconFiles().filter((f) => f.startsWith('generated/'))) {
      const ids = readRows(file).map((r) => r.cells[0] ?? '');
      const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect([file, ids]).toEqual([file, sorted]);
    }
  });

  test('attribute values have the documented shapes', () => {
    const bad: string[] = [];
    for (const e of allEntries()) {
      const a = e.attrs;
      if (a.iso !== undefined && !/^[A-Z]{2}$/.test(a.iso) && !e.id.includes(':harvest:')) bad.push(`${e.id} iso=${a.iso}`);
      if (a.country !== undefined && !/^[A-Z]{2}$/.test(a.country)) bad.push(`${e.id} country=${a.country}`);
      if (a.population !== undefined && !/^[1-9]\d*$/.test(a.population)) bad.push(`${e.id} population=${a.population}`);
      if (a.tier !== undefined && a.tier !== 'cue') bad.push(`${e.id} tier=${a.tier}`);
      if (a.context !== undefined && a.context !== 'required') bad.push(`${e.id} context=${a.context}`);
      if (a.gender !== undefined && a.gender !== 'm' && a.gender !== 'f') bad.push(`${e.id} gender=${a.gender}`);
      if (a.priority !== undefined && !/^-?\d+$/.test(a.priority)) bad.push(`${e.id} priority=${a.priority}`);
      if (a.votes !== undefined && !/^[A-Z]+:\d+(,[A-Z]+:\d+)*$/.test(a.votes)) bad.push(`${e.id} votes=${a.votes}`);
      if (a.tier === 'cue' && e.type !== 'PLACE') bad.push(`${e.id} tier=cue on ${e.type}`);
    }
    expect(bad).toEqual([]);
  });

  test('side tables: collisions name a valid type once per name; common words are single tokens with counts', () => {
    const names = new Set<string>();
    for (const { line, cells } of readRows('curated/collisions.tsv')) {
      const [name = '', type = ''] = cells;
      expect([line, cells.length, (ENTRY_TYPES as readonly string[]).includes(type), names.has(name)]).toEqual([line, 3, true, false]);
      names.add(name);
    }
    for (const { line, cells } of readRows('generated/common-words.tsv')) {
      const [word = '', o = '', e = '', source = ''] = cells;
      expect([line, /\s/.test(word) || word === '', /^\d+$/.test(o), /^\d+$/.test(e), source !== '']).toEqual([line, false, true, true, true]);
    }
  });
});
