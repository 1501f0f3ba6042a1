import { createFormatter, OUTPUT_FORMATS, type DocumentPart } from '../../src/index';
import { findChunkEnd } from '../../src/stream/find-chunk-end';
import { annotated } from './annotated';

// A document read in parts (openDocument, addPart per part, closeDocument) formats exactly as the
// whole document given to add(): the CLI streams long files this way.

const SOURCE = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? `اكد [علي شمخاني](PERSON) في [موسكو](PLACE) رقم ${i}.` : i % 3 === 1 ? `و[روسيا](COUNTRY) اتفقت مع [ايران](COUNTRY)\nفي سطر ثان ${i}` : `لا شيء هنا ${i}`)).join('\n\n') + '\n';
const DOCUMENT = { name: 'long.txt', ...annotated(SOURCE) };
const CHUNK = 70;

function parts(): DocumentPart[] {
  const { text, entities } = DOCUMENT;
  const out: DocumentPart[] = [];
  for (let start = 0; start < text.length; ) {
    const end = findChunkEnd(text, start, CHUNK);
    out.push({ text: text.slice(start, end), offset: start, entities: entities.filter((e) => e.start >= start && e.start < end) });
    start = end;
  }
  return out;
}

describe.each(OUTPUT_FORMATS)('%s: a document in parts', (format) => {
  test('formats as the whole document does', () => {
    const whole = createFormatter(format, { chunkSize: CHUNK });
    const expected = whole.start() + whole.add(DOCUMENT) + whole.add({ ...DOCUMENT, name: 'again' }) + whole.finish();
    const streamed = createFormatter(format, { chunkSize: CHUNK });
    let out = streamed.start();
    for (const name of ['long.txt', 'again']) {
      out += streamed.openDocument(name);
      for (const part of parts()) out += streamed.addPart(part);
      out += streamed.closeDocument();
    }
    expect(parts().length).toBeGreaterThan(3);
    expect(out + streamed.finish()).toBe(expected);
  });

  test('calls out of order are refused', () => {
    const formatter = createFormatter(format);
    formatter.start();
    expect(() => formatter.addPart({ text: '', offset: 0, entities: [] })).toThrow(/no document is open/);
    formatter.openDocument('a');
    expect(() => formatter.openDocument('b')).toThrow(/still open/);
    expect(() => formatter.finish()).toThrow(/still open/);
    formatter.closeDocument();
    expect(() => formatter.closeDocument()).toThrow(/no document is open/);
  });
});
