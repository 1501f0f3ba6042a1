import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * trim-edge-quotes: a name does not begin or end on a quotation mark, whoever found it. The model
 * takes a channel in with its descriptor and the opening quote, «[قناة " العربية]»; under 'anercorp'
 * the descriptor is trimmed off after it, and the quote with it. Invented sentences.
 */
describe('trim-edge-quotes', () => {
  const anercorp = createExtractor({ conventions: 'anercorp' });

  test.each([
    'وقالت قناة " [العربية](ORGANIZATION) " ان الوفد وصل .',
    'وذكرت صحيفة " [المستقبل](ORGANIZATION) " اللبنانية ان الاجتماع تأجل .',
  ])("'anercorp': %s", (expected) => expectExtractedBy(anercorp, expected));

  test('every entity of a quote-heavy text begins and ends on a letter', () => {
    const text = 'قال " محمد " ان « شركة أبل » و" قناة الجزيرة " و«مصر» ستشارك في مؤتمر " باريس " .';
    for (const extractor of [anercorp, createExtractor()]) {
      for (const entity of extractor.extract(text)) expect(entity.text).toMatch(/^[^"«»'“”\s].*[^"«»'“”\s]$|^[^"«»'“”\s]$/u);
    }
  });
});
