import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, extract, LexiconError, parseEntries, readEntriesFile, type LexiconEntryInput } from '../../src/index';
import { createTempDir } from '../support/create-temp-dir';

/** What createExtractor throws for these entries (undefined when it throws nothing). */
function errorOf(run: () => unknown): LexiconError | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconError);
    return error as LexiconError;
  }
  return undefined;
}

const GOOD: LexiconEntryInput = { type: 'PERSON', name: 'زيد الخيالي', id: 'person:zayd' };
const TYPES = 'PERSON, COUNTRY, ORGANIZATION, PLACE, NATIONALITY';

describe('createExtractor({ entries }) rejects a bad entry with a LexiconError naming it', () => {
  test.each<[string, unknown[], string]>([
    ['an entry that is null', [null], 'entry #0: expected an object { type, name, … }, got null'],
    ['an entry that is a string', [GOOD, 'زيد'], 'entry #1: expected an object { type, name, … }, got string'],
    ['an entry that is an array', [['PERSON', 'زيد']], 'entry #0: expected an object { type, name, … }, got an array'],
    ['a missing type', [{ name: 'زيد' }], 'entry #0: missing field "type"'],
    ['a missing name', [{ type: 'PERSON' }], 'entry #0: missing field "name"'],
    ['a missing name, entry with an id', [{ type: 'PERSON', id: 'p1' }], 'entry "p1" (#0): missing field "name"'],
    ['an unknown field', [{ type: 'PERSON', name: 'زيد', gender: 'm' }], 'entry #0: unknown field "gender"; expected type, name, variants, id, subtype'],
    ['an unknown type', [{ type: 'CITY', name: 'زيد' }], `entry #0: unknown type "CITY"; expected one of ${TYPES}`],
    ['a type that is not a string', [{ type: 1, name: 'زيد' }], `entry #0: unknown type 1; expected one of ${TYPES}`],
    ['a name that is not a string', [{ type: 'PERSON', name: ['زيد'] }], 'entry #0: "name" must be a string, got an array'],
    ['variants that are not strings', [{ type: 'PERSON', name: 'زيد', variants: ['زيد', 7] }], 'entry #0: "variants" must be an array of strings'],
    ['variants that are a string', [{ type: 'PERSON', name: 'زيد', variants: 'زياد' }], 'entry #0: "variants" must be an array of strings'],
    ['an empty id', [{ type: 'PERSON', name: 'زيد', id: ' ' }], 'entry #0: "id" must be a non-empty string, got string'],
    ['a subtype that is not a string', [{ type: 'PLACE', name: 'زيد', subtype: 3 }], 'entry #0: "subtype" must be a string, got number'],
    ['a duplicate id', [GOOD, { type: 'PLACE', name: 'الخيالية', id: 'person:zayd' }], 'entry "person:zayd" (#1): duplicate id "person:zayd" (first used by entry #0)'],
    ['an own "__proto__" key', [JSON.parse('{"type": "PERSON", "name": "زيد", "__proto__": {"polluted": true}}')], 'entry #0: forbidden key "__proto__"'],
    ['a "constructor" key', [{ type: 'PERSON', name: 'زيد', constructor: 'x' }], 'entry #0: forbidden key "constructor"'],
    ['a "prototype" key', [{ type: 'PERSON', name: 'زيد', prototype: {} }], 'entry #0: forbidden key "prototype"'],
    ['a symbol key', [{ type: 'PERSON', name: 'زيد', [Symbol('x')]: 1 }], 'entry #0: forbidden key "Symbol(x)"'],
    // Harakat U+064B U+064C U+064D only: nothing is left to match once they are folded away.
    ['a name of harakat only', [{ type: 'PERSON', name: '\u064b\u064c\u064d' }], 'entry #0: form "\u064b\u064c\u064d" is empty after normalization'],
    ['an empty name', [GOOD, { type: 'PERSON', name: '', id: 'p2' }], 'entry "p2" (#1): form "" is empty after normalization'],
    ['a variant of tatweel and spaces', [{ type: 'PERSON', name: 'زيد', variants: ['\u0640\u0640 \u0640'] }], 'entry #0: form "\u0640\u0640 \u0640" is empty after normalization'],
    ['a name of invisible controls', [{ type: 'PERSON', name: '\u200f\u200b' }], 'entry #0: form "\u200f\u200b" is empty after normalization'],
  ])('%s', (_name, entries, message) => {
    const error = errorOf(() => createExtractor({ entries: entries as LexiconEntryInput[] }));
    expect(error?.message).toBe(message);
  });

  test('an "__proto__" key pollutes nothing', () => {
    errorOf(() => createExtractor({ entries: [JSON.parse('{"type": "PERSON", "name": "زيد", "__proto__": {"polluted": true}}')] }));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('the error names the entry in its fields too', () => {
    const error = errorOf(() => createExtractor({ entries: [GOOD, { type: 'PLACE', name: 'x', id: 'person:zayd' }] }));
    expect([error?.entry, error?.file, error?.line]).toEqual(['"person:zayd" (#1)', undefined, undefined]);
  });
});

describe('nothing is half-loaded', () => {
  test('after a failing call, the same entries without the bad one load and match', () => {
    const second: LexiconEntryInput = { type: 'ORGANIZATION', name: 'نوركساب', id: 'org:norksab' };
    let returned: unknown = 'nothing returned';
    const error = errorOf(() => {
      returned = createExtractor({ entries: [GOOD, second, { type: 'PERSON', name: '\u064e' }] });
    });
    expect(error?.message).toBe('entry #2: form "\u064e" is empty after normalization');
    expect(returned).toBe('nothing returned');

    const text = 'التقى زيد الخيالي بمدير نوركساب';
    // The failed call left no trace in the shared bundled lexicon.
    expect(extract(text).filter((entity) => entity.id === GOOD.id || entity.id === second.id)).toEqual([]);
    const found = createExtractor({ entries: [GOOD, second] }).extract(text);
    expect(found.filter((entity) => entity.source.kind === 'lexicon').map((entity) => [entity.type, entity.text, entity.id])).toEqual([
      ['PERSON', 'زيد الخيالي', 'person:zayd'],
      ['ORGANIZATION', 'نوركساب', 'org:norksab'],
    ]);
  });

  test('a failing call leaves earlier extractors as they were', () => {
    const before = createExtractor({ entries: [GOOD] });
    errorOf(() => createExtractor({ entries: [{ ...GOOD, id: 'person:other' }, { type: 'CITY', name: 'x' }] as unknown as LexiconEntryInput[] }));
    expect(before.extract('قال زيد الخيالي').map((entity) => entity.id)).toEqual(['person:zayd']);
  });
});

describe('entries files', () => {
  const dir = createTempDir('alam-entries-');
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test('a JSON array with a BOM and a JSON Lines file with CRLF and blank lines both load', () => {
    const array = write('people.json', `\ufeff[\n  {"type": "PERSON", "name": "زيد الخيالي", "id": "person:zayd"}\n]\n`);
    const lines = write('people.jsonl', '{"type": "PERSON", "name": "زيد الخيالي", "id": "person:zayd"}\r\n\r\n{"type": "PLACE", "name": "وادي الغيم"}\r\n');
    expect(readEntriesFile(array)).toEqual([GOOD]);
    expect(readEntriesFile(lines)).toEqual([GOOD, { type: 'PLACE', name: 'وادي الغيم' }]);
  });

  test.each<[string, string, string, number | undefined, string]>([
    ['invalid JSON in an array', 'bad.json', '[\n  {"type": "PERSON", "name": "زيد"},\n  {type: "PERSON"}\n]', 3, ': invalid JSON: '],
    ['invalid JSON on a line', 'bad.jsonl', '{"type": "PERSON", "name": "زيد"}\n\n{"type": "PERSON", "name": "عمرو"\n', 3, ': invalid JSON: '],
  ])('%s names the file and the line', (_name, file, text, line, rest) => {
    const path = write(file, text);
    const error = errorOf(() => readEntriesFile(path));
    expect(error?.message.startsWith(`${path}:line ${line}${rest}`)).toBe(true);
    expect([error?.file, error?.line]).toEqual([path, line]);
  });

  test.each<[string, string, string, string]>([
    ['an unknown field in an array', 'a.json', '[\n  {"type": "PERSON", "name": "زيد"},\n\n  {\n    "type": "PERSON",\n    "nam": "عمرو"\n  }\n]', 'line 4, entry #1: unknown field "nam"; expected type, name, variants, id, subtype'],
    ['an unknown type on a line', 'b.jsonl', '\n{"type": "PERSON", "name": "زيد"}\n{"type": "PERSONNE", "name": "عمرو"}\n', `line 3, entry #1: unknown type "PERSONNE"; expected one of ${TYPES}`],
    ['a duplicate id on a line', 'c.jsonl', '{"type": "PERSON", "name": "زيد", "id": "p"}\n{"type": "PLACE", "name": "عمرو", "id": "p"}', 'line 2, entry "p" (#1): duplicate id "p" (first used by entry #0)'],
    ['a "__proto__" key on a line', 'd.jsonl', '{"type": "PERSON", "name": "زيد", "__proto__": {"x": 1}}', 'line 1, entry #0: forbidden key "__proto__"'],
    ['an entry that is not an object', 'e.jsonl', '{"type": "PERSON", "name": "زيد"}\n"عمرو"', 'line 2, entry #1: expected an object { type, name, … }, got string'],
  ])('%s names the file, the line and the entry', (_name, file, text, message) => {
    const path = write(file, text);
    expect(errorOf(() => readEntriesFile(path))?.message).toBe(`${path}:${message}`);
    expect(errorOf(() => parseEntries(text, 'inline'))?.message).toBe(`inline:${message}`);
  });

  test('a file that cannot be read is a LexiconError naming it', () => {
    const path = join(dir, 'missing.jsonl');
    expect(errorOf(() => readEntriesFile(path))?.message).toBe(`${path}: cannot read the file: ENOENT: no such file or directory, open '${path}'`);
  });

  test('a directory is a LexiconError naming it', () => {
    expect(errorOf(() => readEntriesFile(dir))?.message).toBe(`${dir}: cannot read the file: EISDIR: illegal operation on a directory, read`);
  });

  // Emptiness after normalization is checked while the file and line are known.
  test('a name empty after normalization names the file and the line', () => {
    const path = write('empty-name.jsonl', '{"type": "PERSON", "name": "زيد"}\n{"type": "PERSON", "name": "\u064b\u064c\u064d"}\n');
    const error = errorOf(() => createExtractor({ entries: readEntriesFile(path) }));
    expect(error?.message).toBe(`${path}:line 2, entry #1: form "\u064b\u064c\u064d" is empty after normalization`);
  });
});
