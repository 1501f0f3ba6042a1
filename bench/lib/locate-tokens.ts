/**
 * Finds where each token value of a tokenizer that drops offsets sits in `text`, in order.
 * Returns [start, end) pairs; a value that cannot be found (the tokenizer rewrote it) gets -1.
 * Example: «زار موسكو،» with values [«زار», «موسكو», «،»] → [[0,3],[4,9],[9,10]].
 */
export function locateTokens(text: string, values: readonly string[], from = 0): [number, number][] {
  const located: [number, number][] = [];
  let cursor = from;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    if (at < 0) {
      located.push([-1, -1]);
      continue;
    }
    located.push([at, at + value.length]);
    cursor = at + value.length;
  }
  return located;
}
