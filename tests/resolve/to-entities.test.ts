import { createExtractor } from '../../src/extractor';
import type { EntityType } from '../../src/types';
import { parseAnnotated, renderAnnotated } from '../support/annotated-text';

/** The entities of the requested types, top level only, in the annotated notation. */
function expectTyped(types: readonly EntityType[], expected: string): void {
  const { text } = parseAnnotated(expected);
  const entities = createExtractor({ types, nested: true }).extract(text);
  expect(renderAnnotated(text, entities)).toBe(expected);
}

describe('toEntities: a type filter does not hide what lies inside an entity of another type', () => {
  test.each([
    'درس في جامعة [القاهرة](PLACE)',
    'يعمل في مستشفى [دمشق](PLACE) الوطني',
  ])('PLACE only: %s', (expected) => expectTyped(['PLACE'], expected));

  test.each(['وصل وفد من جامعة [الكويت](COUNTRY)'])('COUNTRY only: %s', (expected) => expectTyped(['COUNTRY'], expected));

  test.each([
    'درس في [جامعة القاهرة](ORGANIZATION)',
  ])('ORGANIZATION only: the outer entity, the inner one not asked for: %s', (expected) => expectTyped(['ORGANIZATION'], expected));

  test('the inner entity keeps its own fields', () => {
    const [place] = createExtractor({ types: ['PLACE'], nested: true }).extract('درس في جامعة القاهرة');
    expect(place).toMatchObject({ type: 'PLACE', text: 'القاهرة', source: { kind: 'lexicon' } });
    expect(place?.nested).toBeUndefined();
  });

  test('without nested, the outer entity of another type takes its tokens and gives nothing', () => {
    expect(createExtractor({ types: ['PLACE'] }).extract('درس في جامعة القاهرة')).toEqual([]);
  });
});
