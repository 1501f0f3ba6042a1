import fc from 'fast-check';
import { createExtractor } from '../../src/index';
import { createTextDecoder } from '../../src/stream/create-text-decoder';
import { decodeUtf8 } from '../../src/stream/decode-utf8';
import { findChunkEnd } from '../../src/stream/find-chunk-end';
import { createTextChunkReader } from '../../src/stream/read-text-chunks';
import { extractTextChunks } from '../../src/stream';
import type { Entity } from '../../src/types';
import { annotate, TEST_OPTIONS } from './fixtures';

/** The cuts of the whole text, chunk after chunk. */
function cutsOf(text: string, chunkSize: number): number[] {
  const cuts: number[] = [];
  for (let start = 0; start < text.length; ) {
    start = findChunkEnd(text, start, chunkSize);
    cuts.push(start);
  }
  return cuts;
}

/** Splits `bytes` at the given (sorted, deduplicated) positions. */
function pieces(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [0, ...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  return points.map((p, i) => bytes.subarray(p, points[i + 1] ?? bytes.length)).filter((piece, i) => piece.length > 0 || i === 0);
}

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('findChunkEnd: where a long text is cut', () => {
  // `|` marks the expected cut; the window is 20 characters from 0.
  test.each([
    ['after a blank line in the second half of the window', 'السطر الاول هنا\n\n|ثم فقرة ثانية طويلة'],
    ['after the last line break when no blank line is late enough', 'سطر\n\nثم سطر اخر\n|ثم الباقي هنا وهنا'],
    ['after the last white space in a text without line breaks', 'كلمة كلمة كلمة كلمة |كلمةطويلة'],
    // 19 letters, then an emoji whose two halves sit at 19 and 20: the cut moves before it.
    ['inside an endless word, never between a surrogate pair', 'ابتثجحخدذرزسشصضطظعغ|\u{1F600}ووووو'],
  ])('%s', (_label, marked) => {
    const text = marked.replace('|', '');
    expect(findChunkEnd(text, 0, 20)).toBe(marked.indexOf('|'));
  });

  test('the rest of the text when it fits', () => {
    expect(findChunkEnd('قصير', 0, 20)).toBe(4);
  });

  test('a refused cut point is passed over', () => {
    const text = 'الف باء\nتاء ثاء جيم دال ذال راء زاي';
    expect(findChunkEnd(text, 0, 20)).toBe(8);
    expect(findChunkEnd(text, 0, 20, (p) => p !== 8)).toBe(20);
  });

  test('chunks cover the text, each at most chunkSize long, cut only where the rules allow', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('م', 'و', 'س', ' ', '\n', '\n\n', '\u{1F600}') }), fc.integer({ min: 2, max: 40 }), (text, size) => {
        let start = 0;
        for (const cut of cutsOf(text, size)) {
          expect(cut).toBeGreaterThan(start);
          expect(cut - start).toBeLessThanOrEqual(size);
          const code = text.charCodeAt(cut - 1);
          expect(code >= 0xd800 && code <= 0xdbff).toBe(false);
          start = cut;
        }
        expect(start).toBe(text.length);
      }),
    );
  });
});

describe('createTextDecoder: a stream decodes as the whole does', () => {
  const utf8 = fc.oneof(fc.string({ unit: 'grapheme' }).map((s) => Buffer.from(s, 'utf8')), fc.uint8Array({ maxLength: 40 }));

  test('UTF-8, valid or not, cut anywhere: same text, same damage', () => {
    fc.assert(
      fc.property(utf8, fc.array(fc.nat(), { maxLength: 6 }), (bytes, at) => {
        // Not a UTF-16 byte order mark, which would change the encoding.
        fc.pre(!(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff));
        const decoder = createTextDecoder();
        const text = pieces(bytes, at).map((piece) => decoder.write(piece)).join('') + decoder.end();
        const whole = decodeUtf8(bytes);
        expect(text).toBe(whole.text);
        expect(decoder.damage).toEqual({ count: whole.count, firstOffset: whole.firstOffset });
      }),
    );
  });

  test.each([
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('في موسكو \u{1F600}', 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('في موسكو \u{1F600}', 'utf16le').swap16()])],
  ])('%s with its byte order mark, cut anywhere (the mark kept as U+FEFF)', (encoding, bytes) => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = createTextDecoder();
      const text = decoder.write(bytes.subarray(0, cut)) + decoder.write(bytes.subarray(cut)) + decoder.end();
      expect([decoder.encoding, text]).toEqual([encoding, '\uFEFFفي موسكو \u{1F600}']);
    }
  });
});

