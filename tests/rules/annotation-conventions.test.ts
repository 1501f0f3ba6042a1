import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * The conventions with the learned tagger on (the default): the model decides the spans; where it
 * finds no name, a head noun's reading stands («[وزارة الصحة]» under 'general'); under 'anercorp' a
 * ministry the model found is dropped after it (drop-unnamed-bodies). Invented sentences.
 */
describe('annotation conventions with the model', () => {
  const general = createExtractor({ conventions: 'general' });
  const anercorp = createExtractor({ conventions: 'anercorp' });

  test("'general': where the model finds nothing, the head noun's reading of a ministry stands", () => {
    const [ministry, ...rest] = general.extract('قالت وزارة الصحة ان عدد الاصابات ارتفع');
    expect(rest).toEqual([]);
    expect(ministry).toMatchObject({ type: 'ORGANIZATION', text: 'وزارة الصحة', source: { kind: 'rule', id: 'org-head' } });
  });

  test("'general': a ministry the model finds is its span", () => {
    const [ministry] = general.extract('وأكدت وزارة الداخلية الأردنية أن الحدود مغلقة');
    expect(ministry).toMatchObject({ type: 'ORGANIZATION', text: 'وزارة الداخلية الأردنية', source: { kind: 'model' } });
  });

  test.each([
    'قالت وزارة الصحة ان عدد الاصابات ارتفع',
    // The model finds this one; it is dropped after it.
    'وأكدت وزارة الداخلية الأردنية أن الحدود مغلقة',
    'وصل وفد من وزارة الخارجية الألمانية الى [عمان](PLACE) امس',
    // The rest stands.
    'أعلن [حزب العدالة والتنمية](ORGANIZATION) فوزه',
  ])("'anercorp': no ministry is a name, whoever found it: %s", (expected) => expectExtractedBy(anercorp, expected));
});
