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
 * each block of 2^COLUMN_BLOCK_BITS values that is read. A value is cut from its block's text once
 * and kept: every entity «روسيا» of a corpus gets the one id string, not a new slice each time.
 */
export function blockReader(count: number, offsets: (first: number, end: number) => Int32Array, decode: (from: number, to: number) => string): (i: number) => string {
  const size = 1 << COLUMN_BLOCK_BITS;
  const blocks = new Array<ColumnBlock | undefined>((count >> COLUMN_BLOCK_BITS) + 1).fill(undefined);
  const readBlock = (block: number): ColumnBlock => {
    const first = block << COLUMN_BLOCK_BITS;
    const at = offsets(first, Math.min(first + size, count));
    const read: ColumnBlock = { at, text: decode(at[0], at[at.length - 1]), values: new Array<string | undefined>(size).fill(undefined) };
    blocks[block] = read;
    return read;
  };
  return (i: number): string => {
    const block = blocks[i >> COLUMN_BLOCK_BITS] ?? readBlock(i >> COLUMN_BLOCK_BITS);
    const k = i & (size - 1);
    let value = block.values[k];
    if (value === undefined) {
      value = block.text.slice(block.at[k] - block.at[0], block.at[k + 1] - block.at[0]);
      block.values[k] = value;
    }
    return value;
  };
}

/** A block of a loaded column: its values' offsets and text, and the values cut from it so far. */
interface ColumnBlock {
  readonly at: Int32Array;
  readonly text: string;
  readonly values: (string | undefined)[];
}

export function columnValues(column: StringColumn): string[] {
  const values: string[] = [];
  for (let i = 0; i < columnLength(column); i++) values.push(columnValue(column, i));
  return values;
}
