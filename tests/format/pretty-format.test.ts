import { formatDocuments, type ExtractedDocument } from '../../src/index';
import { annotated } from './annotated';

const ESC = '\u001b';
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

function doc(source: string, name = 'a.txt'): ExtractedDocument {
  return { name, ...annotated(source) };
}

describe('pretty format without colour', () => {
  test.each([
    'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)',
    'درس في [جامعة [القاهرة](PLACE)](ORGANIZATION)',
    'لا كيانات هنا',
  ])('the text line is the annotated notation: %s', (source) => {
    const out = formatDocuments('pretty', [doc(source)]);
    expect(out.split('\n')[0]).toBe(source);
    expect(out).not.toContain(ESC);
  });

  test('one list line per entity with type, offsets, text and known id', () => {
    const out = formatDocuments('pretty', [doc('في [موسكو](PLACE|place:moscow) و[روسيا](COUNTRY)')]);
    const list = out.split('\n').filter((l) => l.startsWith('  '));
    expect(list).toEqual(['  PLACE    3–8  موسكو  → place:moscow', '  COUNTRY  10–15  روسيا']);
  });

  test('explain adds the provenance under each entity; headings name documents', () => {
    const out = formatDocuments('pretty', [doc('[روسيا](COUNTRY|country:RU)', 'x.txt')], { explain: true, headings: true });
    expect(out.split('\n')).toEqual(['==> x.txt <==', '[روسيا](COUNTRY)', '', '  COUNTRY  0–5  روسيا  → country:RU', '      ← lexicon country:RU', '']);
  });

  test('a text without entities says so', () => {
    expect(formatDocuments('pretty', [doc('لا شيء')])).toContain('(no entities)');
  });
});

describe('pretty format: colour and shaping', () => {
  test('entities are coloured by type and nothing else changes', () => {
    const source = 'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)';
    const out = formatDocuments('pretty', [doc(source)], { color: true });
    const first = out.split('\n')[0] as string;
    expect(first).toBe(`اكد ${ESC}[1;35mعلي شمخاني${ESC}[0m في ${ESC}[1;33mموسكو${ESC}[0m`);
    expect(stripAnsi(out)).toBe(stripAnsi(formatDocuments('pretty', [doc(source)], { color: true })));
  });

  test('with shape, the coloured span is the reshaped, reversed entity', () => {
    const out = formatDocuments('pretty', [doc('في [موسكو](PLACE)')], { color: true, shape: true });
    const first = out.split('\n')[0] as string;
    const coloured = /\u001b\[1;33m(.*?)\u001b\[0m/.exec(first)?.[1];
    // «موسكو» shaped (meem initial, waw final, seen initial, kaf medial, waw final), then right to left
    expect(coloured).toBe('\uFEEE\uFEDC\uFEB3\uFEEE\uFEE3');
    expect(stripAnsi(first).endsWith('\uFEF2\uFED3')).toBe(true);
  });

  test('with shape and no colour, the marks go around each entity after reordering', () => {
    const out = formatDocuments('pretty', [doc('في [موسكو](PLACE) 2017')], { shape: true });
    // visual order, left to right: the number, then «موسكو» and «في» reshaped and reversed
    expect(out.split('\n')[0]).toBe('2017 [\uFEEE\uFEDC\uFEB3\uFEEE\uFEE3](PLACE) \uFEF2\uFED3');
  });
});
