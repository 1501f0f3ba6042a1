import type { Entity } from '../types';
import { describeProvenance } from './describe-provenance';
import { createDocumentFormatter } from './create-document-formatter';
import type { DocumentFormatter, DocumentPart, FormatOptions } from './format-types';
import { renderStyledLine, type RenderLineOptions, type TerminalStyle } from './render-styled-line';
import { segmentText, type InlineSegment } from './segment-text';
import { appendStyled, createStyledText, splitStyledLines, type StyledText } from './styled-text';

/**
 * `pretty`: for reading in a terminal. The text with its entities coloured by type (or, without
 * colour, annotated like `[علي شمخاني](PERSON)`), then one line per entity with offsets, canonical
 * name and id, and with `explain` the provenance. With `headings`, a `==> name <==` line starts each
 * document (as `tail` does for several files). A long document is shown in parts, each followed by
 * its entities, so a file of any size streams to the terminal.
 */
export function createPrettyFormatter(options: FormatOptions = {}): DocumentFormatter {
  const color = options.color === true;
  const shape = options.shape === true;
  // Reordered lines cannot carry inline `[…](TYPE)` text (its Latin and brackets would be reordered with
  // the Arabic), so with `shape` and no colour the marks are added around each entity after reordering.
  const markAfterShaping = shape && !color;
  const bodyLine: RenderLineOptions = { color, shape, direction: 'auto', annotate: markAfterShaping };
  const listLine: RenderLineOptions = { color, shape, direction: 'ltr' };
  let documents = 0;
  let parts = 0;
  return createDocumentFormatter(
    {
      start: () => '',
      openDocument(name: string): string {
        const out: string[] = [];
        if (documents > 0) out.push('');
        documents += 1;
        parts = 0;
        if (options.headings === true) {
          const heading = createStyledText();
          appendStyled(heading, `==> ${name} <==`, 'bold');
          out.push(renderStyledLine(heading.text, heading.styles, listLine));
        }
        return out.map((line) => `${line}\n`).join('');
      },
      addPart(part: DocumentPart): string {
        const out: string[] = [];
        // The parts of a long document are apart like documents are, each with its own list.
        if (parts > 0) out.push('');
        parts += 1;
        const body = createStyledText();
        appendSegments(body, segmentText(part.text, part.entities, part.offset, part.offset + part.text.length, part.offset), color || markAfterShaping);
        const lines = splitStyledLines(body);
        // The final newline of a file ends its last line; it does not start an empty one.
        if (lines.length > 1 && (lines[lines.length - 1] as StyledText).text === '') lines.pop();
        for (const line of lines) out.push(renderStyledLine(line.text, line.styles, bodyLine));
        out.push('');
        const listed = flatten(part.entities);
        if (listed.length === 0) {
          const none = createStyledText();
          appendStyled(none, '(no entities)', 'dim');
          out.push(renderStyledLine(none.text, none.styles, listLine));
        }
        const typeWidth = listed.reduce((width, e) => Math.max(width, e.type.length), 0);
        for (const entity of listed) {
          out.push(renderStyledLine(...entityLine(entity, typeWidth), listLine));
          if (options.explain === true) {
            const why = createStyledText();
            appendStyled(why, `      ← ${describeProvenance(entity.source)}`, 'dim');
            out.push(renderStyledLine(why.text, why.styles, listLine));
          }
        }
        return out.join('\n') + '\n';
      },
      closeDocument: () => '',
      finish: () => '',
    },
    { showsParts: true, ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }) },
  );
}

/** `styled`: entity text carries its type as style; otherwise the `[…](TYPE)` notation is written inline. */
function appendSegments(target: StyledText, segments: readonly InlineSegment[], styled: boolean, inherited?: TerminalStyle): void {
  for (const segment of segments) {
    if (segment.kind === 'text') {
      appendStyled(target, segment.text, inherited);
    } else if (styled) {
      appendSegments(target, segment.children, styled, segment.entity.type);
    } else {
      appendStyled(target, '[');
      appendSegments(target, segment.children, styled);
      appendStyled(target, `](${segment.entity.type})`);
    }
  }
}

function flatten(entities: readonly Entity[]): Entity[] {
  const all: Entity[] = [];
  for (const entity of [...entities].sort((a, b) => a.start - b.start)) {
    all.push(entity);
    if (entity.nested !== undefined) all.push(...flatten(entity.nested));
  }
  return all;
}

function entityLine(entity: Entity, typeWidth: number): [string, Array<TerminalStyle | undefined>] {
  const line = createStyledText();
  appendStyled(line, '  ');
  appendStyled(line, entity.type.padEnd(typeWidth), entity.type);
  appendStyled(line, `  ${entity.start}–${entity.end}  `, 'dim');
  appendStyled(line, entity.text);
  const known = [entity.canonical, entity.id].filter((v): v is string => v !== undefined && v !== '');
  if (known.length > 0) appendStyled(line, `  → ${known.join(' · ')}`, 'dim');
  return [line.text, line.styles];
}
