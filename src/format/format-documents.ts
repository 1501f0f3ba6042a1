import { createFormatter } from './create-formatter';
import type { ExtractedDocument, FormatOptions, OutputFormat } from './format-types';

/**
 * Formats whole documents in one call — the library form of `alam extract --format X`:
 * `formatDocuments('html', [{ name: 'article', text, entities: extract(text) }])`.
 */
export function formatDocuments(format: OutputFormat, documents: readonly ExtractedDocument[], options: FormatOptions = {}): string {
  const formatter = createFormatter(format, options);
  let out = formatter.start();
  for (const document of documents) out += formatter.add(document);
  return out + formatter.finish();
}
