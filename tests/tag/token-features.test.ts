import type { Doc } from '../../src/document';
import { createExtractorWith } from '../../src/extractor';
import { loadBundledLexicon } from '../../src/lexicon/load-lexicon';
import { loadBundledModel } from '../../src/tag/model-file';
import { createTagger, scoreTokens } from '../../src/tag/tag-entities';
import { LABEL_COUNT } from '../../src/tag/tag-labels';
import { collectEvidence, createEvidence, MAX_TOKEN_FEATURES, tokenFeatures, wordFeatures, SLOT_SELF } from '../../src/tag/token-features';

// Training reads every token's features with tokenFeatures (scripts/train/collect-documents.ts);
// run time sums them through a cache of per-word scores. The two must see the same features:
// here the run-time scores are recomputed from tokenFeatures' ids, token by token.
const TEXTS = [
  'اكد امين المجلس الاعلى للامن القومي الايراني علي شمخاني ونظيره الروسي نيكولاي باتروشيف خلال لقائهما في موسكو',
  'لكن كاسباروف لاحظ ان الفريق خسر\nوختم زاويدوف بالقول ان شركة ميكروسوفت ستعود الى بيروت',
  'قال الرئيس الفرنسي جاك شيراك في باريس ان حزب العمال البريطاني و2017 Reuters !',
];

describe('token features: training and run time see the same', () => {
  const model = loadBundledModel();
  const names = { cues: [], entryTypes: [], flags: [] };

  test.each(TEXTS)('%s', (text) => {
    let checked = 0;
    const tagger = createTagger(model, names);
    const extractor = createExtractorWith({}, {
      artifact: loadBundledLexicon(),
      tag: (doc: Doc) => {
        scoreTokens(doc, tagger);
        const evidence = collectEvidence(doc, createEvidence());
        const ids = new Int32Array(MAX_TOKEN_FEATURES);
        for (let t = 0; t < doc.tokens.count; t++) {
          const n = tokenFeatures(doc, evidence, model.nameCounts, t, ids);
          const expected = new Float64Array(LABEL_COUNT);
          for (let i = 0; i < n; i++) {
            const row = model.rowOf[ids[i] as number] as number;
            if (row < 0) continue;
            for (let l = 0; l < LABEL_COUNT; l++) expected[l] = (expected[l] as number) + (model.weights[row * LABEL_COUNT + l] as number);
          }
          for (let l = 0; l < LABEL_COUNT; l++) expect(tagger.emissions[t * LABEL_COUNT + l]).toBeCloseTo(expected[l] as number, 3);
          checked++;
        }
      },
    });
    extractor.extract(text);
    expect(checked).toBeGreaterThan(10);
  });

  test('word features depend on the letters only: a word scores the same anywhere', () => {
    const codes = Uint16Array.from('في موسكو', (c) => c.charCodeAt(0));
    const again = Uint16Array.from('موسكو', (c) => c.charCodeAt(0));
    const a = new Int32Array(64);
    const b = new Int32Array(64);
    const n = wordFeatures(codes, 3, 8, 0, SLOT_SELF, model.nameCounts, a, 0);
    expect(wordFeatures(again, 0, 5, 0, SLOT_SELF, model.nameCounts, b, 0)).toBe(n);
    expect([...a.subarray(0, n)]).toEqual([...b.subarray(0, n)]);
  });
});
