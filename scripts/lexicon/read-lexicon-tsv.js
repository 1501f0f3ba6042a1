// @ts-check
'use strict';
const fs = require('fs');

const ENTRY_TYPES = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY', 'NAME'];
const HEADER = 'id\ttype\tsubtype\tname\tvariants\tattrs\tsource';

/**
 * @typedef {{ id: string, type: string, subtype: string, name: string, variants: string[],
 *   attrs: Record<string, string>, source: string, file: string, line: number }} LexiconEntry
 */

/**
 * Parse a lexicon TSV; a malformed line throws naming file and line.
 * @param {string} file
 * @returns {LexiconEntry[]}
 */
function readLexiconTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines[0] !== HEADER) throw new Error(`${file}:1: header must be «${HEADER}»`);
  /** @type {LexiconEntry[]} */
  const out = [];
  lines.forEach((raw, i) => {
    if (i === 0 || raw === '' || raw.startsWith('#')) return;
    const where = `${file}:${i + 1}`;
    const cells = raw.split('\t');
    if (cells.length !== 7) throw new Error(`${where}: expected 7 tab-separated columns, got ${cells.length}`);
    const [id = '', type = '', subtype = '', name = '', variants = '', attrs = '', source = ''] = cells;
    if (!id) throw new Error(`${where}: empty id`);
    if (!ENTRY_TYPES.includes(type)) throw new Error(`${where}: unknown type «${type}»`);
    if (!name.trim()) throw new Error(`${where}: empty name`);
    if (!source) throw new Error(`${where}: empty source`);
    /** @type {Record<string, string>} */
    const attrMap = {};
    for (const pair of attrs ? attrs.split(';') : []) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new Error(`${where}: attribute «${pair}» is not key=value`);
      attrMap[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    out.push({ id, type, subtype, name, variants: variants ? variants.split('|') : [], attrs: attrMap, source, file, line: i + 1 });
  });
  return out;
}

/**
 * All entries of every lexicon TSV under `dir` (recursively), files in sorted order.
 * @param {string} dir
 */
function readAllLexicons(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = `${d}/${name}`;
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.tsv') && fs.readFileSync(p, 'utf8').startsWith(HEADER)) files.push(p);
    }
  };
  walk(dir);
  return files.flatMap(readLexiconTsv);
}

module.exports = { ENTRY_TYPES, HEADER, readLexiconTsv, readAllLexicons };
