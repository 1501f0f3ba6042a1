import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * drop-work-titles: a quoted title after «رواية», «فيلم», «كتاب» … names a work, so no place or
 * person is read inside it, whoever proposed one, under both conventions; the same names outside a
 * title stand. Invented sentences.
 */
describe('drop-work-titles', () => {
  const extractors = [
    ['the model', createExtractor()],
    ['the lexicon and the rules alone', createExtractor({ model: false })],
    ["'anercorp'", createExtractor({ conventions: 'anercorp' })],
  ] as const;

  describe.each(extractors)('with %s', (_, extractor) => {
    test.each([
      'وأخرج فيلم " باريس " و " لندن " في عامين',
      'صدر له كتاب « مصر القديمة » عن دار نشر في [بيروت](PLACE)',
      'زار الكاتب [القاهرة](PLACE) ثم كتب رواية " دمشق " ونشرها في [بيروت](PLACE)',
      'وعرض فيلم " عمر المختار " في [دمشق](PLACE)',
      // A quote too long for a title is not one.
      'وقال في كتاب " لقد زرت [دمشق](PLACE) مرات كثيرة قبل ان تبدأ الحرب عليها " انه',
    ])('%s', (expected) => expectExtractedBy(extractor, expected));
  });

  test("the caller's own entry stands inside a title", () => {
    const mine = createExtractor({ entries: [{ type: 'PLACE', name: 'دمشق', id: 'place:damascus' }] });
    expectExtractedBy(mine, 'ثم كتب رواية " [دمشق](PLACE) " ونشرها');
  });
});
