import { DELETE_DROP, DELETE_MARK, KEEP, MULTI_BASE, type CompiledFolds } from './compile-fold-table';

/**
 * Folded text as code units, with the map back to the original string: folded unit i came from
 * `original.slice(starts[i], ends[i])`. A unit's range also covers the marks deleted after it, so
 * «مُحَمَّدٌ» folds to «محمد» whose last unit ends after the tanween. A ligature expands to several
 * units that share one original range («ﻻ» → «لا», both mapped to the ligature).
 */
export interface FoldedBuffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

export function createFoldedBuffer(capacity = 256): FoldedBuffer {
  return { codes: new Uint16Array(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity), length: 0 };
}

function grow(buffer: FoldedBuffer, needed: number): void {
  // Doubling amortizes small steps; a document far larger than the last gets what it needs, not the
  // next power of two (a 570k-character document takes 5.7 MB here, not 10.5).
  const capacity = Math.max(needed, buffer.codes.length * 2);
  const codes = new Uint16Array(capacity);
  codes.set(buffer.codes.subarray(0, buffer.length));
  const starts = new Int32Array(capacity);
  starts.set(buffer.starts.subarray(0, buffer.length));
  const ends = new Int32Array(capacity);
  ends.set(buffer.ends.subarray(0, buffer.length));
  buffer.codes = codes;
  buffer.starts = starts;
  buffer.ends = ends;
}

/**
 * Folds `text` into `buffer` (reused between calls by an extractor to avoid allocation).
 * One pass, one table lookup per code unit; surrogates (astral characters) pass through unchanged.
 */
export function foldText(text: string, folds: CompiledFolds, buffer: FoldedBuffer = createFoldedBuffer(text.length + 16)): FoldedBuffer {
  const action = folds.action;
  const n = text.length;
  if (buffer.codes.length < n + 16) grow(buffer, n + 16);
  let codes = buffer.codes;
  let starts = buffer.starts;
  let ends = buffer.ends;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const a = action[c];
    if (a === KEEP) {
      codes[len] = c;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
    } else if (a >= 0 && a < MULTI_BASE) {
      codes[len] = a;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
    } else if (a === DELETE_MARK) {
      // A diacritic or tatweel belongs to the letter before it: extend that letter's range.
      if (len > 0) ends[len - 1] = i + 1;
    } else if (a === DELETE_DROP) {
      continue;
    } else {
      const replacement = folds.multi[a - MULTI_BASE];
      // Room for the expansion and for the rest of the input, which may keep every unit.
      if (len + replacement.length + (n - i) + 16 > codes.length) {
        buffer.length = len;
        grow(buffer, len + replacement.length + (n - i) + 16);
        codes = buffer.codes;
        starts = buffer.starts;
        ends = buffer.ends;
      }
      for (let k = 0; k < replacement.length; k++) {
        codes[len] = replacement.charCodeAt(k);
        starts[len] = i;
        ends[len] = i + 1;
        len++;
      }
    }
  }
  buffer.length = len;
  return buffer;
}

/** The folded code units as a string (a native copy; lone surrogates are preserved). */
export function foldedString(buffer: FoldedBuffer, start = 0, end = buffer.length): string {
  if (end <= start) return '';
  const codes = buffer.codes;
  return Buffer.from(codes.buffer, codes.byteOffset + start * 2, (end - start) * 2).toString('utf16le');
}
