import type { Doc } from '../../src/document';
import { createExtractorWith } from '../../src/extractor';
import { loadBundledLexicon } from '../../src/lexicon/load-lexicon';
import { loadBundledModel } from '../../src/tag/model-file';
import { createTagger, evidenceWeightsAt, scoreTokens } from '../../src/tag/tag-entities';
import { LABEL_COUNT } from '../../src/tag/tag-labels';
import { collectEvidence, createEvidence, MAX_TOKEN_FEATURES, tokenFeatures, wordFeatures, SLOT_SELF } from '../../src/tag/token-features';

// Training reads every token's features with tokenFeatures (scripts/train/collect-documents.ts);
// run time sums them through a cache of per-word scores. The two must see the same features:
// here the run-time scores are recomputed from tokenFeatures' ids, token by token. Both sum the
// model's int16 weights as integers, so the scores must be equal, not close.
const TEXTS = [
  'اكد امين المجلس الاعلى للامن القومي الايراني علي شمخاني ونظيره الروسي نيكولاي باتروشيف خلال لقائهما في موسكو',
  'لكن كاسباروف لاحظ ان الفريق خسر\nوختم زاويدوف بالقول ان شركة ميكروسوفت ستعود الى بيروت',
  'قال الرئيس الفرنسي جاك شيراك في باريس ان حزب العمال البريطاني و2017 Reuters !',
];

describe('token features: training and run time see the same', () => {
  const model = loadBundledModel();
  const names = { cues: [], entryTypes: [], flags: [] };

  test.each(TEXTS.flatMap((text) => [[text, 'empty'], [text, 'full']]))('%s (evidence table %s)', (text, table) => {
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
          const sums = new Array<number>(LABEL_COUNT).fill(0);
          for (let i = 0; i < n; i++) {
            const row = model.rowOf[ids[i] as number] as number;
            if (row < 0) continue;
            for (let l = 0; l < LABEL_COUNT; l++) sums[l] = (sums[l] as number) + (model.quantized[row * LABEL_COUNT + l] as number);
          }
          const scores = [...tagger.emissions.subarray(t * LABEL_COUNT, (t + 1) * LABEL_COUNT)];
          expect(scores).toEqual(sums.map((sum) => sum * model.header.scale));
          checked++;
        }
      },
    });
    if (table === 'full') {
      // A full table of evidence weights starts over on the next feature it lacks, mid-document:
      // what an earlier document left in it must not be read.
      extractor.extract(TEXTS.find((other) => other !== text) as string);
      tagger.evidenceSlots = tagger.evidenceKeys.length / 2;
      checked = 0;
    }
    extractor.extract(text);
    expect(checked).toBeGreaterThan(10);
  });

  test('features the model lacks never fill the evidence table', () => {
    // Each takes a slot with no weights; the table must start over before its slots run out, or
    // the next lookup probes forever. Ten times the table's size of them, then one the model has.
    const tagger = createTagger(model, names);
    const absent: number[] = [];
    for (let id = 1; absent.length < tagger.evidenceKeys.length * 10; id += 7919) if (model.rowOfFeature(id) < 0) absent.push(id);
    // Three quarters of the slots' worth first: the table must have started over (at most half its slots taken).
    const slots = tagger.evidenceKeys.length;
    for (const id of absent.slice(0, (slots * 3) / 4)) expect(evidenceWeightsAt(tagger, id)).toBe(-1);
    expect(tagger.evidenceKeys.filter((key) => key !== 0).length).toBeLessThanOrEqual(slots / 2);
    for (const id of absent) expect(evidenceWeightsAt(tagger, id)).toBe(-1);
    let present = 0;
    while (model.rowOfFeature(present) < 0) present++;
    const row = model.rowOfFeature(present);
    const at = evidenceWeightsAt(tagger, present);
    expect([...tagger.evidenceWeights.subarray(at, at + LABEL_COUNT)]).toEqual([...model.quantized.subarray(row * LABEL_COUNT, (row + 1) * LABEL_COUNT)]);
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
