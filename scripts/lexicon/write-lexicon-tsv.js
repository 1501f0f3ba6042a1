// @ts-check
'use strict';
const fs = require('fs');
const path = require('path');

const LEXICON_HEADER = ['id', 'type', 'subtype', 'name', 'variants', 'attrs', 'source'];

/**
 * @typedef {{ id: string, type: string, subtype?: string, name: string, variants?: string[],
 *   attrs?: Record<string, string | number | undefined>, source: string }} LexiconRow
 */

/** @param {string} value @param {string} where */
function checkCell(value, where) {
  if (/[\t\n\r]/.test(value)) throw new Error(`${where}: tab or newline inside a cell: ${JSON.stringify(value)}`);
  return value;
}

/**
 * Format one entry as a TSV line; attrs are written in key order so output is deterministic.
 * @param {LexiconRow} row
 */
function formatLexiconRow(row) {
  const where = `entry ${row.id}`;
  if (!row.name) throw new Error(`${where}: empty name`);
  const seen = new Set([row.name]);
  const variants = [];
  for (const v of row.variants ?? []) {
    if (!v || seen.has(v)) continue;
    if (v.includes('|')) throw new Error(`${where}: variant contains |: ${v}`);
    seen.add(v);
    variants.push(v);
  }
  const attrs = Object.keys(row.attrs ?? {})
    .filter((k) => row.attrs?.[k] !== undefined && row.attrs?.[k] !== '')
    .sort()
    .map((k) => `${k}=${row.attrs?.[k]}`)
    .join(';');
  return [row.id, row.type, row.subtype ?? '', row.name, variants.join('|'), attrs, row.source]
    .map((c) => checkCell(c, where))
    .join('\t');
}

/**
 * Write entries sorted by id (stable output for a byte-identical rebuild).
 * @param {string} file
 * @param {LexiconRow[]} rows
 * @param {string[]} [comments] lines written as `# …` after the header
 */
function writeLexiconTsv(file, rows, comments = []) {
  const ids = new Set();
  for (const r of rows) {
    if (ids.has(r.id)) throw new Error(`${path.basename(file)}: duplicate id ${r.id}`);
    ids.add(r.id);
  }
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [LEXICON_HEADER.join('\t'), ...comments.map((c) => `# ${c}`), ...sorted.map(formatLexiconRow)];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return sorted.length;
}

/**
 * Write a plain TSV table (header + rows as given).
 * @param {string} file @param {string[]} header @param {(string|number)[][]} rows
 */
function writePlainTsv(file, header, rows) {
  const lines = [header.join('\t'), ...rows.map((r) => r.map((c) => checkCell(String(c), file)).join('\t'))];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

module.exports = { LEXICON_HEADER, formatLexiconRow, writeLexiconTsv, writePlainTsv };
