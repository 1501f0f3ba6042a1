// @ts-check
'use strict';
const fs = require('fs');

/** @typedef {{ token: string, tag: string }} ConllToken */

/**
 * Sentences of a `TOKEN<TAB>TAG` file (blank line after each sentence).
 * @param {string} file
 * @returns {ConllToken[][]}
 */
function readConll(file) {
  /** @type {ConllToken[][]} */
  const sentences = [];
  /** @type {ConllToken[]} */
  let current = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line === '') {
      if (current.length) sentences.push(current);
      current = [];
      return;
    }
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) throw new Error(`${file}:${i + 1}: expected TOKEN<TAB>TAG`);
    current.push({ token: line.slice(0, tab), tag: line.slice(tab + 1) });
  });
  if (current.length) sentences.push(current);
  return sentences;
}

/**
 * The TRAIN80 part of ANERcorp train: sentences [0, floor(0.8 N)). The rest is DEV and never harvested.
 * @param {ConllToken[][]} sentences
 */
function selectTrain80(sentences) {
  return sentences.slice(0, Math.floor(0.8 * sentences.length));
}

/**
 * BIO2 chunks of one sentence: `{ type, tokens, start }` (type without the B-/I- prefix).
 * @param {ConllToken[]} sentence
 */
function readChunks(sentence) {
  /** @type {{ type: string, tokens: string[], start: number }[]} */
  const chunks = [];
  sentence.forEach((t, i) => {
    if (t.tag.startsWith('B-')) chunks.push({ type: t.tag.slice(2), tokens: [t.token], start: i });
    else if (t.tag.startsWith('I-')) {
      const last = chunks[chunks.length - 1];
      if (last && last.start + last.tokens.length === i && last.type === t.tag.slice(2)) last.tokens.push(t.token);
      else chunks.push({ type: t.tag.slice(2), tokens: [t.token], start: i });
    }
  });
  return chunks;
}

module.exports = { readConll, selectTrain80, readChunks };
