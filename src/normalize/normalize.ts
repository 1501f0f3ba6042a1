import type { NormalizeOptions } from '../types';
import { compileFoldTable } from './compile-fold-table';
import { foldText, foldedString } from './fold-text';
import { describeValue } from '../describe-value';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** The result of `normalize`: the folded text and the exact map back to the original string. */
export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** The input, unchanged. */
  readonly original: string;
  /** `starts[i]`: where folded code unit i begins in the original. Non-decreasing. */
  readonly starts: Int32Array;
  /** `ends[i]`: where folded code unit i ends in the original, including the diacritics folded away after it. Non-decreasing. */
  readonly ends: Int32Array;
  /** Maps a half-open range of the folded text to the half-open range of the original it came from. */
  toOriginal(start: number, end: number): OffsetRange;
}

/**
 * Folds Arabic spelling variation so that different spellings of a name meet, keeping an exact
 * map to the original offsets. Each fold is switchable; all are on by default. Idempotent:
 * `normalize(normalize(x).text).text === normalize(x).text`.
 *
 * @example normalize('أَكَّدَ').text === 'اكد'
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  if (typeof text !== 'string') {
    throw new TypeError(`normalize(text): expected text to be a string, got ${describeValue(text)}`);
  }
  const folded = foldText(text, compileFoldTable(options));
  const length = folded.length;
  const starts = folded.starts.slice(0, length);
  const ends = folded.ends.slice(0, length);
  return {
    text: foldedString(folded),
    original: text,
    starts,
    ends,
    toOriginal(start: number, end: number): OffsetRange {
      return mapRange(starts, ends, length, text.length, start, end);
    },
  };
}

/** Maps [start, end) of the folded text to the original; an empty range maps to a point. */
export function mapRange(starts: Int32Array, ends: Int32Array, length: number, originalLength: number, start: number, end: number): OffsetRange {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
    throw new RangeError(`toOriginal(${start}, ${end}): expected 0 <= start <= end <= ${length}`);
  }
  if (start === end) {
    const at = start < length ? starts[start] : originalLength;
    return { start: at, end: at };
  }
  return { start: starts[start], end: ends[end - 1] };
}
