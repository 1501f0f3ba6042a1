import type { Doc } from '#alam/document';
import type { Extractor } from '#alam/types';
import type { ConllSentence } from '#alam/eval/types';
import { layoutBlocks } from '#alam/eval/layout-blocks';
import { collectEvidence, createEvidence, MAX_TOKEN_FEATURES, tokenFeatures, type NameCounts } from '#alam/tag/token-features';
import { labelOf, OUTSIDE } from '#alam/tag/tag-labels';

/** Sentences per document, as `npm run eval` lays them out: the document evidence sees as much text in training as in scoring. */
export const BLOCK_SIZE = 10;

/** The training documents, their features flattened: token i's features are `ids[featureStart[i] … featureStart[i + 1])`. */
export interface FeatureStore {
  ids: Int32Array;
  length: number;
  featureStart: number[];
  readonly documents: TrainingDocument[];
}

export interface TrainingDocument {
  /** 0 ANERcorp (news), 1 WikiFANE (Wikipedia). */
  readonly domain: number;
  /** The store index of its first token. */
  readonly first: number;
  readonly count: number;
  readonly gold: Uint8Array;
  readonly tokenFlags: Uint8Array;
}

export function createFeatureStore(): FeatureStore {
  return { ids: new Int32Array(1 << 22), length: 0, featureStart: [0], documents: [] };
}

/**
 * Adds the sentences as documents of `BLOCK_SIZE` sentences: `createExtractor` is an extractor whose
 * tagger place calls the `tag` hook it is given (createExtractorWith's `tag`), so each document's
 * features are read exactly where the run-time tagger reads them, over that extractor's lexicon.
 * Each token's gold label is the tag of the gold token it lies in (I- for a gold token's later pieces).
 */
export function addDocuments(
  store: FeatureStore,
  sentences: readonly ConllSentence[],
  domain: number,
  nameCounts: NameCounts,
  createExtractor: (tag: (doc: Doc) => void) => Extractor,
): void {
  const evidence = createEvidence();
  const scratch = new Int32Array(MAX_TOKEN_FEATURES);
  let current: Doc | undefined;
  const extractor = createExtractor((doc) => {
    current = doc;
    collectEvidence(doc, evidence);
    const first = store.featureStart.length - 1;
    for (let t = 0; t < doc.tokens.count; t++) {
      const n = tokenFeatures(doc, evidence, nameCounts, t, scratch);
      if (store.length + n > store.ids.length) {
        const grown = new Int32Array(store.ids.length * 2);
        grown.set(store.ids);
        store.ids = grown;
      }
      store.ids.set(scratch.subarray(0, n), store.length);
      store.length += n;
      store.featureStart.push(store.length);
    }
    store.documents.push({ domain, first, count: doc.tokens.count, gold: new Uint8Array(doc.tokens.count), tokenFlags: doc.tokens.flags.slice(0, doc.tokens.count) });
  });
  for (const block of layoutBlocks(sentences, BLOCK_SIZE)) {
    extractor.extract(block.text);
    const doc = current as Doc;
    const document = store.documents[store.documents.length - 1] as TrainingDocument;
    const spans = block.sentences.flatMap((s) => s.tokens.map((span, i) => ({ ...span, tag: s.sentence.tokens[i]?.tag ?? 'O' })));
    let g = 0;
    let lastGold = -1;
    for (let t = 0; t < doc.tokens.count; t++) {
      const start = doc.folded.starts[doc.tokens.start[t]];
      while (g < spans.length && (spans[g]?.end ?? 0) <= start) g++;
      const span = spans[g];
      if (!span || span.start > start || span.tag === 'O') {
        document.gold[t] = OUTSIDE;
        continue;
      }
      const label = labelOf(g === lastGold ? `I-${span.tag.slice(2)}` : span.tag);
      if (label < 0) throw new Error(`unknown gold tag ${span.tag}`);
      document.gold[t] = label;
      lastGold = g;
    }
  }
}
