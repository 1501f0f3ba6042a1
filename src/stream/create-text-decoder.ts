import { TextDecoder } from 'node:util';
import { decodeUtf8, type Utf8Damage } from './decode-utf8';

/** The encodings a text input is read in: UTF-8, or UTF-16 when it opens with a byte order mark. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Decodes a text input piece by piece, as it is read. The output is exactly what decoding the whole
 * input at once gives, whatever the pieces are: a UTF-8 sequence cut between two pieces is held back
 * until its end arrives.
 */
export interface TextStreamDecoder {
  /** Decodes the next bytes; returns the text they complete (possibly ''). */
  write(bytes: Uint8Array): string;
  /** Decodes what is held back at the end of the input (an incomplete sequence becomes U+FFFD). */
  end(): string;
  /** The encoding, known after the first two bytes (UTF-8 until then). */
  readonly encoding: TextEncoding;
  /** Invalid UTF-8 met so far; `firstOffset` counts bytes from the start of the input. */
  readonly damage: Utf8Damage;
}

/** The bytes a UTF-16 file opens with (a byte order mark); U+FEFF cannot start a UTF-8 file this way. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * A decoder for text files: UTF-8, whose invalid sequences become U+FFFD and are counted (so the CLI
 * can warn «2 invalid UTF-8 sequences, first at byte 17»), or UTF-16 LE/BE when the input opens with
 * their byte order mark — a file saved as «Unicode» by Windows Notepad, which read as UTF-8 gave no
 * entities at all. A byte order mark is kept as U+FEFF ZERO WIDTH NO-BREAK SPACE at offset 0, so
 * offsets match what other tools see.
 */
export function createTextDecoder(): TextStreamDecoder {
  let encoding: TextEncoding = 'utf-8';
  let sniffed = false;
  let utf16: TextDecoder | undefined;
  let held: Uint8Array = new Uint8Array(0);
  let heldOffset = 0;
  let damage: Utf8Damage = { count: 0, firstOffset: -1 };

  const decodeComplete = (bytes: Uint8Array, final: boolean): string => {
    if (utf16 !== undefined) return utf16.decode(bytes, { stream: !final });
    const joined = held.length === 0 ? bytes : concat(held, bytes);
    const cut = final ? joined.length : completeLength(joined);
    const decoded = decodeUtf8(joined, 0, cut);
    if (decoded.count > 0) {
      damage = { count: damage.count + decoded.count, firstOffset: damage.count > 0 ? damage.firstOffset : heldOffset + decoded.firstOffset };
    }
    held = joined.slice(cut);
    heldOffset += cut;
    return decoded.text;
  };

  return {
    write(bytes: Uint8Array): string {
      if (!sniffed) {
        // Two bytes tell UTF-16's byte order mark; wait for them.
        const start = held.length === 0 ? bytes : concat(held, bytes);
        if (start.length < 2) {
          held = start;
          return '';
        }
        sniffed = true;
        held = new Uint8Array(0);
        const utf16Encoding = sniffUtf16(start);
        if (utf16Encoding !== undefined) {
          encoding = utf16Encoding;
          utf16 = new TextDecoder(utf16Encoding, { ignoreBOM: true });
        }
        return decodeComplete(start, false);
      }
      return decodeComplete(bytes, false);
    },
    end(): string {
      sniffed = true;
      return decodeComplete(new Uint8Array(0), true);
    },
    get encoding(): TextEncoding {
      return encoding;
    },
    get damage(): Utf8Damage {
      return damage;
    },
  };
}

/**
 * The length of the longest prefix of `bytes` that ends where a UTF-8 sequence may end: an
 * incomplete sequence at the end is held back. Cutting just before a byte that is not a continuation
 * byte decodes exactly as the whole does (the WHATWG decoder ends any open sequence there).
 */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let i = length - 1; i >= 0 && i >= length - 3; i--) {
    const byte = bytes[i];
    if (byte < 0x80) return length;
    if (byte >= 0xc0) {
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length - i < needs ? i : length;
    }
  }
  return length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
