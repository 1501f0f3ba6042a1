import { decodeLabels } from '#alam/tag/decode-labels';
import { LABEL_COUNT } from '#alam/tag/tag-labels';
import { FEATURE_BITS, FEATURE_MASK } from '#alam/tag/token-features';
import { createTaggerModel, type TaggerModel } from '#alam/tag/model-file';
import type { FeatureStore, TrainingDocument } from './collect-documents';

/** The domain copy of a feature: the same evidence, weighed for news or Wikipedia alone. */
export function domainFeature(id: number, domain: number): number {
  let h = Math.imul(id ^ (0x68e31da4 + domain * 0x1b873593), 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) & FEATURE_MASK;
}

export interface PerceptronOptions {
  /** Also learn a copy of each feature per corpus; run time uses the shared weights only. */
  readonly domainCopies: boolean;
}

/** A learner's weights: the features that have one, LABEL_COUNT weights each, and the transitions. */
export interface ModelWeights {
  readonly featureIds: Uint32Array;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/** What `npm run train` drives: the perceptron below, or the CRF (crf.ts). */
export interface Learner {
  /** One pass over the documents in the given order; returns the token errors made on the way. */
  epoch(order: readonly number[]): number;
  /**
   * The weights as a model, for scoring or for writing. Run time does not know a text's domain:
   * `domainShare` of each domain copy is added to its feature (0: the shared weights alone; 0.5:
   * the mean of the news and the Wikipedia reading).
   */
  weights(domainShare?: number): ModelWeights;
}

/**
 * An averaged structured perceptron over the stored documents (Collins 2002): decode each document
 * with the current weights, move the weights of the gold labels' features up and of the predicted
 * ones down where they differ, and keep the running sums that give the averaged weights
 * (the trick of Daumé: `average = w - u / c`).
 */
export function createPerceptron(store: FeatureStore, options: PerceptronOptions): Learner {
  const size = (1 << FEATURE_BITS) * LABEL_COUNT;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const transitions = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  const transitionSums = new Float64Array(transitions.length);
  let c = 1;
  let emissions = new Float64Array(0);
  let predicted = new Uint8Array(0);
  let scratch = { back: new Uint8Array(0), best: new Float64Array(0) };

  const ensure = (count: number): void => {
    if (predicted.length >= count) return;
    emissions = new Float64Array(count * 2 * LABEL_COUNT);
    predicted = new Uint8Array(count * 2);
    scratch = { back: new Uint8Array(count * 2 * LABEL_COUNT), best: new Float64Array(count * 2 * LABEL_COUNT) };
  };

  const features = (document: TrainingDocument, t: number, visit: (id: number) => void): void => {
    const i = document.first + t;
    for (let k = store.featureStart[i] as number, end = store.featureStart[i + 1] as number; k < end; k++) {
      const id = store.ids[k];
      visit(id);
      if (options.domainCopies) visit(domainFeature(id, document.domain));
    }
  };

  const update = (id: number, label: number, delta: number): void => {
    const at = id * LABEL_COUNT + label;
    w[at] += delta;
    u[at] += c * delta;
  };
  const updateTransition = (from: number, to: number, delta: number): void => {
    const at = from * LABEL_COUNT + to;
    transitions[at] += delta;
    transitionSums[at] += c * delta;
  };

  const trainDocument = (document: TrainingDocument): number => {
    const { count, gold, tokenFlags } = document;
    ensure(count);
    emissions.fill(0, 0, count * LABEL_COUNT);
    for (let t = 0; t < count; t++) {
      const at = t * LABEL_COUNT;
      features(document, t, (id) => {
        const row = id * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) emissions[at + l] += w[row + l];
      });
    }
    decodeLabels(emissions, count, tokenFlags, transitions, predicted, scratch);
    let errors = 0;
    for (let t = 0; t < count; t++) {
      const starts = t === 0 || (tokenFlags[t] & 2) !== 0;
      const goldFrom = starts ? LABEL_COUNT : (gold[t - 1] as number);
      const predictedFrom = starts ? LABEL_COUNT : (predicted[t - 1] as number);
      const g = gold[t] as number;
      const p = predicted[t] as number;
      if (g !== p) {
        errors++;
        features(document, t, (id) => {
          update(id, g, 1);
          update(id, p, -1);
        });
      }
      if (g !== p || goldFrom !== predictedFrom) {
        updateTransition(goldFrom, g, 1);
        updateTransition(predictedFrom, p, -1);
      }
    }
    c++;
    return errors;
  };

