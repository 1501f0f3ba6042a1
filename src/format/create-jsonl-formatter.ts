import { toEntityRecord } from './entity-record';
import type { DocumentFormatter, ExtractedDocument, FormatOptions } from './format-types';

/** `jsonl`: one `{ "id", "entities" }` line per document, the same record shape as `alam extract --jsonl`. */
export function createJsonlFormatter(options: FormatOptions = {}): DocumentFormatter {
  return {
    start: () => '',
    add: (document: ExtractedDocument) =>
      JSON.stringify({ id: document.name, entities: document.entities.map((e) => toEntityRecord(e, options)) }) + '\n',
    finish: () => '',
  };
}
