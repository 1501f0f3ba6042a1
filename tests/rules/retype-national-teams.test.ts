import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * retype-national-teams: under 'anercorp' the country after «منتخب» is a place, even where the
 * lexicon's team entry or the model reads an organization; under 'general' the team is the
 * organization. Invented sentences.
 */
describe('retype-national-teams', () => {
  const general = createExtractor({ conventions: 'general' });
  const anercorp = createExtractor({ conventions: 'anercorp' });

  test("the curated team «منتخب الأرجنتين»: an organization under 'general', its country under 'anercorp'", () => {
    expectExtractedBy(general, 'سجل مهاجم [منتخب الارجنتين](ORGANIZATION) هدفين في المباراة');
    expectExtractedBy(anercorp, 'سجل مهاجم منتخب [الارجنتين](COUNTRY) هدفين في المباراة');
  });

  test("'anercorp': the country keeps its entry", () => {
    const [country] = anercorp.extract('سجل مهاجم منتخب الارجنتين هدفين في المباراة');
    expect(country).toMatchObject({ type: 'COUNTRY', id: 'country:AR' });
  });

  test.each([
    [{ model: false }, 'سجل مهاجم منتخب [الارجنتين](COUNTRY) هدفين في المباراة'],
    // The team noun read as this fold writes it, with a hamza the country keeps.
    [{ normalize: { alef: false } }, 'سجل مهاجم منتخب [الأرجنتين](COUNTRY) هدفين في المباراة'],
  ] as const)("'anercorp' with %j: %s", (options, expected) => {
    expectExtractedBy(createExtractor({ conventions: 'anercorp', ...options }), expected);
  });
});
