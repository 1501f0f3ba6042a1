'use strict';
const fs = require('fs');

/** Reads the bench's docs.jsonl (`{"id","text"}` per line) into an array of texts. */
function readDocs(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const docs = [];
  lines.forEach((line, i) => {
    if (line === '') return;
    let row;
    try {
      row = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${err.message})`);
    }
    if (typeof row.text !== 'string') throw new Error(`${file}:${i + 1}: missing "text" string`);
    docs.push(row.text);
  });
  return docs;
}

module.exports = { readDocs };
