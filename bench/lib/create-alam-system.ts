import type { Entity, Extractor, ExtractorOptions } from '#alam/types';
import type { BenchSystem } from './bench-types';

/**
 * alam as a bench system: the bundled default lexicon and rules, per-call `extract`; with the
 * learned tagger as shipped, or without it (`model: false`) for the cost of the model.
 * `load` is the first `createExtractor()` plus one short extract, because alam parses its
 * bundled lexicon lazily on first use: load time is what a user pays before the first result.
 */
export function createAlamSystem({ dist, model = true }: { readonly dist: string; readonly model?: boolean }): BenchSystem<readonly Entity[]> {
  const alam = require(dist) as { createExtractor(options?: ExtractorOptions): Extractor };
  let extractor: Extractor | null = null;
  const ready = (): Extractor => {
    if (!extractor) throw new Error('alam: extract before load');
    return extractor;
  };
  return {
    name: model ? 'alam' : 'alam-no-model',
    label: model ? 'alam' : 'alam, without the model',
    isAsync: false,
    load() {
      extractor = alam.createExtractor(model ? {} : { model: false });
      extractor.extract('زار بوتين موسكو');
      return { note: model ? 'bundled default lexicon, rules and model' : 'bundled default lexicon and rules, no model' };
    },
    extract: (text) => ready().extract(text),
    extractUnder(conventions) {
      const under = alam.createExtractor(model ? { conventions } : { model: false, conventions });
      return (text) => under.extract(text);
    },
    toSpans: (result) => result.map((e) => ({ type: e.type, start: e.start, end: e.end })),
  };
}