describe('createTextChunkReader', () => {
  test('cuts a text read in any pieces where the whole text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('م', 'و', 'س', ' ', '\n', '\n\n', 'é', '\u{1F600}') }), fc.integer({ min: 2, max: 30 }), fc.array(fc.nat(), { maxLength: 8 }), async (text, size, at) => {
        const bytes = Buffer.from(text, 'utf8');
        const chunks = [];
        for await (const chunk of createTextChunkReader(from(pieces(bytes, at)), size).chunks()) chunks.push(chunk);
        expect(chunks.map((c) => c.offset + c.text.length)).toEqual(cutsOf(text, size));
        expect(chunks.map((c) => c.text).join('')).toBe(text);
        for (const chunk of chunks) expect(text.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text);
      }),
    );
  });
});

describe('extractTextChunks: a long text in chunks, offsets into the whole text', () => {
  // Paragraphs of the test notation; no entity can cross a cut, which falls between paragraphs.
  const PARAGRAPHS = [
    'اكد [علي شمخاني](PERSON) في [موسكو](PLACE) ان الاتفاق قائم.',
    'و[روسيا](COUNTRY) و[ايران](COUNTRY) اتفقتا امس.',
    'لا كيانات في هذه الفقرة.',
    'زار [موسكو](PLACE) وفد من [ايران](COUNTRY) امس.',
  ];
  const source = Array.from({ length: 60 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n') + '\n';
  const text = source.replace(/\[([^\]]*)\]\([A-Z]+\)/g, '$1');

  async function extractAll(chunkSize: number, input: Iterable<Uint8Array | string>): Promise<{ entities: Entity[]; offsets: number[] }> {
    const entities: Entity[] = [];
    const offsets: number[] = [];
    for await (const chunk of extractTextChunks(from([...input]), { ...TEST_OPTIONS, chunkSize })) {
      offsets.push(chunk.offset);
      for (const entity of chunk.entities) expect(chunk.text.slice(entity.start - chunk.offset, entity.end - chunk.offset)).toBe(entity.text);
      entities.push(...chunk.entities);
    }
    return { entities, offsets };
  }

  test('every entity slices the whole text at its offsets, across many chunks', async () => {
    const { entities, offsets } = await extractAll(150, [Buffer.from(text, 'utf8')]);
    expect(offsets.length).toBeGreaterThan(10);
    expect(annotate(text, entities)).toBe(source);
  });

  test('the entities equal those of the whole text when no entity crosses a cut', async () => {
    const whole = createExtractor(TEST_OPTIONS).extract(text);
    const bytes = Buffer.from(text, 'utf8');
    // Read in 7-byte pieces: sequences and chunks are cut in the middle of everything.
    const sevens = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const { entities } = await extractAll(257, sevens);
    expect(entities).toEqual(whole);
  });

  test('names are linked within a chunk, not across chunks', async () => {
    // «شمخاني» alone is a person here only as a later mention of «علي شمخاني», for the lexicon and
    // the rules (model: false): the learned tagger reads the subject of «رحب» as a name by itself,
    // which is no link.
    const linked = 'اكد علي شمخاني ونظيره الروسي نيكولاي باتروشيف ان الاتفاق قائم.\n\nورحب شمخاني بالاتفاق.\n';
    const found = async (chunkSize: number): Promise<string[]> => {
      const names: string[] = [];
      for await (const chunk of extractTextChunks(from([linked]), { chunkSize, model: false })) names.push(...chunk.entities.map((e) => `${e.text}@${e.start}/${e.source.kind}`));
      return names;
    };
    const later = linked.lastIndexOf('شمخاني');
    expect(await found(1000)).toContain(`شمخاني@${later}/propagation`);
    expect((await found(70)).filter((name) => name.startsWith('شمخاني@'))).toEqual([]);
  });

  test('invalid UTF-8 is reported once, at the end', async () => {
    const damaged: unknown[] = [];
    const bytes = Buffer.concat([Buffer.from('في موسكو ', 'utf8'), Buffer.from([0xff]), Buffer.from(' روسيا', 'utf8')]);
    const chunks = [];
    for await (const chunk of extractTextChunks(from([bytes]), { ...TEST_OPTIONS, onInvalidUtf8: (d) => damaged.push(d) })) chunks.push(chunk);
    expect(chunks.flatMap((c) => c.entities.map((e) => e.text))).toEqual(['موسكو', 'روسيا']);
    expect(damaged).toEqual([{ count: 1, firstOffset: Buffer.byteLength('في موسكو ') }]);
  });
});
