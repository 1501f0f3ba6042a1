import { isValidTransition, LABEL_COUNT } from '#alam/tag/tag-labels';
import { AFTER_NEWLINE } from '#alam/tokenize/scan-tokens';
import { FEATURE_BITS } from '#alam/tag/token-features';
import type { FeatureStore, TrainingDocument } from './collect-documents';
import { domainFeature, type Learner, type ModelWeights } from './perceptron';

export interface CrfOptions {
  readonly domainCopies: boolean;
  /** L2 strength over the whole objective (σ² = 1 / l2). */
  readonly l2: number;
  readonly rate: number;
  /** The epoch from which the weights at each epoch's end are averaged (1-based); later ones move less, earlier ones are far from the optimum. */
  readonly averageFrom: number;
}

const L = LABEL_COUNT;
const START = LABEL_COUNT;

/**
 * A linear-chain CRF trained by stochastic gradient ascent on the log-likelihood with an L2 prior
 * (the weights are kept as `scale * w` so the prior's shrinking is one multiplication per document).
 * Marginals by scaled forward-backward over each line, valid transitions only.
 */
export function createCrf(store: FeatureStore, options: CrfOptions): Learner {
  const size = (1 << FEATURE_BITS) * L;
  const w = new Float64Array(size);
  const transitions = new Float64Array((L + 1) * L);
  const valid = new Uint8Array((L + 1) * L);
  for (let from = 0; from <= L; from++) for (let to = 0; to < L; to++) valid[from * L + to] = isValidTransition(from === START ? -1 : from, to) ? 1 : 0;
  let scale = 1;
  let step = 0;
  let epochs = 0;
  let averaged = 0;
  const sum = new Float64Array(size);
  const transitionSum = new Float64Array(transitions.length);
  const documents = store.documents.length;
  let emissions = new Float64Array(0);
  let alpha = new Float64Array(0);
  let beta = new Float64Array(0);
  let norm = new Float64Array(0);
  let marginal = new Float64Array(0);
  let psiRows = new Float64Array(0);
  const m = new Float64Array((L + 1) * L);
  const pair = new Float64Array((L + 1) * L);

  const ensure = (count: number): void => {
    if (emissions.length >= count * L) return;
    emissions = new Float64Array(count * 2 * L);
    alpha = new Float64Array(count * 2 * L);
    beta = new Float64Array(count * 2 * L);
    psiRows = new Float64Array(count * 2 * L);
    marginal = new Float64Array(count * 2 * L);
    norm = new Float64Array(count * 2);
  };

  const visitFeatures = (document: TrainingDocument, t: number, visit: (id: number) => void): void => {
    const i = document.first + t;
    for (let k = store.featureStart[i] as number, end = store.featureStart[i + 1] as number; k < end; k++) {
      const id = store.ids[k] as number;
      visit(id);
      if (options.domainCopies) visit(domainFeature(id, document.domain));
    }
  };

  const trainDocument = (document: TrainingDocument): number => {
    const { count, gold, tokenFlags } = document;
    ensure(count);
    const rate = options.rate / (1 + step / documents);
    step++;
    for (let t = 0; t < count; t++) {
      const at = t * L;
      for (let l = 0; l < L; l++) emissions[at + l] = 0;
      visitFeatures(document, t, (id) => {
        const row = id * L;
        for (let l = 0; l < L; l++) emissions[at + l] += w[row + l] as number;
      });
      let max = -Infinity;
      for (let l = 0; l < L; l++) {
        emissions[at + l] *= scale;
        if (emissions[at + l] > max) max = emissions[at + l];
      }
      for (let l = 0; l < L; l++) psiRows[at + l] = Math.exp(emissions[at + l] - max);
    }
    for (let i = 0; i < m.length; i++) m[i] = valid[i] ? Math.exp(transitions[i] as number) : 0;
    pair.fill(0);
    let lineStart = 0;
    for (let t = 1; t <= count; t++) {
      if (t < count && !(tokenFlags[t] & AFTER_NEWLINE)) continue;
      line(lineStart, t, gold);
      lineStart = t;
    }
    let errors = 0;
    // The gradient: gold counts minus expected counts, for each token's features and the transitions.
    for (let t = 0; t < count; t++) {
      const at = t * L;
      const g = gold[t] as number;
      let likeliest = 0;
      for (let l = 1; l < L; l++) if ((marginal[at + l] as number) > (marginal[at + likeliest] as number)) likeliest = l;
      if (likeliest !== g) errors++;
      visitFeatures(document, t, (id) => {
        const row = id * L;
        for (let l = 0; l < L; l++) {
          const gradient = (l === g ? 1 : 0) - (marginal[at + l] as number);
          if (gradient !== 0) w[row + l] += (rate * gradient) / scale;
        }
      });
    }
    for (let i = 0; i < transitions.length; i++) transitions[i] += rate * (pair[i] as number);
    scale *= 1 - (rate * options.l2) / documents;
    if (scale < 1e-6) {
      for (let i = 0; i < w.length; i++) w[i] *= scale;
      scale = 1;
    }
    return errors;
  };

  /** Forward-backward over tokens [a, b) of one line; marginals into `marginal`, pair expectations (negated) and gold pairs into `pair`. */
  const line = (a: number, b: number, gold: Uint8Array): void => {
    for (let j = 0; j < L; j++) alpha[a * L + j] = (m[START * L + j] as number) * (psiRows[a * L + j] as number);
    normalize(alpha, a);
    for (let t = a + 1; t < b; t++) {
      for (let j = 0; j < L; j++) {
        let sum = 0;
        for (let i = 0; i < L; i++) sum += (alpha[(t - 1) * L + i] as number) * (m[i * L + j] as number);
        alpha[t * L + j] = sum * (psiRows[t * L + j] as number);
      }
      normalize(alpha, t);
    }
    for (let j = 0; j < L; j++) beta[(b - 1) * L + j] = 1;
    for (let t = b - 2; t >= a; t--) {
      for (let i = 0; i < L; i++) {
        let sum = 0;
        for (let j = 0; j < L; j++) sum += (m[i * L + j] as number) * (psiRows[(t + 1) * L + j] as number) * (beta[(t + 1) * L + j] as number);
        beta[t * L + i] = sum / (norm[t + 1] as number);
      }
    }
    for (let t = a; t < b; t++) {
      let total = 0;
      for (let j = 0; j < L; j++) total += (marginal[t * L + j] = (alpha[t * L + j] as number) * (beta[t * L + j] as number));
      for (let j = 0; j < L; j++) marginal[t * L + j] = (marginal[t * L + j] as number) / total;
    }
    // Transition expectations: the start, then each consecutive pair.
    for (let j = 0; j < L; j++) pair[START * L + j] -= marginal[a * L + j] as number;
    pair[START * L + (gold[a] as number)] += 1;
    for (let t = a + 1; t < b; t++) {
      let total = 0;
      for (let i = 0; i < L; i++) {
        for (let j = 0; j < L; j++) {
          total += (alpha[(t - 1) * L + i] as number) * (m[i * L + j] as number) * (psiRows[t * L + j] as number) * (beta[t * L + j] as number);
        }
      }
      for (let i = 0; i < L; i++) {
        for (let j = 0; j < L; j++) {
          const p = ((alpha[(t - 1) * L + i] as number) * (m[i * L + j] as number) * (psiRows[t * L + j] as number) * (beta[t * L + j] as number)) / total;
          pair[i * L + j] -= p;
        }
      }
      pair[(gold[t - 1] as number) * L + (gold[t] as number)] += 1;
    }
  };

  const normalize = (a: Float64Array, t: number): void => {
    let sum = 0;
    for (let j = 0; j < L; j++) sum += a[t * L + j] as number;
    norm[t] = sum;
    for (let j = 0; j < L; j++) a[t * L + j] = (a[t * L + j] as number) / sum;
  };

  return {
    epoch(order: readonly number[]): number {
      let errors = 0;
      for (const d of order) errors += trainDocument(store.documents[d] as TrainingDocument);
      epochs++;
      if (epochs >= options.averageFrom) {
        for (let i = 0; i < size; i++) sum[i] += (w[i] as number) * scale;
        for (let i = 0; i < transitions.length; i++) transitionSum[i] += transitions[i] as number;
        averaged++;
      }
      return errors;
    },
    /**
     * The mean of the weights at the end of each epoch since `averageFrom` (Polyak averaging: the last
     * iterates of stochastic gradient scatter around the optimum), or the current ones before then.
     */
    weights(domainShare = 0): ModelWeights {
      const at = (i: number): number => (averaged > 0 ? (sum[i] as number) / averaged : (w[i] as number) * scale);
      const ids: number[] = [];
      const values: number[] = [];
      for (let id = 0; id < 1 << FEATURE_BITS; id++) {
        const row = id * L;
        const copies = options.domainCopies && domainShare > 0 ? [domainFeature(id, 0) * L, domainFeature(id, 1) * L] : [];
        let any = false;
        const rowValues: number[] = [];
        for (let l = 0; l < L; l++) {
          let value = at(row + l);
          for (const copy of copies) value += domainShare * at(copy + l);
          rowValues.push(value);
          if (value !== 0) any = true;
        }
        if (any) {
          ids.push(id);
          values.push(...rowValues);
        }
      }
      const meanTransitions = Float32Array.from(transitions, (value, i) => (averaged > 0 ? (transitionSum[i] as number) / averaged : value));
      return { featureIds: Uint32Array.from(ids), weights: Float32Array.from(values), transitions: meanTransitions };
    },
  };
}
