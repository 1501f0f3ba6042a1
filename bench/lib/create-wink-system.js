'use strict';
const { locateTokens } = require('./locate-tokens');

/**
 * wink-ner + wink-tokenizer as a bench system, loaded with the same entity forms as alam.
 * One configuration step for Arabic: wink-tokenizer does not know the Arabic comma,
 * semicolon and question mark (U+060C ، U+061B ؛ U+061F ؟), so «موسكو،» would stay one
 * token and never match «موسكو»; we register them as punctuation.
 * Offsets: wink tokens carry no offsets, so the values are located in the text in order.
 */
function createWinkSystem() {
  const winkTokenizer = require('wink-tokenizer');
  const winkNer = require('wink-ner');
  const tokenizer = winkTokenizer();
  // wink keeps no fingerprint code for `punctuation`, so addRegex needs one to accept the tag.
  tokenizer.addRegex(/[\u060C\u061B\u061F]/g, 'punctuation', 'p');
  const ner = winkNer();
  return {
    name: 'wink',
    label: 'wink-ner',
    isAsync: false,
    load(forms) {
      const learned = ner.learn(forms.map((f) => ({ text: f.form, entityType: f.type })));
      return { loaded: learned, note: 'wink-tokenizer + Arabic punctuation ، ؛ ؟' };
    },
    extract(text) {
      const recognized = ner.recognize(tokenizer.tokenize(text));
      const spans = [];
      let cursor = 0;
      for (const token of recognized) {
        const values = token.originalSeq || [token.value];
        const located = locateTokens(text, values, cursor);
        const first = located.find((l) => l[0] >= 0);
        const last = located.filter((l) => l[0] >= 0).pop();
        if (!first || !last) continue;
        cursor = last[1];
        if (token.entityType) spans.push({ type: token.entityType, start: first[0], end: last[1] });
      }
      return spans;
    },
    toSpans(result) {
      return result;
    },
  };
}

module.exports = { createWinkSystem };
