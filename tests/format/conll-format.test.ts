import { formatDocuments, tokenize } from '../../src/index';
import { tagTokenPieces } from '../../src/format/tag-token-pieces';
import { annotated } from './annotated';

/** `token/TAG` pairs joined by spaces: compact enough to read the expectation at a glance. */
function tagged(source: string): string {
  const { text, entities } = annotated(source);
  return tagTokenPieces(text, tokenize(text), entities)
    .map((p) => `${p.text}/${p.tag}`)
    .join(' ');
}

describe('tagTokenPieces', () => {
  test.each([
    ['اكد [علي شمخاني](PERSON) في [موسكو](PLACE)', 'اكد/O علي/B-PERSON شمخاني/I-PERSON في/O موسكو/B-PLACE'],
    ['و[روسيا](COUNTRY) .', 'و/O روسيا/B-COUNTRY ./O'],
    ['ب[موسكو](PLACE)و[روسيا](COUNTRY)', 'ب/O موسكو/B-PLACE و/O روسيا/B-COUNTRY'],
    ['[روسيا](COUNTRY) [ايران](COUNTRY)', 'روسيا/B-COUNTRY ايران/B-COUNTRY'],
    ['لا كيانات', 'لا/O كيانات/O'],
  ])('%s', (source, expected) => expect(tagged(source)).toBe(expected));

  test('every tagged piece is exact text of the input', () => {
    const { text, entities } = annotated('وقال [بوتين](PERSON) ل[روسيا](COUNTRY) اليوم');
    for (const piece of tagTokenPieces(text, tokenize(text), entities)) expect(text.slice(piece.start, piece.end)).toBe(piece.text);
  });
});

describe('conll format', () => {
  test('tab-separated rows; a blank line after each sentence, line break and document', () => {
    const first = { name: 'a', ...annotated('زار [موسكو](PLACE). ثم عاد\nالى [ايران](COUNTRY)') };
    const second = { name: 'b', ...annotated('[روسيا](COUNTRY)') };
    expect(formatDocuments('conll', [first, second])).toBe(
      'زار\tO\nموسكو\tB-PLACE\n.\tO\n\nثم\tO\nعاد\tO\n\nالى\tO\nايران\tB-COUNTRY\n\nروسيا\tB-COUNTRY\n\n',
    );
  });
});
