import type { Entity, Extractor, ExtractorOptions } from '#alam/types';
import type { BenchSystem } from './bench-types';

/**
 * alam as a bench system: the bundled default lexicon and rules, per-call `extract`.
 * `load` is the first `createExtractor()` plus one short extract, because alam parses its
 * bundled lexicon lazily on first use: load time is what a user pays before the first result.
 */
export function createAlamSystem({ dist }: { readonly dist: string }): BenchSystem<readonly Entity[]> {
  const alam = require(dist) as { createExtractor(options?: ExtractorOptions): Extractor };
  let extractor: Extractor | null = null;
  const ready = (): Extractor => {
    if (!extractor) throw new Error('alam: extract before load');
    return extractor;
  };
  return {
    name: 'alam',
    label: 'alam',
    isAsync: false,
    load() {
      extractor = alam.createExtractor();
      extractor.extract('زار بوتين موسكو');
      return { note: 'bundled default lexicon and rules' };
    },
    extract: (text) => ready().extract(text),
    toSpans: (result) => result.map((e) => ({ type: e.type, start: e.start, end: e.end })),
  };
}
