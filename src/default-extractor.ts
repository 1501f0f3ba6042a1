import type { Entity, ExtractorOptions, Extractor } from './types';
import { createExtractor } from './extractor';

let defaultExtractor: Extractor | undefined;
const byOptions = new Map<string, Extractor>();

/**
 * Extracts entities with the bundled lexicons and rules. The default extractor is created on the
 * first call (importing alam does no work). With options, an extractor per distinct option set
 * is kept, so `extract(text, { types })` in a loop does not rebuild anything.
 */
export function extract(text: string, options?: ExtractorOptions): Entity[] {
  if (options === undefined) {
    defaultExtractor ??= createExtractor();
    return defaultExtractor.extract(text);
  }
  const key = JSON.stringify(options);
  let extractor = byOptions.get(key);
  if (!extractor) {
    extractor = createExtractor(options);
    if (byOptions.size < 16) byOptions.set(key, extractor);
  }
  return extractor.extract(text);
}
