import { createDocumentFormatter } from './create-document-formatter';
import { toEntityRecord } from './entity-record';
import type { DocumentFormatter, DocumentPart, FormatOptions } from './format-types';

/** `jsonl`: one `{ "id", "entities" }` line per document, the same record shape as `alam extract --jsonl`. */
export function createJsonlFormatter(options: FormatOptions = {}): DocumentFormatter {
  let entities = 0;
  return createDocumentFormatter({
    start: () => '',
    openDocument(name: string): string {
      entities = 0;
      return `{"id":${JSON.stringify(name)},"entities":[`;
    },
    addPart(part: DocumentPart): string {
      let out = '';
      for (const entity of part.entities) {
        out += (entities === 0 ? '' : ',') + JSON.stringify(toEntityRecord(entity, options));
        entities += 1;
      }
      return out;
    },
    closeDocument: () => ']}\n',
    finish: () => '',
  });
}
