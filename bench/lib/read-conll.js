'use strict';
const fs = require('fs');

/**
 * Reads a `TOKEN<TAB>TAG` file (blank line after each sentence) into sentences.
 * A line without a tab is an error naming the file and line, so a corrupt corpus
 * never silently shrinks the bench input.
 */
function readConll(file, { maxSentences = Infinity } = {}) {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const sentences = [];
  let tokens = [];
  let tags = [];
  for (let i = 0; i < lines.length && sentences.length < maxSentences; i += 1) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (line === '') {
      if (tokens.length > 0) sentences.push({ tokens, tags });
      tokens = [];
      tags = [];
      continue;
    }
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) throw new Error(`${file}:${i + 1}: expected TOKEN<TAB>TAG, got ${JSON.stringify(line.slice(0, 40))}`);
    tokens.push(line.slice(0, tab));
    tags.push(line.slice(tab + 1));
  }
  if (tokens.length > 0 && sentences.length < maxSentences) sentences.push({ tokens, tags });
  return sentences;
}

module.exports = { readConll };
