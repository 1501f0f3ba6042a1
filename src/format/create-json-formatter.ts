import { toEntityRecord } from './entity-record';
import type { DocumentFormatter, ExtractedDocument, FormatOptions } from './format-types';

/**
 * `json`: always one JSON array of `{ "file", "entities" }` objects (even for a single input),
 * so scripts can rely on one shape: `alam extract a.txt | jq '.[0].entities'`.
 */
export function createJsonFormatter(options: FormatOptions = {}): DocumentFormatter {
  let count = 0;
  return {
    start: () => '[',
    add(document: ExtractedDocument): string {
      const body = JSON.stringify(
        { file: document.name, entities: document.entities.map((e) => toEntityRecord(e, options)) },
        null,
        2,
      );
      count += 1;
      return (count === 1 ? '\n' : ',\n') + body;
    },
    finish: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}
