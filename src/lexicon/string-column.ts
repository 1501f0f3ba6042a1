/**
 * A list of strings stored as one text and `count + 1` offsets: value i is
 * `text.slice(offsets[i], offsets[i + 1])`. Loads as two views, and reads a value only when asked.
 */
export interface StringColumn {
  readonly text: string;
  readonly offsets: Int32Array;
  /**
   * Value i, for a column read from a file (artifact-file.ts): it decodes the block of values that
   * holds it on first use, not the whole text (the 1.7 MB of entry ids for one entity's id).
   */
  readonly value?: (i: number) => string;
}

/** Values a block: a loaded column decodes its text this many values at a time. */
export const COLUMN_BLOCK_BITS = 8;

export function createStringColumn(values: readonly string[]): StringColumn {
  const offsets = new Int32Array(values.length + 1);
  let at = 0;
  values.forEach((value, i) => {
    offsets[i] = at;
    at += value.length;
  });
  offsets[values.length] = at;
  return { text: values.join(''), offsets };
}

export function columnLength(column: StringColumn): number {
  return column.offsets.length - 1;
}

export function columnValue(column: StringColumn, i: number): string {
  return column.value ? column.value(i) : column.text.slice(column.offsets[i], column.offsets[i + 1]);
}

/**
 * The `value` of a loaded column of `count` values: `offsets(first, end)` gives the offsets of values
 * [first, end] and `decode(from, to)` the text of code units [from, to); both are called once for
 * each block of 2^COLUMN_BLOCK_BITS values that is read.
 */
export function blockReader(count: number, offsets: (first: number, end: number) => Int32Array, decode: (from: number, to: number) => string): (i: number) => string {
  const size = 1 << COLUMN_BLOCK_BITS;
  const texts: (string | undefined)[] = new Array<string | undefined>((count >> COLUMN_BLOCK_BITS) + 1).fill(undefined);
  const starts: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(texts.length).fill(undefined);
  return (i: number): string => {
    const block = i >> COLUMN_BLOCK_BITS;
    let at = starts[block];
    let text = texts[block];
    if (at === undefined || text === undefined) {
      const first = block << COLUMN_BLOCK_BITS;
      at = offsets(first, Math.min(first + size, count));
      text = decode(at[0], at[at.length - 1]);
      starts[block] = at;
      texts[block] = text;
    }
    const k = i & (size - 1);
    return text.slice(at[k] - at[0], at[k + 1] - at[0]);
  };
}

export function columnValues(column: StringColumn): string[] {
  const values: string[] = [];
  for (let i = 0; i < columnLength(column); i++) values.push(columnValue(column, i));
  return values;
}
