/**
 * A list of strings stored as one text and `count + 1` offsets: value i is
 * `text.slice(offsets[i], offsets[i + 1])`. Loads as two views, and reads a value only when asked.
 */
export interface StringColumn {
  readonly text: string;
  readonly offsets: Int32Array;
}

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
  return column.text.slice(column.offsets[i], column.offsets[i + 1]);
}

export function columnValues(column: StringColumn): string[] {
  const values: string[] = [];
  for (let i = 0; i < columnLength(column); i++) values.push(columnValue(column, i));
  return values;
}
