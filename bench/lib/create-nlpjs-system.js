'use strict';

/**
 * @nlpjs/ner (enum entities, exact matching: threshold 1) as a bench system, loaded with the
 * same entity forms as alam: one entity `NE` whose options are the entity types, so one
 * pass finds all types and overlapping matches are reduced longest-first.
 * Two fixes so Arabic works at all (both only change how text is compared, not the algorithm):
 * - its `normalize` is NFD + strip U+0300–U+036F, which turns «أ» into «ا» + U+0654 (hamza
 *   above) and shifts every later offset by one, so «الأمم المتحدة» is looked up at the wrong
 *   place; we use a length-preserving lower-casing instead;
 * - its word-character class includes U+060C ، U+061B ؛ U+061F ؟, so «موسكو،» is one word.
 * `perSentence`: call it once per line instead of once per document, because its enum matcher
 * looks up every word n-gram of the call (O(words²)); offsets are shifted back to the document.
 */
function createNlpjsSystem({ perSentence = false } = {}) {
  const { Container } = require('@nlpjs/core');
  const { Ner, ExtractorEnum } = require('@nlpjs/ner');
  const ARABIC_PUNCT = /[\u060C\u061B\u061F]/;

  class ArabicSafeEnum extends ExtractorEnum {
    normalize(str) {
      return str.toLowerCase();
    }

    isAlphanumeric(c) {
      return !ARABIC_PUNCT.test(c) && super.isAlphanumeric(c);
    }
  }

  const container = new Container();
  container.use(ArabicSafeEnum);
  const ner = new Ner({ container });

  async function extractOne(text, shift, spans) {
    const result = await ner.process({ locale: 'ar', text, threshold: 1 });
    for (const e of result.entities) {
      if (e.entity === 'NE') spans.push({ type: e.option, start: e.start + shift, end: e.end + 1 + shift });
    }
  }

  return {
    name: perSentence ? 'nlpjs-sentence' : 'nlpjs',
    label: perSentence ? '@nlpjs/ner, per line' : '@nlpjs/ner',
    isAsync: true,
    load(forms) {
      const byType = new Map();
      for (const f of forms) {
        if (!byType.has(f.type)) byType.set(f.type, []);
        byType.get(f.type).push(f.form);
      }
      for (const [type, texts] of byType) ner.addRuleOptionTexts('ar', 'NE', type, texts);
      return { loaded: forms.length, note: 'enum, threshold 1, Arabic-safe normalize' };
    },
    async extract(text) {
      const spans = [];
      if (!perSentence) {
        await extractOne(text, 0, spans);
        return spans;
      }
      let start = 0;
      while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        if (end > start) await extractOne(text.slice(start, end), start, spans);
        start = end + 1;
      }
      return spans;
    },
    toSpans(result) {
      return result;
    },
  };
}

module.exports = { createNlpjsSystem };
