import type { Doc } from '../../src/document';
import { createExtractorWith } from '../../src/extractor';
import { loadBundledLexicon } from '../../src/lexicon/load-lexicon';
import { normalize } from '../../src/normalize/normalize';
import { loadBundledModel } from '../../src/tag/model-file';
import { createRefold } from '../../src/tag/model-letters';
import { createTagger, scoreTokens } from '../../src/tag/tag-entities';
import { LABEL_COUNT } from '../../src/tag/tag-labels';
import { flagFeature, SLOT_OFFSETS } from '../../src/tag/token-features';
import type { NormalizeOptions } from '../../src/types';

// The model was trained on default-folded text; under other folds its word features still read each
// token's original text as the default folds leave it (src/tag/model-letters.ts).
const CASES: readonly [string, NormalizeOptions][] = [
  ['وصل الوفد الى القاهرة قادما من عمّان', { taMarbuta: false }],
  ['قال إبراهيم إن الأمم المتحدة ستجتمع في أنقرة', { alef: false }],
  ['أعلنَ الرئيسُ الفرنسيُّ جاك شيراك', { harakat: false, alef: false }],
  ['زار وزيـــر الخارجية طهران', { tatweel: false }],
  ['قال مصطفى کمال في ﻻهور ٢٠١٧', { persianLetters: false, digits: false, presentationForms: false, alefMaksura: false }],
  ['سافر محمد\u200c الى دبي', { controls: false }],
];

/** Runs `see` on the document an extractor with `normalize` makes of `text`, where the tagger would run. */
function withDoc(text: string, options: NormalizeOptions, see: (doc: Doc) => void): void {
  createExtractorWith({ normalize: options }, { artifact: loadBundledLexicon(), tag: see }).extract(text);
}

const original = (doc: Doc, t: number): string => doc.input.slice(doc.folded.starts[doc.tokens.start[t]], doc.folded.ends[doc.tokens.end[t] - 1]);

describe('the model reads default-folded letters whatever the caller folds', () => {
  test('with the default folds there is nothing to refold', () => {
    expect(createRefold(true)).toBeUndefined();
  });

  test.each(CASES)('%s %j: each token reads its original text, default-folded', (text, options) => {
    const refold = createRefold(false);
    const read: string[] = [];
    const expected: string[] = [];
    withDoc(text, options, (doc) => {
      const letters = refold!(doc);
      for (let t = 0; t < doc.tokens.count; t++) {
        read.push(String.fromCharCode(...letters.codes.subarray(letters.start[t], letters.end[t])));
        expected.push(normalize(original(doc, t)).text);
      }
    });
    expect(read.length).toBeGreaterThan(3);
    expect(read).toEqual(expected);
  });

  test.each(CASES)('%s %j: each token has the word scores the default extractor gives it', (text, options) => {
    const model = loadBundledModel();
    const names = { cues: [], entryTypes: [], flags: [] };
    const rowsBy = (folds: NormalizeOptions, tagger: ReturnType<typeof createTagger>): Map<string, number[]> => {
      const rows = new Map<string, number[]>();
      withDoc(text, folds, (doc) => {
        scoreTokens(doc, tagger);
        for (let t = 0; t < doc.tokens.count; t++) {
          const at = tagger.wordOf[t]! * 5 * LABEL_COUNT;
          const row = [...tagger.rows.subarray(at, at + 5 * LABEL_COUNT)];
          // Under the default folds a row also sums the word's lexicon flags (tag-entities.ts, FLAG_SLOTS),
          // which depend on the caller's folds: only the word features are compared.
          if (!tagger.refold) {
            for (const slot of [0, 1, 3]) {
              for (let bit = 0; bit < 32; bit++) {
                if (!(doc.tokenFlags[t]! & (1 << bit))) continue;
                const weights = model.rowOf[flagFeature(bit, SLOT_OFFSETS[slot]!)]!;
                if (weights >= 0) for (let l = 0; l < LABEL_COUNT; l++) row[slot * LABEL_COUNT + l]! -= model.quantized[weights * LABEL_COUNT + l]!;
              }
            }
          }
          rows.set(normalize(original(doc, t)).text, row);
        }
      });
      return rows;
    };
    const folded = rowsBy(options, createTagger(model, names, createRefold(false)));
    const plain = rowsBy({}, createTagger(model, names));
    // Token boundaries can differ (a kept control character splits nothing, but a kept tatweel run is
    // one token either way): the words both read are compared.
    const shared = [...folded.keys()].filter((word) => plain.has(word));
    expect(shared.length).toBeGreaterThan(3);
    for (const word of shared) expect({ word, rows: folded.get(word) }).toEqual({ word, rows: plain.get(word) });
  });
});
