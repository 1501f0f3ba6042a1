'use strict';

/**
 * Finds where each token value of a tokenizer that drops offsets sits in `text`, in order.
 * Returns [start, end) pairs; a value that cannot be found (the tokenizer rewrote it) gets -1.
 * Example: «زار موسكو،» with values [«زار», «موسكو», «،»] → [[0,3],[4,9],[9,10]].
 */
function locateTokens(text, values, from = 0) {
  const located = [];
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

module.exports = { locateTokens };
