// @ts-check
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/**
 * Every `lexicons/**\/*.tsv` file as `{ path, text }`, paths relative to the repository with `/`
 * separators, sorted: the input of compileLexicon (shared by the compile script and the staleness test).
 * @param {string} root the repository root
 * @returns {{ path: string, text: string }[]}
 */
function readLexiconSources(root) {
  const dir = path.join(root, 'lexicons');
  /** @type {{ path: string, text: string }[]} */
  const files = [];
  const walk = (/** @type {string} */ folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.tsv')) files.push({ path: path.relative(root, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

module.exports = { readLexiconSources };
