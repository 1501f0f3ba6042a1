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

  test('the key lists the types asked for; the counts, at the end, add any other type met', () => {
    const key = (html: string): string[] => [...(/<ul class="key">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/data-type="([A-Z]+)"/g)].map((m) => m[1] as string);
    const counted = (html: string): string[] => [...html.matchAll(/<td data-count="([A-Z]+)">/g)].map((m) => m[1] as string);
    const plain = formatDocuments('html', [doc('في [موسكو](PLACE)')]);
    expect(key(plain)).toEqual(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']);
    expect(counted(plain)).toEqual(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']);
    const asked = formatDocuments('html', [doc('الوفد [الروسي](NATIONALITY) في [موسكو](PLACE)')], { types: ['PLACE', 'NATIONALITY'] });
    expect(key(asked)).toEqual(['PLACE', 'NATIONALITY']);
    expect(counted(asked)).toEqual(['PLACE', 'NATIONALITY']);
    const met = formatDocuments('html', [doc('[روسيا](COUNTRY) في [موسكو](PLACE)')], { types: ['PLACE'] });
    expect(counted(met)).toEqual(['COUNTRY', 'PLACE']);
    expect(plain.indexOf('<ul class="key">')).toBeLessThan(plain.indexOf('<article'));
    expect(plain.indexOf('<table class="counts">')).toBeGreaterThan(plain.indexOf('</article>'));
  });

  test('a long document is shown in parts, each with its own table, cut where a long file is read in chunks', () => {
    const source = Array.from({ length: 6 }, (_, i) => `الفقرة ${i} عن [موسكو](PLACE).`).join('\n\n');
    const html = formatDocuments('html', [doc(source)], { chunkSize: 60 });
    const parts = html.split('<div class="text">').length - 1;
    expect(parts).toBeGreaterThan(1);
    expect(html.split('<summary>').length - 1).toBe(parts);
    expect([...html.matchAll(/<mark [^>]*data-start="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(annotated(source).entities.map((e) => e.start));
  });
});
