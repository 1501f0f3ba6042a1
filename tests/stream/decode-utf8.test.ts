import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { decodeUtf8 } from '../../src/stream/decode-utf8';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (s: string): number[] => [...Buffer.from(s, 'utf8')];

/** Occurrences of the valid encoding of U+FFFD itself, which also decode to U+FFFD. */
function validReplacementChars(data: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < data.length; i++) if (data[i] === 0xef && data[i + 1] === 0xbf && data[i + 2] === 0xbd) n++;
  return n;
}

describe('decodeUtf8', () => {
  test.each([
    ['valid Arabic', bytes(...utf8('موسكو')), 0, -1],
    ['a lone continuation byte after «ب»', bytes(...utf8('ب'), 0x80, ...utf8('ا')), 1, 2],
    ['a truncated 3-byte sequence at the end', bytes(0x61, 0xe2, 0x82), 1, 1],
    ['an overlong encoding of «/»', bytes(0xc0, 0xaf), 2, 0],
    ['a surrogate half (ED A0 80) counts per byte', bytes(0xed, 0xa0, 0x80), 3, 0],
    ['lead byte followed by ASCII: the ASCII is kept', bytes(0xd8, 0x41), 1, 0],
    ['0xFF twice', bytes(0x20, 0xff, 0xff), 2, 1],
  ])('%s', (_name, data, count, firstOffset) => {
    const decoded = decodeUtf8(data);
    expect([decoded.count, decoded.firstOffset]).toEqual([count, firstOffset]);
    expect(decoded.text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(data));
  });

  test('a byte order mark is kept (offsets must match other decoders of the file)', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...utf8('نص'))).text).toBe('\uFEFFنص');
  });

  test('property: count = replacement characters produced, and everything before firstOffset is valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
        const decoded = decodeUtf8(data);
        const replacements = [...decoded.text].filter((c) => c === '\uFFFD').length;
        expect(decoded.count).toBe(replacements - validReplacementChars(data));
        if (decoded.count > 0) {
          expect(isUtf8(data.subarray(0, decoded.firstOffset))).toBe(true);
        } else {
          expect(decoded.firstOffset).toBe(-1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
