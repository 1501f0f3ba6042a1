import { formatDocuments } from '../../src/index';
import { annotated } from './annotated';

const rows = (out: string): string[][] => out.trimEnd().split('\n').map((line) => line.split('\t'));

describe('tsv format', () => {
  const article = { name: 'a.txt', ...annotated('اكد [علي شمخاني](PERSON) في [موسكو](PLACE|place:moscow)') };

  test('a header, then one row per entity with offsets that slice the text', () => {
    const [header, ...body] = rows(formatDocuments('tsv', [article]));
    expect(header).toEqual(['file', 'start', 'end', 'type', 'text', 'normalized', 'canonical', 'id', 'score']);
    expect(body.map((r) => [r[0], r[3], r[4], r[7]])).toEqual([
      ['a.txt', 'PERSON', 'علي شمخاني', ''],
      ['a.txt', 'PLACE', 'موسكو', 'place:moscow'],
    ]);
    for (const row of body) expect(article.text.slice(Number(row[1]), Number(row[2]))).toBe(row[4]);
  });

  test('--explain adds a source column; header can be left out', () => {
    const out = rows(formatDocuments('tsv', [article], { explain: true, header: false }));
    expect(out.map((r) => r.length)).toEqual([10, 10]);
    expect(out[1]?.[9]).toBe('lexicon place:moscow');
  });

  test('nested entities follow their parent', () => {
    const nested = { name: 'n', ...annotated('[جامعة [القاهرة](PLACE)](ORGANIZATION)') };
    expect(rows(formatDocuments('tsv', [nested], { header: false })).map((r) => r[3])).toEqual(['ORGANIZATION', 'PLACE']);
  });

  test('a file name with a tab stays in one cell', () => {
    const odd = { name: 'a\tb.txt', ...annotated('[روسيا](COUNTRY)') };
    expect(rows(formatDocuments('tsv', [odd], { header: false }))[0]?.[0]).toBe('a\\tb.txt');
  });
});