  return {
    epoch(order: readonly number[]): number {
      let errors = 0;
      for (const d of order) errors += trainDocument(store.documents[d] as TrainingDocument);
      return errors;
    },
    /** The averaged weights. */
    weights(domainShare = 0): ModelWeights {
      const average = (at: number): number => w[at] - u[at] / c;
      const all = new Float64Array(1 << FEATURE_BITS);
      const dense = new Float64Array(LABEL_COUNT * (1 << FEATURE_BITS));
      for (let id = 0; id < 1 << FEATURE_BITS; id++) {
        const row = id * LABEL_COUNT;
        const copies = options.domainCopies && domainShare > 0 ? [domainFeature(id, 0) * LABEL_COUNT, domainFeature(id, 1) * LABEL_COUNT] : [];
        for (let l = 0; l < LABEL_COUNT; l++) {
          let value = average(row + l);
          for (const copy of copies) value += domainShare * average(copy + l);
          dense[row + l] = value;
          if (value !== 0) all[id] = 1;
        }
      }
      const ids: number[] = [];
      for (let id = 0; id < 1 << FEATURE_BITS; id++) if (all[id]) ids.push(id);
      const weights = new Float32Array(ids.length * LABEL_COUNT);
      ids.forEach((id, r) => weights.set(dense.subarray(id * LABEL_COUNT, (id + 1) * LABEL_COUNT), r * LABEL_COUNT));
      const averagedTransitions = Float32Array.from(transitions, (value, i) => value - (transitionSums[i] as number) / c);
      return { featureIds: Uint32Array.from(ids), weights, transitions: averagedTransitions };
    },
  };
}

/** A model from the weights, unpruned, to score an epoch on the dev sets (quantized as the model file is: see createTaggerModel). */
export function toModel(parts: ModelWeights, base: Pick<TaggerModel, 'header' | 'nameCounts'>): TaggerModel {
  const rowOf = new Int32Array(1 << FEATURE_BITS).fill(-1);
  parts.featureIds.forEach((id, row) => (rowOf[id] = row));
  return createTaggerModel(base.header, rowOf, parts.weights, parts.transitions, base.nameCounts);
}

/**
 * Keeps the `limit` features of largest weight (in magnitude, over the labels), in id order: most
 * hashed features were seen once or twice and weigh almost nothing. Ties keep the lower id.
 */
export function pruneWeights(parts: ModelWeights, limit: number): ModelWeights {
  const largest = new Float64Array(parts.featureIds.length);
  for (let r = 0; r < parts.featureIds.length; r++) {
    for (let l = 0; l < LABEL_COUNT; l++) largest[r] = Math.max(largest[r] as number, Math.abs(parts.weights[r * LABEL_COUNT + l] as number));
  }
  const ranked = Array.from(largest.keys()).sort((a, b) => (largest[b] as number) - (largest[a] as number) || a - b);
  const keep = ranked.slice(0, limit).sort((a, b) => a - b);
  const featureIds = Uint32Array.from(keep, (r) => parts.featureIds[r] as number);
  const weights = new Float32Array(keep.length * LABEL_COUNT);
  keep.forEach((r, k) => weights.set(parts.weights.subarray(r * LABEL_COUNT, (r + 1) * LABEL_COUNT), k * LABEL_COUNT));
  return { featureIds, weights, transitions: parts.transitions };
}
