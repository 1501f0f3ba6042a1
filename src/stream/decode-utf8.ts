import { isUtf8 } from 'node:buffer';

/** Bytes that are not valid UTF-8: how many replacement characters decoding produced, and where the first was. */
export interface Utf8Damage {
  /** Number of invalid sequences, each decoded as one U+FFFD REPLACEMENT CHARACTER. */
  readonly count: number;
  /** Byte offset of the first invalid sequence (relative to the scanned bytes), or -1 when there is none. */
  readonly firstOffset: number;
}

export interface DecodedUtf8 extends Utf8Damage {
  readonly text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes UTF-8 like every WHATWG decoder (a byte order mark is kept, each maximal invalid
 * subsequence becomes one U+FFFD) and reports the damage, so a caller can warn
 * «file.txt: 2 invalid UTF-8 sequences, first at byte 17» instead of silently changing the text.
 */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): DecodedUtf8 {
  const view = bytes.subarray(start, end);
  const text = decoder.decode(view);
  if (isUtf8(view)) return { text, count: 0, firstOffset: -1 };
  return { text, ...scanInvalidUtf8(view) };
}

/**
 * Counts invalid sequences with the WHATWG decoder's rules (a lead byte followed by a byte that cannot
 * continue it is one error and the offending byte is examined again), so the count equals the number
 * of U+FFFD the decoder inserts.
 */
export function scanInvalidUtf8(bytes: Uint8Array): Utf8Damage {
  let count = 0;
  let firstOffset = -1;
  const fail = (at: number): void => {
    if (count === 0) firstOffset = at;
    count += 1;
  };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const shape = leadShape(lead);
    if (shape === undefined) {
      fail(i);
      i += 1;
      continue;
    }
    let j = i + 1;
    let valid = true;
    for (let k = 0; k < shape.need; k++, j++) {
      const byte = bytes[j];
      const lower = k === 0 ? shape.lower : 0x80;
      const upper = k === 0 ? shape.upper : 0xbf;
      if (byte === undefined || byte < lower || byte > upper) {
        valid = false;
        break;
      }
    }
    if (!valid) fail(i);
    i = j;
  }
  return { count, firstOffset };
}

function leadShape(lead: number): { need: number; lower: number; upper: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { need: 1, lower: 0x80, upper: 0xbf };
  if (lead === 0xe0) return { need: 2, lower: 0xa0, upper: 0xbf };
  if (lead === 0xed) return { need: 2, lower: 0x80, upper: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { need: 2, lower: 0x80, upper: 0xbf };
  if (lead === 0xf0) return { need: 3, lower: 0x90, upper: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { need: 3, lower: 0x80, upper: 0xbf };
  if (lead === 0xf4) return { need: 3, lower: 0x80, upper: 0x8f };
  return undefined;
}
