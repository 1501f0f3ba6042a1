'use strict';

/** Median of a non-empty list of numbers (mean of the middle two for an even count). */
function median(values) {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

module.exports = { median };
