import { expectExtracted, extractor } from '../support/extracted-text';

describe('person-foreign-name: a foreign surname standing alone', () => {
  test.each(['[رايس](PERSON) قالت', 'وقالت [ميركل](PERSON) ان', 'وقال [بلير](PERSON) ان'])('%s', (expected) => expectExtracted(expected));

  test.each(['وقال من جاء', 'في لندن امس', 'حصل على جائزة نوبل في الفيزياء'])('not when common, another entity or a prize: %s', (text) => {
    expect(extractor.extract(text).filter((e) => e.type === 'PERSON' && e.source.id === 'person-foreign-name')).toEqual([]);
  });
});
