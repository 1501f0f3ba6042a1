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
  cache.wikifane ??= readConll(sharedPath('corpora/wikifane/all.conll'));
  return cache.wikifane;
}

function loadWikifaneFine() {
  cache.wikifaneFine ??= readConll(sharedPath('corpora/wikifane/all.fine.conll'));
  return cache.wikifaneFine;
}

module.exports = { loadTrain80, loadWikifane, loadWikifaneFine };
