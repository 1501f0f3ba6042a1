import { toEntityRecord } from '../../src/format/entity-record';
import { formatDocuments, type ExtractedDocument } from '../../src/index';
import { annotated } from './annotated';

function doc(name: string, source: string): ExtractedDocument {
  return { name, ...annotated(source) };
}

describe('json format', () => {
  const a = doc('a.txt', 'اكد [علي شمخاني](PERSON) في [موسكو](PLACE|place:moscow)');
  const b = doc('b.txt', 'لا شيء');

  test('is always an array of {file, entities}, entities as toEntityRecord gives them', () => {
    const parsed = JSON.parse(formatDocuments('json', [a, b])) as unknown;
    expect(parsed).toEqual([
      { file: 'a.txt', entities: a.entities.map((e) => toEntityRecord(e)) },
      { file: 'b.txt', entities: [] },
    ]);
    expect(JSON.parse(formatDocuments('json', [a]))).toHaveLength(1);
    expect(formatDocuments('json', [])).toBe('[]\n');
  });

  test('records carry offsets into the text and omit provenance unless explained', () => {
    const moscow = a.entities[1] as (typeof a.entities)[number];
    const record = toEntityRecord(moscow);
    expect(record).toMatchObject({ type: 'PLACE', text: 'موسكو', id: 'place:moscow' });
    expect(a.text.slice(record.start, record.end)).toBe('موسكو');
    expect(record).not.toHaveProperty('source');
    expect(toEntityRecord(moscow, { explain: true }).source).toEqual({ kind: 'lexicon', id: 'place:moscow' });
  });

  test('nested entities are kept', () => {
    const nested = doc('n', '[جامعة [القاهرة](PLACE)](ORGANIZATION)');
    const [parsed] = JSON.parse(formatDocuments('json', [nested])) as Array<{ entities: Array<{ nested?: Array<{ text: string }> }> }>;
    expect(parsed?.entities[0]?.nested?.map((e) => e.text)).toEqual(['القاهرة']);
  });
});

describe('jsonl format', () => {
  test('one {id, entities} line per document', () => {
    const out = formatDocuments('jsonl', [doc('1', '[روسيا](COUNTRY)'), doc('2', 'لا شيء')]);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; entities: unknown[] });
    expect(lines.map((l) => [l.id, l.entities.length])).toEqual([
      ['1', 1],
      ['2', 0],
    ]);
  });
});
