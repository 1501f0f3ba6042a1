import { decodeLabels } from '../../src/tag/decode-labels';
import { LABEL_COUNT, LABELS } from '../../src/tag/tag-labels';
import { AFTER_NEWLINE } from '../../src/tokenize/scan-tokens';
import { createFeatureStore, type FeatureStore } from '../../scripts/train/collect-documents';
import { createCrf } from '../../scripts/train/crf';
import { createPerceptron, type Learner, type ModelWeights } from '../../scripts/train/perceptron';

const label = (name: string): number => (LABELS as readonly string[]).indexOf(name);

// Invented documents of one feature a token, read as words: 7 «قال», 8 a given name, 9 a surname,
// 10 «في», 11 a city. «قال [أحمد كريمي] في [طهران]»: the surname continues the name, the city
// after «في» is a place; a line break ends a name («أحمد» / «كريمي» on two lines are two names).
const DOCUMENTS: readonly { features: readonly number[]; gold: readonly string[]; lineStarts?: readonly number[] }[] = [
  { features: [7, 8, 9, 10, 11], gold: ['O', 'B-PER', 'I-PER', 'O', 'B-LOC'] },
  { features: [8, 9, 7, 10, 11, 7], gold: ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'] },
  { features: [7, 8, 9], gold: ['O', 'B-PER', 'B-PER'], lineStarts: [2] },
];

function toyStore(): FeatureStore {
  const store = createFeatureStore();
  for (const document of DOCUMENTS) {
    const first = store.featureStart.length - 1;
    for (const feature of document.features) {
      store.ids[store.length++] = feature;
      store.featureStart.push(store.length);
    }
    const tokenFlags = new Uint8Array(document.features.length);
    for (const t of document.lineStarts ?? []) tokenFlags[t] = AFTER_NEWLINE;
    store.documents.push({ domain: 0, first, count: document.features.length, gold: Uint8Array.from(document.gold, label), tokenFlags });
  }
  return store;
}

/** The labels the learned weights give each toy document, decoded as run time decodes. */
function decodeAll(weights: ModelWeights, store: FeatureStore): string[][] {
  const rowOf = new Map<number, number>();
  weights.featureIds.forEach((id, row) => rowOf.set(id, row));
  return store.documents.map((document) => {
    const emissions = new Float64Array(document.count * LABEL_COUNT);
    for (let t = 0; t < document.count; t++) {
      const row = rowOf.get(store.ids[store.featureStart[document.first + t] as number] as number);
      if (row !== undefined) for (let l = 0; l < LABEL_COUNT; l++) emissions[t * LABEL_COUNT + l] = weights.weights[row * LABEL_COUNT + l] as number;
    }
    const out = new Uint8Array(document.count);
    decodeLabels(emissions, document.count, document.tokenFlags, weights.transitions, out, { back: new Uint8Array(document.count * LABEL_COUNT), best: new Float64Array(2 * LABEL_COUNT) });
    return [...out].map((l) => LABELS[l] as string);
  });
}

function train(learner: Learner, store: FeatureStore): { first: number; last: number } {
  const order = store.documents.map((_document, d) => d);
  const first = learner.epoch(order);
  let last = first;
  for (let epoch = 0; epoch < 30; epoch++) last = learner.epoch(order);
  return { first, last };
}

describe('the learners of npm run train', () => {
  test('the CRF fits the training documents: errors at first, none at the end, and its weights decode the gold labels', () => {
    const store = toyStore();
    const crf = createCrf(store, { domainCopies: true, l2: 1, rate: 0.3, averageFrom: 20 });
    const { first, last } = train(crf, store);
    expect({ first: first > 0, last }).toEqual({ first: true, last: 0 });
    expect(decodeAll(crf.weights(1), store)).toEqual(DOCUMENTS.map((document) => document.gold));
  });

  // Its averaged weights keep some of the early epochs' mistakes, so only its own epochs are checked.
  test('the perceptron fits them too: errors at first, none at the end', () => {
    const store = toyStore();
    const { first, last } = train(createPerceptron(store, { domainCopies: true }), store);
    expect({ first: first > 0, last }).toEqual({ first: true, last: 0 });
  });
});
