import { DEFAULT_TYPES, type Entity, type EntityType } from '../types';
import { createDocumentFormatter } from './create-document-formatter';
import { describeEntity } from './describe-entity';
import { describeProvenance } from './describe-provenance';
import { escapeHtml } from './escape-html';
import type { DocumentFormatter, DocumentPart, FormatOptions } from './format-types';
import { renderPageEnd, renderPageStart } from './render-html-page';
import { segmentText, type InlineSegment } from './segment-text';
import { splitParagraphs } from './split-paragraphs';
import { TYPE_LABELS_AR } from './type-labels';

/**
 * `html`: one standalone right-to-left page (`<html dir="rtl" lang="ar">`, no script) with every
 * entity as `<mark data-type>` carrying its type, canonical name, id and provenance in `title`, a key
 * of the types asked for, a table of entities under each text (under each part of a long text), and
 * the counts per type at the end. Written as it goes: only the counts are kept.
 */
export function createHtmlFormatter(options: FormatOptions = {}): DocumentFormatter {
  const types = options.types ?? DEFAULT_TYPES;
  const counts = new Map<EntityType, number>();
  let documents = 0;
  return createDocumentFormatter(
    {
      start: () => renderPageStart(options.title ?? 'الكيانات المسمّاة', types),
      openDocument(name: string): string {
        documents += 1;
        const headingId = `doc-${documents}`;
        return `<article class="document" aria-labelledby="${headingId}">
<h2 id="${headingId}"><bdi>${escapeHtml(name)}</bdi></h2>
`;
      },
      addPart(part: DocumentPart): string {
        countEntities(part.entities, counts);
        const paragraphs = splitParagraphs(part.text, part.entities, part.offset)
          .map(([start, stop]) => `<p>${renderSegments(segmentText(part.text, part.entities, start, stop, part.offset))}</p>`)
          .join('\n');
        return `<div class="text">
${paragraphs}
</div>
${renderEntityTable(part.entities)}
`;
      },
      closeDocument: () => '</article>\n',
      finish: () => renderPageEnd(types, counts),
    },
    { showsParts: true, ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }) },
  );
}

function countEntities(entities: readonly Entity[], counts: Map<EntityType, number>): void {
  for (const entity of entities) {
    counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
    if (entity.nested !== undefined) countEntities(entity.nested, counts);
  }
}

function renderSegments(segments: readonly InlineSegment[]): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'text') return escapeHtml(segment.text);
      const entity = segment.entity;
      const attributes = [
        `data-type="${entity.type}"`,
        `data-label="${escapeHtml(TYPE_LABELS_AR[entity.type])}"`,
        `data-start="${entity.start}"`,
        `data-end="${entity.end}"`,
        entity.id === undefined ? '' : `data-id="${escapeHtml(entity.id)}"`,
        `title="${escapeHtml(describeEntity(entity))}"`,
      ].filter((a) => a !== '');
      return `<mark ${attributes.join(' ')}>${renderSegments(segment.children)}</mark>`;
    })
    .join('');
}

function renderEntityTable(entities: readonly Entity[]): string {
  const rows: string[] = [];
  const addRows = (list: readonly Entity[]): void => {
    for (const entity of [...list].sort((a, b) => a.start - b.start)) {
      rows.push(
        `<tr data-type="${entity.type}"><td>${escapeHtml(entity.text)}</td><td>${escapeHtml(TYPE_LABELS_AR[entity.type])} <span lang="en" dir="ltr">(${entity.type})</span></td>` +
          `<td>${escapeHtml(entity.canonical ?? '')}</td><td dir="ltr">${escapeHtml(entity.id ?? '')}</td>` +
          `<td dir="ltr">${entity.start}–${entity.end}</td><td dir="ltr">${escapeHtml(describeProvenance(entity.source))}</td></tr>`,
      );
      if (entity.nested !== undefined) addRows(entity.nested);
    }
  };
  addRows(entities);
  const count = rows.length;
  return `<details>
<summary>قائمة الكيانات (${count})</summary>
<table class="entities">
<thead><tr><th scope="col">النص</th><th scope="col">النوع</th><th scope="col">الاسم المعتمد</th><th scope="col">المعرّف</th><th scope="col">الموضع</th><th scope="col">المصدر</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</details>`;
}
