import { formatDocuments, type ExtractedDocument } from '../../src/index';
import { annotated } from './annotated';

function doc(source: string, name = 'a.txt'): ExtractedDocument {
  return { name, ...annotated(source) };
}

describe('html format (markup; rendering is checked in tests/browser)', () => {
  test('a standalone right-to-left Arabic page without scripts', () => {
    const html = formatDocuments('html', [doc('في [موسكو](PLACE)')]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('each entity is a <mark> with its type, offsets, id and a tooltip with provenance', () => {
    const html = formatDocuments('html', [doc('في [موسكو](PLACE|place:moscow)')]);
    const mark = /<mark ([^>]*)>موسكو<\/mark>/.exec(html)?.[1] ?? '';
    expect(mark).toContain('data-type="PLACE"');
    expect(mark).toContain('data-start="3" data-end="8"');
    expect(mark).toContain('data-id="place:moscow"');
    expect(mark).toMatch(/title="مكان \(PLACE\) · المعرّف: place:moscow · المصدر: lexicon place:moscow"/);
  });

  test('text, names, ids and provenance are escaped', () => {
    const hostile = doc('<script>alert(1)</script> & [«روسيا»](COUNTRY|x"><img src=x onerror=alert`1`>)', '<b>name</b>.txt');
    const html = formatDocuments('html', [hostile]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>name');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(html).toContain('data-id="x&quot;&gt;&lt;img src=x onerror=alert`1`&gt;"');
  });

  test('counts per type cover every document and nested entities', () => {
    const html = formatDocuments('html', [doc('[جامعة [القاهرة](PLACE)](ORGANIZATION)'), doc('[روسيا](COUNTRY) و[ايران](COUNTRY)', 'b')]);
    const count = (type: string): string | undefined => new RegExp(`<td data-count="${type}">(\\d+)</td>`).exec(html)?.[1];
    expect([count('PERSON'), count('COUNTRY'), count('ORGANIZATION'), count('PLACE'), count('total')]).toEqual(['0', '2', '1', '1', '4']);
    expect(html).toMatch(/<mark data-type="ORGANIZATION"[^>]*>جامعة <mark data-type="PLACE"[^>]*>القاهرة<\/mark><\/mark>/);
  });

  test('paragraphs split at blank lines', () => {
    const html = formatDocuments('html', [doc('[روسيا](COUNTRY)\n\nفقرة ثانية\nبسطرين\n')]);
    expect(html).toContain('<p><mark');
    expect(html).toContain('<p>فقرة ثانية\nبسطرين</p>');
  });
});
