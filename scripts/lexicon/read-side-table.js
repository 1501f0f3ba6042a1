// @ts-check
'use strict';
const fs = require('fs');

/**
 * Read a hand-edited side table (a TSV that is not a lexicon file: its own header, `#` comments).
 * Throws naming file and line when the header or a row's column count is wrong.
 * @param {string} file
 * @param {string[]} header expected column names
 * @returns {Record<string, string>[]}
 */
function readSideTable(file, header) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines[0] !== header.join('\t')) throw new Error(`${file}:1: header must be «${header.join('\\t')}», got «${lines[0]}»`);
  /** @type {Record<string, string>[]} */
  const rows = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${file}:${i + 1}: expected ${header.length} tab-separated columns, got ${cells.length}`);
    }
    /** @type {Record<string, string>} */
    const row = {};
    header.forEach((h, j) => { row[h] = (cells[j] ?? '').trim(); });
    rows.push(row);
  });
  return rows;
}

module.exports = { readSideTable };
