// @ts-check
'use strict';
// The harvestable corpora: ANERcorp TRAIN80 (never its DEV 20 %) and WikiFANE (coarse and fine tags
// on the same tokens). AQMAR is for scoring only and is not read here.
const { sharedPath } = require('./resolve-shared-dir');
const { readConll, selectTrain80 } = require('./read-conll');

/** @type {{ anercorp?: import('./read-conll').ConllToken[][], wikifane?: import('./read-conll').ConllToken[][], wikifaneFine?: import('./read-conll').ConllToken[][] }} */
const cache = {};

function loadTrain80() {
  cache.anercorp ??= selectTrain80(readConll(sharedPath('corpora/anercorp/train.conll')));
  return cache.anercorp;
}

function loadWikifane() {
  loadWikifaneBoth();
  return /** @type {import('./read-conll').ConllToken[][]} */ (cache.wikifane);
}

function loadWikifaneFine() {
  loadWikifaneBoth();
  return /** @type {import('./read-conll').ConllToken[][]} */ (cache.wikifaneFine);
}

function loadWikifaneBoth() {
  if (cache.wikifane && cache.wikifaneFine) return;
  const coarse = readConll(sharedPath('corpora/wikifane/all.conll'));
  const fine = readConll(sharedPath('corpora/wikifane/all.fine.conll'));
  cache.wikifane = [];
  cache.wikifaneFine = [];
  coarse.forEach((sentence, si) => {
    const merges = splitInitials(sentence);
    cache.wikifane?.push(rejoin(sentence, merges));
    cache.wikifaneFine?.push(rejoin(fine[si] ?? [], merges));
  });
}

// WikiFANE's segmenter split name-initial letters off as if they were proclitics: «و هران», «ف لاديمير
// بوتين», «تسيبي ل يفني». A lone و ف ب ك ل that opens a gold entity, or sits inside a person's name,
// is such a letter (a real conjunction is tagged O before the entity, and rarely sits inside a
// name): it is joined back to the next token.
const SPLIT_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * Indexes of the tokens to join to the next one.
 * @param {import('./read-conll').ConllToken[]} sentence
 */
function splitInitials(sentence) {
  /** @type {Set<number>} */
  const merges = new Set();
  for (let i = 0; i + 1 < sentence.length; i++) {
    const { token, tag } = /** @type {import('./read-conll').ConllToken} */ (sentence[i]);
    const next = /** @type {import('./read-conll').ConllToken} */ (sentence[i + 1]);
    if (!SPLIT_LETTERS.has(token) || !/^[\u0621-\u064A]/.test(next.token) || !next.tag.startsWith('I-')) continue;
    if ((tag.startsWith('B-') && next.tag.slice(2) === tag.slice(2)) || (tag === 'I-PER' && next.tag === 'I-PER')) merges.add(i);
  }
  return merges;
}

/**
 * @param {import('./read-conll').ConllToken[]} sentence
 * @param {Set<number>} merges
 */
function rejoin(sentence, merges) {
  if (merges.size === 0) return sentence;
  /** @type {import('./read-conll').ConllToken[]} */
  const out = [];
  for (let i = 0; i < sentence.length; i++) {
    const t = /** @type {import('./read-conll').ConllToken} */ (sentence[i]);
    if (merges.has(i) && i + 1 < sentence.length) {
      out.push({ token: t.token + (sentence[i + 1]?.token ?? ''), tag: t.tag });
      i++;
    } else out.push(t);
  }
  return out;
}

module.exports = { loadTrain80, loadWikifane, loadWikifaneFine };
