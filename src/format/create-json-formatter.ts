import { createDocumentFormatter } from './create-document-formatter';
import { toEntityRecord } from './entity-record';
import type { DocumentFormatter, DocumentPart, FormatOptions } from './format-types';

/**
 * `json`: always one JSON array of `{ "file", "entities" }` objects (even for a single input),
 * so scripts can rely on one shape: `alam extract a.txt | jq '.[0].entities'`. Written entity by
 * entity as a document is read; each document is laid out as `JSON.stringify(document, null, 2)`.
 */
export function createJsonFormatter(options: FormatOptions = {}): DocumentFormatter {
  let documents = 0;
  let entities = 0;
  return createDocumentFormatter({
    start: () => '[',
    openDocument(name: string): string {
      documents += 1;
      entities = 0;
      return `${documents === 1 ? '\n' : ',\n'}{\n  "file": ${JSON.stringify(name)},\n  "entities": [`;
    },
    addPart(part: DocumentPart): string {
      let out = '';
      for (const entity of part.entities) {
        // A record's strings never hold a raw line break (JSON escapes it), so indenting its lines is safe.
        out += `${entities === 0 ? '\n' : ',\n'}    ${JSON.stringify(toEntityRecord(entity, options), null, 2).replace(/\n/g, '\n    ')}`;
        entities += 1;
      }
      return out;
    },
    closeDocument: () => `${entities === 0 ? ']' : '\n  ]'}\n}`,
    finish: () => (documents === 0 ? ']\n' : '\n]\n'),
  });
}
