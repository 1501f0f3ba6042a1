import { createExtractor, extract } from '../../src';
import type { ExtractorOptions } from '../../src/types';
import { parseAnnotated, renderAnnotated } from '../support/annotated-text';

describe('createExtractor options', () => {
  test('types: NATIONALITY only on request', () => {
    const text = 'قال الوزير الروسي ان روسيا';
    expect(extract(text).map((e) => e.type)).not.toContain('NATIONALITY');
    expect(createExtractor({ types: ['NATIONALITY', 'COUNTRY'] }).extract(text).map((e) => `${e.type}:${e.text}`)).toEqual(['NATIONALITY:الروسي', 'COUNTRY:روسيا']);
  });

  test('nested: the entities inside a longer one', () => {
    const [university] = createExtractor({ nested: true }).extract('في جامعة القاهرة اليوم');
    expect(university).toMatchObject({ type: 'ORGANIZATION', text: 'جامعة القاهرة' });
    expect(university?.nested?.map((e) => `${e.type}:${e.text}`)).toEqual(['PLACE:القاهرة']);
    expect(extract('في جامعة القاهرة اليوم')[0]?.nested).toBeUndefined();
  });

  test('normalization switches apply to the lexicon and the input alike', () => {
    const strict = createExtractor({ normalize: { alef: false } });
    expect(strict.extract('زار إيران').map((e) => e.text)).toEqual(['إيران']);
    expect(strict.extract('زار أيران')).toEqual([]);
    expect(extract('زار أيران').map((e) => e.text)).toEqual(['أيران']);
  });

  test("conventions: a ministry named by its domain is an organization under 'general' (the default), not under 'anercorp'", () => {
    const text = 'قالت وزارة الصحة ان';
    const found = (options?: ExtractorOptions): string[] => createExtractor(options).extract(text).map((e) => `${e.type}:${e.text}`);
    expect(found()).toEqual(['ORGANIZATION:وزارة الصحة']);
    expect(found({ conventions: 'general', model: false })).toEqual(['ORGANIZATION:وزارة الصحة']);
    expect(found({ conventions: 'anercorp' })).toEqual([]);
    expect(found({ conventions: 'anercorp', model: false })).toEqual([]);
    expect(createExtractor({ conventions: 'anercorp' }).options.conventions).toBe('anercorp');
  });

  test('custom entries are preferred over the bundled lexicon, and instances are independent', () => {
    const mine = createExtractor({ entries: [{ type: 'PERSON', name: 'موسكو', id: 'person:moscow' }] });
    expect(mine.extract('وصل موسكو')[0]).toMatchObject({ type: 'PERSON', id: 'person:moscow' });
    expect(createExtractor().extract('وصل موسكو')[0]).toMatchObject({ type: 'PLACE' });
    expect(extract('وصل موسكو')[0]).toMatchObject({ type: 'PLACE' });
  });

  test.each<[unknown, string]>([
    ['fast', 'createExtractor(options): expected an options object, got string'],
    [{ typs: ['PERSON'] }, 'createExtractor(options): unknown option "typs"; expected one of types, normalize, entries, bundledLexicon, nested, fuzzy, model, conventions'],
    [{ types: 'PERSON' }, 'option "types": expected an array of entity types, got string'],
    [{ types: ['PEOPLE'] }, 'option "types": unknown entity type "PEOPLE"; expected PERSON, COUNTRY, ORGANIZATION, PLACE, NATIONALITY'],
    [{ nested: 'yes' }, 'option "nested": expected a boolean, got string'],
    [{ fuzzy: { minLength: 1 } }, 'option "fuzzy.minLength": expected an integer >= 3, got 1'],
    [{ fuzzy: { threshold: 2 } }, 'option "fuzzy.threshold": expected a number in (0, 1], got 2'],
    [{ fuzzy: { distance: 2 } }, 'option "fuzzy": unknown key "distance"; expected minLength, threshold'],
    [{ conventions: 'ace' }, `option "conventions": expected one of 'general', 'anercorp', got string`],
    [{ conventions: ['anercorp'] }, `option "conventions": expected one of 'general', 'anercorp', got an array`],
  ])('rejects %j', (options, message) => {
    expect(() => createExtractor(options as ExtractorOptions)).toThrow(new TypeError(message));
  });
});

describe('fuzzy matching (opt-in)', () => {
  const fuzzy = createExtractor({ fuzzy: true });
  test.each([
    'وصل الى [الجزاءر](COUNTRY) امس',
    'في [الولايات المتحده الامريكيه](COUNTRY)',
  ])('%s', (expected) => {
    const { text } = parseAnnotated(expected);
    expect(renderAnnotated(text, fuzzy.extract(text))).toBe(expected);
    expect(renderAnnotated(text, extract(text))).toBe(expected.includes('الجزاءر') ? text : expected);
  });

  test('a fuzzy match says so and scores below exact matches', () => {
    const [entity] = fuzzy.extract('وصل الى الجزاءر امس');
    expect(entity?.source).toMatchObject({ kind: 'fuzzy', id: 'country:DZ' });
    expect(entity?.source.detail).toMatch(/^«الجزاءر» ≈ «الجزاير» \(Jaro-Winkler 0\.\d{3}\)$/);
    expect(entity?.score).toBeLessThan(extract('وصل الى الجزائر امس')[0]?.score as number);
  });

  test('short words are never fuzzy-matched', () => {
    expect(fuzzy.extract('ذهب الى مصرر')).toEqual([]);
  });
});
