import type { Entity } from '../types';
import { describeProvenance } from './describe-provenance';
import { escapeTsvField } from './escape-tsv-field';
import { createDocumentFormatter } from './create-document-formatter';
import type { DocumentFormatter, DocumentPart, FormatOptions } from './format-types';

/** The tsv columns, in order; `source` only with `explain`. */
export const TSV_COLUMNS = ['file', 'start', 'end', 'type', 'text', 'normalized', 'canonical', 'id', 'score'] as const;

/**
 * `tsv`: one entity per row (nested entities follow their parent), a header row first unless
 * `header: false`. Empty cells for unknown canonical/id.
 */
export function createTsvFormatter(options: FormatOptions = {}): DocumentFormatter {
  const explain = options.explain === true;
  let name = '';
  return createDocumentFormatter({
    start: () => (options.header === false ? '' : [...TSV_COLUMNS, ...(explain ? ['source'] : [])].join('\t') + '\n'),
    openDocument(documentName: string): string {
      name = documentName;
      return '';
    },
    addPart(part: DocumentPart): string {
      const rows: string[] = [];
      const addRows = (entities: readonly Entity[]): void => {
        for (const entity of entities) {
          rows.push(formatRow(name, entity, explain));
          if (entity.nested !== undefined) addRows(entity.nested);
        }
      };
      addRows(part.entities);
      return rows.join('');
    },
    closeDocument: () => '',
    finish: () => '',
  });
}

function formatRow(name: string, entity: Entity, explain: boolean): string {
  const cells = [
    name,
    String(entity.start),
    String(entity.end),
    entity.type,
    entity.text,
    entity.normalized,
    entity.canonical ?? '',
    entity.id ?? '',
    String(Math.round(entity.score * 10000) / 10000),
  ];
  if (explain) cells.push(describeProvenance(entity.source));
  return cells.map(escapeTsvField).join('\t') + '\n';
}
