'use strict';

/**
 * alam as a bench system: the bundled default lexicon and rules, per-call `extract`.
 * `load` is the first `createExtractor()` plus one short extract, because alam parses its
 * bundled lexicon lazily on first use: load time is what a user pays before the first result.
 */
function createAlamSystem({ dist }) {
  const alam = require(dist);
  let extractor = null;
  return {
    name: 'alam',
    label: 'alam',
    isAsync: false,
    load() {
      extractor = alam.createExtractor();
      extractor.extract('زار بوتين موسكو');
      return { note: 'bundled default lexicon and rules' };
    },
    extract(text) {
      return extractor.extract(text);
    },
    toSpans(result) {
      return result.map((e) => ({ type: e.type, start: e.start, end: e.end }));
    },
  };
}

module.exports = { createAlamSystem };
